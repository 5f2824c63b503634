/** Console warnings for bad input: each distinct message once per widget, so a loop cannot flood the console. */
export type Warn = (message: string) => void;

/** A warn function that prints each distinct message once, prefixed with the element's name. */
export function createWarnOnce(prefix = '[jak-stat-explorer]'): Warn {
  const seen = new Set<string>();
  return (message) => {
    if (seen.has(message)) return;
    seen.add(message);
    console.warn(`${prefix} ${message}`);
  };
}
