// Makes sure a Chromium is available for the browser tests: finds one, or installs Debian's `chromium`
// package when running as root on Debian, or explains what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

/**
 * Returns the browser path, installing it first when that is possible here; exits with a message otherwise.
 * @returns {string}
 */
export function ensureChromium() {
  const found = chromiumPath();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (isRoot && isDebian) {
    console.log('Chromium not found: installing the Debian "chromium" package (about half a minute)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    const installed = chromiumPath();
    if (installed) return installed;
  }
  console.error(
    [
      'The browser tests need Chromium or Google Chrome, and none was found.',
      '  Debian/Ubuntu: sudo apt-get install chromium   (Ubuntu may name it chromium-browser)',
      '  Fedora:        sudo dnf install chromium',
      '  macOS:         install Google Chrome, or: brew install --cask chromium',
      '  Anywhere:      set CHROMIUM_PATH=/path/to/chrome',
    ].join('\n'),
  );
  process.exit(1);
}
