/** The files a site needs besides its pages: robots.txt, a sitemap, a web manifest and icons. */
import { Resvg } from '@resvg/resvg-js';
import type { Story } from '../../src/shared/schema/schema.ts';
import { escapeHtml } from './html.ts';

/** robots.txt: everything may be crawled; the sitemap lists every page. */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', siteUrl).href}\n`;
}

/** sitemap.xml for the given absolute page URLs. */
export function sitemapXml(pageUrls: readonly string[]): string {
  const urls = pageUrls.map((url) => `  <url><loc>${escapeHtml(url)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

/** The web manifest, with paths relative to the manifest itself (the app's base). */
export function webManifest(story: Story): string {
  return `${JSON.stringify(
    {
      name: `Sourceline: ${story.title}`,
      short_name: 'Sourceline',
      description: `A timeline of “${story.title}”, every event and figure linked to the article’s own words.`,
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b5cad',
      icons: [
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    null,
    2,
  )}\n`;
}

/** A PNG of the SVG icon at `size` pixels square. */
export function iconPng(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}
