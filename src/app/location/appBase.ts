/**
 * The URL of the app's own folder on whatever host serves it. Built chunks live in
 * `<base>/assets/`, so in a build the base is the folder above this module; the dev server serves
 * from its root. Nothing here is known at build time, so one build runs under any sub-path.
 */
export function appBaseUrl(moduleUrl: string = import.meta.url, dev: boolean = import.meta.env.DEV): URL {
  return dev ? new URL(import.meta.env.BASE_URL === './' ? '/' : import.meta.env.BASE_URL, globalThis.location.href) : new URL('../', moduleUrl);
}
