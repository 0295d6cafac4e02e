/**
 * Finds Firefox for the end-to-end journeys: Debian's Firefox ESR, driven over WebDriver BiDi by
 * puppeteer-core (no geckodriver, which neither Debian nor npm can give without a download).
 * FIREFOX_PATH overrides the path.
 */
import { existsSync } from 'node:fs';
import { aptInstall } from './apt.mjs';

export const FIREFOX_PACKAGES = ['firefox-esr'];

/** Firefox's path, or null when none is installed. */
export function findFirefox(env = process.env) {
  if (env.FIREFOX_PATH) return existsSync(env.FIREFOX_PATH) ? env.FIREFOX_PATH : null;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path)) ?? null;
}

/** Firefox's path, installing Debian's firefox-esr when running as root, or throws with the command to run. */
export function ensureFirefox(env = process.env) {
  const found = findFirefox(env);
  if (found) return found;
  if (env.FIREFOX_PATH) throw new Error(`FIREFOX_PATH is set to ${env.FIREFOX_PATH}, but there is no file there.`);
  aptInstall(FIREFOX_PACKAGES, 'Firefox');
  const installed = findFirefox(env);
  if (!installed) throw new Error('apt-get installed firefox-esr, but no binary was found at /usr/bin/firefox-esr.');
  return installed;
}
