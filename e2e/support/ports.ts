/**
 * Where the end-to-end tests serve things. E2E_PORT lets several checkouts run at once; the host
 * pages that embed the app live on another port, so on another origin, as a news site would.
 */
export const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
export const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? APP_PORT + 10);
/** The build is served under a sub-path by a plain static server, as a newsroom CDN would. */
export const BASE_PATH = '/news/sourceline/';
/** The site's root: the index of its stories, `embed.js`, and the truce story's old addresses. */
export const SITE_BASE = `http://127.0.0.1:${APP_PORT}${BASE_PATH}`;
/** The truce story, in its own folder: most tests read it, as they always have, relative to here. */
export const TRUCE_PATH = 'gaza-truce/';
export const APP_BASE = `${SITE_BASE}${TRUCE_PATH}`;
/** The second story, an election count. */
export const ELECTION_BASE = `${SITE_BASE}nigeria-election-2023/`;
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
/** The authoring studio's server (page and local API), started on a temporary seeds folder of its own. */
export const STUDIO_PORT = Number(process.env.E2E_STUDIO_PORT ?? APP_PORT + 20);
export const STUDIO_ORIGIN = `http://127.0.0.1:${STUDIO_PORT}`;
/** Where the studio's end-to-end tests keep their stories: never the repository's seeds/. */
export const STUDIO_WORK = '.cache/studio-e2e';
