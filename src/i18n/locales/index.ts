/**
 * Compatibility for elements still resolving their language with @shoelace-style/localize's
 * LocalizeController: re-renders them when a language module arrives. Elements using LanguageController
 * (src/ui/controllers/language-controller.ts) need none of this; drop the call and this file goes too.
 */
import { update } from '@shoelace-style/localize';
import { onLocaleRegistered } from '../registry';

let subscribed = false;

/** @deprecated Use LanguageController. Re-renders LocalizeController hosts whenever a language is registered. */
export function registerLocales(): void {
  if (subscribed) return;
  subscribed = true;
  onLocaleRegistered(() => update());
}
