/** The path of a Chromium-family browser: `$CHROMIUM_PATH` if set, else the first one installed. */
export function chromiumPath(): string | undefined;
