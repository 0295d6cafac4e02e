/** The client build's page as the template every prerendered (or benchmark) page is made from. */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Points the template's relative URLs (`./assets/…`, `./favicon.svg`) at the base from a page `toBase` away. */
export function rebase(html: string, toBase: string): string {
  return toBase === './' ? html : html.replace(/(src|href)="\.\//g, `$1="${toBase}`);
}

const isTemplate = (html: string) => html.includes('<title>Sourceline</title>') && html.includes('<div id="root"></div>');

/**
 * The client build's index.html in `dist`, before any page is prerendered into it. It is kept
 * aside at `keep`, so the prerender can run again on the same build (with another SITE_URL, say).
 */
export function pageTemplate(dist: string, keep: string): string {
  const built = readFileSync(join(dist, 'index.html'), 'utf8');
  if (isTemplate(built)) {
    mkdirSync(dirname(keep), { recursive: true });
    writeFileSync(keep, built);
    return built;
  }
  const template = existsSync(keep) ? readFileSync(keep, 'utf8') : '';
  if (!isTemplate(template)) throw new Error('dist/index.html is not the client build’s template: run `vite build` first');
  return template;
}

/**
 * The template without the app's script and the chunks it preloads: for a page that needs none
 * (the index of stories), which then downloads no JavaScript at all.
 */
export function withoutAppScript(html: string): string {
  return html.replace(/\s*<script type="module"[^>]*><\/script>/g, '').replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
}

/**
 * The stylesheet inline, in place of its link: the first paint needs it, and a link would hold
 * that paint back for a second request. (The CSS has no relative url()s that moving it would break.)
 */
export function inlineStylesheet(html: string, dist: string): string {
  return html.replace(/<link rel="stylesheet"(?: crossorigin)? href="\.\/(assets\/[^"]+\.css)">/, (_link, path: string) => {
    const css = readFileSync(join(dist, path), 'utf8');
    if (/url\(\s*['"]?(?!data:|#)/.test(css)) throw new Error(`${path} refers to files by url(); inlining it would break them`);
    return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
  });
}

/** The build's manifest (`build.manifest`): each source file's chunk. Only the fields read here. */
export type BuildManifest = Record<string, { file: string; src?: string }>;

/**
 * The build's manifest, read from `dist/.vite` and kept aside at `keep` (so a site never publishes
 * it, and the prerender can run again on the same build), as `pageTemplate` keeps the template.
 */
export function buildManifest(dist: string, keep: string): BuildManifest {
  const built = join(dist, '.vite/manifest.json');
  if (existsSync(built)) {
    mkdirSync(dirname(keep), { recursive: true });
    writeFileSync(keep, readFileSync(built));
    rmSync(join(dist, '.vite'), { recursive: true, force: true });
  }
  if (!existsSync(keep)) throw new Error('the client build’s manifest is missing: run `vite build` first');
  return JSON.parse(readFileSync(keep, 'utf8')) as BuildManifest;
}

/**
 * The template that preloads the interface's words for `lang` (a shipped catalogue's language:
 * `en`, `ar`…), which the app fetches before it hydrates: preloaded, they come with the app's own
 * chunks instead of after them.
 */
export function withCataloguePreload(html: string, manifest: BuildManifest, lang: string): string {
  const chunk = manifest[`src/shared/i18n/${lang}.ts`];
  if (!chunk) throw new Error(`the client build has no chunk for the interface’s words in “${lang}”`);
  const link = `<link rel="modulepreload" crossorigin href="./${chunk.file}">`;
  const at = html.lastIndexOf('<link rel="modulepreload"');
  if (at < 0) return html.replace('</head>', `  ${link}\n  </head>`);
  const end = html.indexOf('>', at) + 1;
  return `${html.slice(0, end)}\n    ${link}${html.slice(end)}`;
}
