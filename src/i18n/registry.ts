/**
 * The widget's languages: English, bundled, and any other language once its module has loaded (or a host
 * page has imported or registered it). Lookups are synchronous and always give a complete locale, English
 * until the wanted one arrives, so a widget never shows a missing string; `loadLocale` fetches a language
 * module on demand, once, and only for languages that ship one.
 */
import type { Locale } from './locale';
import { en } from './locales/en';
import { LOCALE_LOADERS } from './locale-loaders';
import { localeStore, registerLocale } from './locale-store';

export { registerLocale };

const loads = new Map<string, Promise<Locale>>();

/** "es_MX" → "es-mx". */
function normalize(tag: string): string {
  return tag.trim().toLowerCase().replace(/_/g, '-');
}

/** The registered locale for a tag, exact ("es-mx") then its language ("es"); undefined if neither. */
function registered(tag: string): Locale | undefined {
  const code = normalize(tag);
  if (code === 'en' || code.startsWith('en-')) return en;
  const { locales } = localeStore();
  return locales.get(code) ?? locales.get(code.split('-')[0] ?? '');
}

/** The language module that serves a tag (exact, then its language), or undefined when none ships. */
function moduleFor(tag: string): string | undefined {
  const code = normalize(tag);
  const language = code.split('-')[0] ?? '';
  if (Object.hasOwn(LOCALE_LOADERS, code)) return code;
  return Object.hasOwn(LOCALE_LOADERS, language) ? language : undefined;
}

/** The locale to show now for a language tag: the registered one, else English (the fallback). */
export function loadedLocale(tag: string): Locale {
  return registered(tag) ?? en;
}

/** Whether the language is registered (English always is). */
export function isLocaleLoaded(tag: string): boolean {
  return registered(tag) !== undefined;
}

/** Whether a language can be shown: registered already, or a module of its own ships with the widget. */
export function isLocaleAvailable(tag: string): boolean {
  return isLocaleLoaded(tag) || moduleFor(tag) !== undefined;
}

/**
 * The locale for a tag once its module has loaded. Resolves English, without a request, for a language no
 * module serves; a module that fails to load (e.g. a 404) warns once and resolves English, and is not asked
 * for again. Never rejects.
 */
export function loadLocale(tag: string): Promise<Locale> {
  const now = registered(tag);
  if (now) return Promise.resolve(now);
  const code = moduleFor(tag);
  if (!code) return Promise.resolve(en);
  let load = loads.get(code);
  if (!load) {
    load = LOCALE_LOADERS[code]!()
      .then((module) => {
        const locale = (module as { default?: Locale }).default;
        if (locale) registerLocale(locale);
        return registered(code) ?? en;
      })
      .catch((error: unknown) => {
        console.warn(`jak-stat-explorer: the "${code}" language module did not load, so the widget stays in English.`, error);
        return en;
      });
    loads.set(code, load);
  }
  return load.then(() => loadedLocale(tag));
}

/**
 * The locale to show now for a language tag (English until the wanted one is registered); starts loading its
 * module if one ships and it is not loaded yet. Registration notifies `onLocaleRegistered` listeners.
 */
export function resolveLocale(tag: string): Locale {
  const now = registered(tag);
  if (now) return now;
  if (moduleFor(tag)) void loadLocale(tag);
  return en;
}

/** Calls `listener` whenever a language is registered (loaded, or imported by the host); returns the unsubscribe. */
export function onLocaleRegistered(listener: (locale: Locale) => void): () => void {
  const { listeners } = localeStore();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Every registered locale, English first. */
export function registeredLocales(): Locale[] {
  return [en, ...localeStore().locales.values()];
}

/** The codes of every language the widget can show: English and each language module it ships. */
export function availableLocaleCodes(): string[] {
  return ['en', ...Object.keys(LOCALE_LOADERS)];
}
