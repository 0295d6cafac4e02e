/**
 * Where the end-to-end tests serve things. E2E_PORT lets several checkouts run at once; the host
 * pages that embed the app live on another port, so on another origin, as a news site would.
 */
export const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
export const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? APP_PORT + 10);
/** The build is served under a sub-path by a plain static server, as a newsroom CDN would. */
export const BASE_PATH = '/news/sourceline/';
export const APP_BASE = `http://127.0.0.1:${APP_PORT}${BASE_PATH}`;
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
