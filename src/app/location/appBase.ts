/**
 * The URL of the site's own folder on whatever host serves it. Built chunks live in
 * `<site>/assets/`, so in a build the site's root is the folder above this module; the dev server
 * serves from its root. Nothing here is known at build time, so one build runs under any sub-path.
 */
export function appBaseUrl(moduleUrl: string = import.meta.url, dev: boolean = import.meta.env.DEV): URL {
  return dev ? new URL(import.meta.env.BASE_URL === './' ? '/' : import.meta.env.BASE_URL, globalThis.location.href) : new URL('../', moduleUrl);
}

/**
 * The story's own folder: its pages and data are found relative to it. A prerendered page says
 * where it is (`storyPath`, from the site's root); a page without that (the dev server) is read
 * from its address: its folder, without a trailing `events/<id>/`.
 */
export function storyBaseUrl(storyPath: string | null, siteBase: URL, pageUrl: string): URL {
  if (storyPath !== null) return new URL(storyPath, siteBase);
  const folder = new URL('./', pageUrl);
  folder.pathname = folder.pathname.replace(/events\/[^/]*\/$/, '');
  folder.search = '';
  folder.hash = '';
  return folder.href.startsWith(siteBase.href) ? folder : siteBase;
}
