/**
 * Finds the Chromium the end-to-end tests drive. Test tools cannot download browsers here, so
 * we use the system's: CHROME_PATH first, then the usual Debian paths.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/usr/bin/google-chrome'];

/** The browser's path, or null when none is installed. */
export function findChromium(env = process.env) {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export const INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y chromium';

/**
 * Returns a Chromium path, installing Debian's `chromium` when running as root, or throws with
 * the exact command to run.
 */
export function ensureChromium(env = process.env) {
  const found = findChromium(env);
  if (found) return found;
  if (env.CHROME_PATH) throw new Error(`CHROME_PATH is set to ${env.CHROME_PATH}, but there is no file there.`);
  if (process.getuid?.() !== 0) {
    throw new Error(`No Chromium found for the end-to-end tests. Install it with:\n  ${INSTALL_COMMAND}\nor set CHROME_PATH to a Chromium or Chrome binary.`);
  }
  console.log('No Chromium found: installing Debian’s chromium with apt-get…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
  const installed = findChromium(env);
  if (!installed) throw new Error('apt-get installed chromium, but no binary was found at /usr/bin/chromium.');
  return installed;
}
