/**
 * The language controller, shared by the explorer and the overview: resolves the widget's language (its own
 * `lang`, else the page's, else the browser's) to a registered `Locale`, and re-renders the host when it changes.
 */
import type { ReactiveControllerHost } from 'lit';
import { LocalizeController } from '@shoelace-style/localize';
import type { Locale } from '../../i18n/locale';
import { resolveLocale } from '../../i18n/registry';
import { registerLocales } from '../../i18n/locales';

type Host = ReactiveControllerHost & HTMLElement;

export class LanguageController {
  private readonly localize: LocalizeController;

  constructor(host: Host) {
    registerLocales();
    this.localize = new LocalizeController(host);
  }

  /** The resolved language bundle. */
  get locale(): Locale {
    return resolveLocale(this.localize.lang());
  }
}
