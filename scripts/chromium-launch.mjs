// How every tool here starts Chromium: the browser tests (vitest.config.ts), the e2e tests, the benchmark,
// verify-build and the screenshots. One list, so that a flag added for one is used by all.
import { chromiumPath } from './chromium-path.mjs';

export { chromiumPath };

/**
 * Command-line flags for headless Chromium: no sandbox (containers run as root), and nothing that phones home
 * or updates itself, so a run makes no request the page did not make.
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]);

/**
 * Playwright `launchOptions` for the system Chromium.
 * @param {string | undefined} [executablePath] the browser to start (default: `chromiumPath()`)
 * @returns {{ executablePath: string | undefined, args: string[] }}
 */
export function chromiumLaunchOptions(executablePath = chromiumPath()) {
  return { executablePath, args: [...CHROMIUM_ARGS] };
}
