import { escapeHtml, scriptJson } from '../../src/shared/html/escape.ts';

/** Everything a page's `<head>` says about it, with absolute URLs where previews need them. */
export interface HeadInput {
  title: string;
  description: string;
  /** Absolute URL of this page: the canonical link and og:url. */
  canonical: string;
  /** Absolute URL of the 1200×630 social card. */
  image: string;
  imageAlt: string;
  /** `article` for the story, `website` otherwise. */
  ogType: 'article' | 'website';
  siteName: string;
  /** schema.org structured data. */
  jsonLd: unknown;
  /** Relative path from this page to the app's base folder (`./` or `../../`), for icons and the manifest. */
  toBase: string;
}

/** The head tags of one prerendered page, every value escaped. */
export function headTags(input: HeadInput): string {
  const attr = escapeHtml;
  const meta = (key: 'name' | 'property', name: string, content: string) => `<meta ${key}="${name}" content="${attr(content)}" />`;
  return [
    `<title>${escapeHtml(input.title)}</title>`,
    meta('name', 'description', input.description),
    `<link rel="canonical" href="${attr(input.canonical)}" />`,
    `<link rel="icon" href="${input.toBase}favicon.svg" type="image/svg+xml" />`,
    `<link rel="apple-touch-icon" href="${input.toBase}icons/apple-touch-icon.png" />`,
    `<link rel="manifest" href="${input.toBase}manifest.webmanifest" />`,
    meta('property', 'og:type', input.ogType),
    meta('property', 'og:site_name', input.siteName),
    meta('property', 'og:title', input.title),
    meta('property', 'og:description', input.description),
    meta('property', 'og:url', input.canonical),
    meta('property', 'og:image', input.image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', '1200'),
    meta('property', 'og:image:height', '630'),
    meta('property', 'og:image:alt', input.imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', input.title),
    meta('name', 'twitter:description', input.description),
    meta('name', 'twitter:image', input.image),
    meta('name', 'twitter:image:alt', input.imageAlt),
    `<script type="application/ld+json">${scriptJson(input.jsonLd)}</script>`,
  ].join('\n    ');
}
