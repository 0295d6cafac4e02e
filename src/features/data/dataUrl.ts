/**
 * Where the timeline file lives, relative to the app's base, so the build works from any
 * sub-path of a static host and from nested pages. Built chunks live in `<base>/assets/`.
 */
export function timelineDataUrl(moduleUrl: string = import.meta.url, dev: boolean = import.meta.env.DEV): string {
  const base = dev ? new URL(import.meta.env.BASE_URL, globalThis.location.href) : new URL('../', moduleUrl);
  return new URL('data/timeline.json', base).href;
}
