/** Registers the widget's languages. English first: it is the fallback for any other language. */
import { registerLocale } from '../registry';
import { en } from './en';
import { es } from './es';

/** Registers every bundled language (safe to call more than once). */
export function registerLocales(): void {
  registerLocale(en);
  registerLocale(es);
}
