/** The path of a Chromium-family browser: `$CHROMIUM_PATH` if set, else the first one installed. */
export function chromiumPath(): string | undefined;
/** Command-line flags for headless Chromium used by every tool that starts it. */
export const CHROMIUM_ARGS: readonly string[];
/** Playwright `launchOptions` for the system Chromium (default: `chromiumPath()`). */
export function chromiumLaunchOptions(executablePath?: string): { executablePath: string | undefined; args: string[] };
