/**
 * The registered languages. Language resolution itself (the element's `lang`, else the page's, else the
 * browser's; and re-rendering when the page's `lang` changes) is done by @shoelace-style/localize's
 * LocalizeController; this registry maps the resolved code to the widget's full `Locale`.
 */
import { registerTranslation } from '@shoelace-style/localize';
import type { Locale } from './locale';

const locales = new Map<string, Locale>();

/** Registers a language (the first one registered is the fallback). */
export function registerLocale(locale: Locale): void {
  locales.set(locale.code.toLowerCase(), locale);
  registerTranslation({ $code: locale.code, $name: locale.name, $dir: 'ltr' });
}

/** The locale for a language tag: exact ("es-mx"), then its language ("es"), then the first registered. */
export function resolveLocale(lang: string): Locale {
  const tag = lang.toLowerCase();
  const found = locales.get(tag) ?? locales.get(tag.split('-')[0] ?? '') ?? locales.values().next().value;
  if (!found) throw new Error('No locale registered');
  return found;
}

/** Every registered locale, in registration order. */
export function registeredLocales(): Locale[] {
  return [...locales.values()];
}
