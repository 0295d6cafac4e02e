/** Where the built site says it lives when SITE_URL is not set: the local preview. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4173/';

/** SITE_URL as an absolute folder URL (ending in `/`), or the default with a warning. */
export function siteUrlFrom(value: string | undefined): { url: string; warning: string | null } {
  if (!value) {
    return { url: DEFAULT_SITE_URL, warning: `SITE_URL is not set, so canonical and preview links point at ${DEFAULT_SITE_URL}; set it to where the site will be published.` };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://graphics.example.com/sourceline/, not "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must use http or https, not ${url.protocol}`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { url: url.href, warning: null };
}
