/**
 * Where languages are registered: one store per page, on `globalThis` under a registered symbol, so the embed
 * core and a language module built as separate bundles (or two copies of the core) find the same one, in
 * whatever order they load. Imports no code, so a language module bundling it stays data plus these lines.
 */
import type { Locale } from './locale';

/** The global key of the store; `Symbol.for` gives every bundle the same symbol. */
export const LOCALE_STORE_KEY = Symbol.for('jak-stat-explorer.locales');

/** The registered languages (by lower-case code) and who wants to hear of a new one. */
export interface LocaleStore {
  readonly locales: Map<string, Locale>;
  readonly listeners: Set<(locale: Locale) => void>;
}

/** The page's store, created by whichever bundle comes first. */
export function localeStore(): LocaleStore {
  const global = globalThis as unknown as Record<symbol, LocaleStore | undefined>;
  return (global[LOCALE_STORE_KEY] ??= { locales: new Map(), listeners: new Set() });
}

/** Registers a language for every widget on the page (again with the same object: nothing happens). */
export function registerLocale(locale: Locale): void {
  const store = localeStore();
  const code = locale.code.toLowerCase();
  if (store.locales.get(code) === locale) return;
  store.locales.set(code, locale);
  for (const listener of [...store.listeners]) listener(locale);
}
