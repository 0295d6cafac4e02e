/** The files a site needs besides its pages: robots.txt, a sitemap, a web manifest and icons. */
import { Resvg } from '@resvg/resvg-js';
import { escapeHtml } from '../../src/shared/html/escape.ts';

/** robots.txt: everything may be crawled; the sitemap lists every page. */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', siteUrl).href}\n`;
}

/** sitemap.xml for the given absolute page URLs. */
export function sitemapXml(pageUrls: readonly string[]): string {
  const urls = pageUrls.map((url) => `  <url><loc>${escapeHtml(url)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

/**
 * The web manifest, with paths relative to the manifest itself (the site's root): for the site's
 * one story, or (`titles` of several) for its index of them.
 */
export function webManifest(titles: readonly string[]): string {
  const [only] = titles;
  return `${JSON.stringify(
    {
      name: titles.length === 1 ? `Sourceline: ${only}` : 'Sourceline: timelines',
      short_name: 'Sourceline',
      description:
        titles.length === 1
          ? `A timeline of “${only}”, every event and figure linked to the article’s own words.`
          : `${titles.length} timelines (${titles.map((t) => `“${t}”`).join(', ')}), every event and figure linked to the article’s own words.`,
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
