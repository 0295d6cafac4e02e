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
/**
 * The authoring studio's servers (page and local API), one for each file of its end-to-end tests,
 * each on a temporary seeds folder of its own: a save derives the whole seeds folder, as
 * npm run data does, so one file's stories must not change what another's save writes.
 */
export const STUDIO_SERVERS = ['authoring', 'import', 'accessibility'] as const;
export type StudioServer = (typeof STUDIO_SERVERS)[number];
export const STUDIO_PORT = Number(process.env.E2E_STUDIO_PORT ?? APP_PORT + 15);
export const studioPort = (name: StudioServer) => STUDIO_PORT + STUDIO_SERVERS.indexOf(name);
export const studioOrigin = (name: StudioServer) => `http://127.0.0.1:${studioPort(name)}`;
/** Where the studio's end-to-end tests keep their stories (a folder for each server): never the repository's seeds/. */
export const STUDIO_WORK = '.cache/studio-e2e';
