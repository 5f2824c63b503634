/** Registers the widget's languages. English first: it is the fallback for any other language. */
import { registerLocale } from '../registry';
import { en } from './en';
import { es } from './es';

let registered = false;

/**
 * Registers every bundled language, once: called by each element's constructor rather than on import, so
 * that importing the module changes nothing (registration also re-renders every connected widget).
 */
export function registerLocales(): void {
  if (registered) return;
  registered = true;
  registerLocale(en);
  registerLocale(es);
}
