import { describe, expect, it } from 'vitest';
import { withCataloguePreload, type BuildManifest } from './template';

const manifest: BuildManifest = {
  'src/main.tsx': { file: 'assets/index-abc.js', src: 'src/main.tsx' },
  'src/shared/i18n/en.ts': { file: 'assets/en-111.js', src: 'src/shared/i18n/en.ts' },
  'src/shared/i18n/ar.ts': { file: 'assets/ar-222.js', src: 'src/shared/i18n/ar.ts' },
};
const template = `<head>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/shared-x.js">
  </head>`;

describe('the interface’s words preloaded by a story’s pages', () => {
  it('preloads the chunk of the story’s language after the app’s own chunks', () => {
    const html = withCataloguePreload(template, manifest, 'ar');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="./assets/ar-222.js">');
    expect(html).not.toContain('en-111');
    expect(html.indexOf('ar-222')).toBeGreaterThan(html.indexOf('shared-x'));
    expect(withCataloguePreload(template, manifest, 'en')).toContain('href="./assets/en-111.js"');
  });

  it('preloads in the head of a template that preloads nothing else', () => {
    const html = withCataloguePreload('<head>\n  </head><body></body>', manifest, 'en');
    expect(html.indexOf('en-111')).toBeLessThan(html.indexOf('</head>'));
  });

  it('refuses a language the build has no chunk for', () => {
    expect(() => withCataloguePreload(template, manifest, 'he')).toThrow(/no chunk for the interface’s words in “he”/);
  });
});
