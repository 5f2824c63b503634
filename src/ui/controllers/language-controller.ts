/**
 * The language of a widget, as a Lit reactive controller shared by `<jak-stat-explorer>` and
 * `<jak-stat-overview>`: which language is wanted, the complete locale to show now, and a re-render when
 * either changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../../i18n/locale';
import { isLocaleLoaded, loadedLocale, loadLocale, onLocaleRegistered } from '../../i18n/registry';

/** An element that hosts reactive controllers (a LitElement). */
export type LanguageHost = ReactiveControllerHost & HTMLElement;

/** Every connected controller, for the one page-wide observer of `lang` attributes. */
const connected = new Set<LanguageController>();
let langObserver: MutationObserver | undefined;
let unsubscribe: (() => void) | undefined;

const refreshAll = () => connected.forEach((controller) => controller.refresh());

function watchPage(): void {
  if (typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    // One observer for every widget: a `lang` change anywhere in the page (on <html>, a container or the
    // widget itself) makes each widget re-resolve, and re-render only if its language changed.
    langObserver = new MutationObserver(refreshAll);
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  if (typeof window !== 'undefined') window.addEventListener('languagechange', refreshAll);
  unsubscribe = onLocaleRegistered(refreshAll);
}

function unwatchPage(): void {
  langObserver?.disconnect();
  langObserver = undefined;
  if (typeof window !== 'undefined') window.removeEventListener('languagechange', refreshAll);
  unsubscribe?.();
  unsubscribe = undefined;
}

/**
 * The nearest `lang` attribute from the element outwards, crossing shadow roots (a widget inside another
 * component takes that component's language), then the browser's language, then English.
 */
export function wantedLanguage(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return (typeof navigator !== 'undefined' && navigator.language) || 'en';
}

/**
 * Resolves and loads a widget's language.
 *
 * The wanted language is the element's `lang`, else the nearest ancestor's (HTML's own inheritance of
 * `lang`, up to `<html lang>`), else the browser's. It is resolved again when the element connects (so a
 * widget moved into another container or page takes its new language), before each update, when any `lang`
 * attribute in the page changes, and when the browser's language changes.
 *
 * `locale` is always complete: English while the wanted language's module loads (or when none ships, or it
 * failed to load), then the wanted language, with a host update requested as it arrives. A language without
 * a module (e.g. "fr") makes no request.
 *
 * ```ts
 * class MyElement extends LitElement {
 *   private readonly language = new LanguageController(this);
 *   render() { return html`${this.language.locale.ui.ui.play}`; }
 * }
 * ```
 */
export class LanguageController implements ReactiveController {
  private readonly host: LanguageHost;
  /** Empty until first resolved, so the first resolution always runs. */
  private wantedTag = '';
  private shown: Locale;
  private settled: Promise<void> = Promise.resolve();

  constructor(host: LanguageHost) {
    this.host = host;
    this.shown = loadedLocale('en');
    host.addController(this);
  }

  /** The locale to render with: the wanted language once loaded, English until then. Never incomplete. */
  get locale(): Locale {
    return this.shown;
  }

  /** Code of the language shown (`locale.code`, e.g. "es"): for `lang` attributes, speech and formatting. */
  get code(): string {
    return this.shown.code;
  }

  /** The language asked for, normalised to lower case (e.g. "es-mx"); may differ from `code` while loading or when unsupported. */
  get wanted(): string {
    return this.wantedTag;
  }

  /**
   * Settles once the wanted language has loaded (or turned out unavailable) and a host update for it has
   * been requested. A host can await it in `getUpdateComplete()` so that `updateComplete` means "rendered in
   * its language".
   */
  get ready(): Promise<void> {
    return this.settled;
  }

  hostConnected(): void {
    if (connected.size === 0) watchPage();
    connected.add(this);
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size === 0) unwatchPage();
  }

  hostUpdate(): void {
    // The host's own `lang` may have changed in this very update: pick it up before rendering.
    this.resolve();
  }

  /** Resolves the language again and requests a host update if what is shown changed. */
  refresh(): void {
    if (this.resolve()) this.host.requestUpdate();
  }

  /** Re-resolves; returns whether the locale shown changed. Starts loading a newly wanted language. */
  private resolve(): boolean {
    const tag = wantedLanguage(this.host).toLowerCase().replace(/_/g, '-');
    if (tag !== this.wantedTag) {
      this.wantedTag = tag;
      this.settled = isLocaleLoaded(tag)
        ? Promise.resolve()
        : loadLocale(tag).then(() => {
            if (this.wantedTag === tag) this.refresh();
          });
    }
    const locale = loadedLocale(tag);
    if (locale === this.shown) return false;
    this.shown = locale;
    return true;
  }
}
