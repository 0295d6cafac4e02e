/**
 * Debian packages the test command needs and cannot download by itself (test tools here cannot
 * fetch browsers): installed with apt-get when missing and running as root, or named in an error
 * with the exact command to run.
 */
import { execFileSync } from 'node:child_process';

/** The command a person runs to install `packages`. */
export const installCommand = (packages) => `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;

/**
 * Installs `packages` with apt-get when running as root; otherwise throws naming `what` is
 * missing and the command that installs it.
 */
export function aptInstall(packages, what) {
  if (process.getuid?.() !== 0) throw new Error(`${what} is not installed. Install it with:\n  ${installCommand(packages)}`);
  console.log(`${what} is not installed: installing Debian’s ${packages.join(', ')} with apt-get…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
