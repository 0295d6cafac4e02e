/**
 * Finds WebKit for the end-to-end journeys: WebKitGTK's WebDriver (`WebKitWebDriver`), the
 * `MiniBrowser` it drives, and `xvfb-run` for a display to draw in. Debian's
 * `webkit2gtk-driver`, `xvfb` and `xauth` give all three; WEBKIT_WEBDRIVER and WEBKIT_MINIBROWSER
 * override the paths.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { aptInstall } from './apt.mjs';

export const WEBKIT_PACKAGES = ['webkit2gtk-driver', 'xvfb', 'xauth'];

/** MiniBrowser in any architecture's folder of WebKitGTK 4.1 (or 4.0, on older systems). */
function findMiniBrowser() {
  const lib = '/usr/lib';
  const folders = existsSync(lib) ? readdirSync(lib).filter((name) => name.endsWith('-linux-gnu')).map((name) => join(lib, name)) : [];
  for (const folder of [...folders, lib]) {
    for (const version of ['webkit2gtk-4.1', 'webkit2gtk-4.0']) {
      const path = join(folder, version, 'MiniBrowser');
      if (existsSync(path)) return path;
    }
  }
  return null;
}

/** The driver, MiniBrowser and xvfb-run, or null when any is missing. */
export function findWebKit(env = process.env) {
  const driver = env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';
  const miniBrowser = env.WEBKIT_MINIBROWSER ?? findMiniBrowser();
  const xvfbRun = '/usr/bin/xvfb-run';
  const found = existsSync(driver) && miniBrowser && existsSync(miniBrowser) && existsSync(xvfbRun) && existsSync('/usr/bin/xauth');
  return found ? { driver, miniBrowser, xvfbRun } : null;
}

/** WebKit's paths, installing Debian's packages when running as root, or throws with the command to run. */
export function ensureWebKit(env = process.env) {
  const found = findWebKit(env);
  if (found) return found;
  aptInstall(WEBKIT_PACKAGES, 'WebKit (WebKitWebDriver, MiniBrowser and xvfb-run)');
  const installed = findWebKit(env);
  if (!installed) throw new Error(`apt-get installed ${WEBKIT_PACKAGES.join(', ')}, but WebKitWebDriver, MiniBrowser or xvfb-run is still missing.`);
  return installed;
}
