/**
 * LanguageController in a real page: which language a widget wants (its own `lang`, the nearest container's,
 * the page's), English while that language's module loads, a re-render when it arrives or when any of those
 * change, and a widget moved to another container taking that container's language.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { html, LitElement } from 'lit';
import { LanguageController } from '../../src/ui/controllers/language-controller';

/** Language modules as the core loads them, but Spanish waits for the test to let it through. */
const gate = vi.hoisted(() => {
  const state = { calls: [] as string[], open: () => {}, opened: Promise.resolve() };
  return {
    state,
    reset() {
      state.calls.length = 0;
      state.opened = new Promise<void>((resolve) => (state.open = resolve));
    },
  };
});
vi.mock('../../src/i18n/locale-loaders', () => ({
  LOCALE_LOADERS: {
    es: async () => {
      gate.state.calls.push('es');
      await gate.state.opened;
      return import('../../src/i18n/locales/es');
    },
    xx: async () => {
      gate.state.calls.push('xx');
      throw new TypeError('Failed to fetch dynamically imported module: locales/xx.js');
    },
  },
}));

const { JakStatOverview } = await import('../../src/ui/jak-stat-overview/jak-stat-overview');
if (!customElements.get('jak-stat-overview')) customElements.define('jak-stat-overview', JakStatOverview);

/** The smallest host: renders one string of its language and counts its renders. */
class LanguageProbe extends LitElement {
  readonly language = new LanguageController(this);
  renders = 0;
  protected override render() {
    this.renders++;
    return html`<span>${this.language.locale.ui.ui.play}</span>`;
  }
}
customElements.define('language-probe', LanguageProbe);

const caption = (overview: Element) => overview.shadowRoot?.querySelector('caption')?.textContent ?? '';
const text = (probe: LanguageProbe) => probe.shadowRoot?.querySelector('span')?.textContent ?? '';

function place<T extends HTMLElement>(element: T, parent: HTMLElement = document.body): T {
  parent.append(element);
  return element;
}

beforeEach(() => gate.reset());
afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  vi.restoreAllMocks();
});

// These run in order: the first loads Spanish, after which it is registered for the page.
describe('LanguageController', () => {
  it('shows English while the wanted language loads, then switches to it (no missing strings in between)', async () => {
    document.documentElement.lang = 'es';
    const overview = place(document.createElement('jak-stat-overview'));
    const probe = place(new LanguageProbe());
    await probe.updateComplete;
    expect(caption(overview)).toBe('Which JAKs and STAT each cytokine uses');
    expect(text(probe)).toBe('Play');
    expect(probe.language.wanted).toBe('es');
    expect(probe.language.code).toBe('en');
    expect(gate.state.calls).toEqual(['es']);
    const rendersBefore = probe.renders;
    gate.state.open();
    // The overview's updateComplete waits for its language.
    await overview.updateComplete;
    expect(caption(overview)).toBe('Qué JAK y qué STAT usa cada citocina');
    expect(overview.shadowRoot!.querySelector('table')!.lang).toBe('es');
    await probe.language.ready;
    await probe.updateComplete;
    expect(text(probe)).toBe('Reproducir');
    expect(probe.language.code).toBe('es');
    expect(probe.renders).toBe(rendersBefore + 1);
    // Loaded once for both widgets.
    expect(gate.state.calls).toEqual(['es']);
  });

  it('follows a change of the page language, and of its own lang attribute', async () => {
    const overview = place(document.createElement('jak-stat-overview'));
    await overview.updateComplete;
    expect(caption(overview)).toMatch(/^Which JAKs/);
    document.documentElement.lang = 'es';
    await expect.poll(() => caption(overview)).toMatch(/^Qué JAK/);
    overview.setAttribute('lang', 'en');
    await overview.updateComplete;
    expect(caption(overview)).toMatch(/^Which JAKs/);
  });

  it('a widget moved into another container takes that container’s language (the page is Spanish)', async () => {
    document.documentElement.lang = 'es';
    const english = place(Object.assign(document.createElement('div'), { lang: 'en' }));
    const plain = place(document.createElement('div'));
    const overview = place(document.createElement('jak-stat-overview'), english);
    const probe = place(new LanguageProbe(), english);
    await overview.updateComplete;
    await probe.updateComplete;
    expect(caption(overview)).toMatch(/^Which JAKs/);
    expect(text(probe)).toBe('Play');
    plain.append(overview, probe);
    await overview.updateComplete;
    await probe.updateComplete;
    expect(caption(overview)).toMatch(/^Qué JAK/);
    expect(text(probe)).toBe('Reproducir');
    // And a container's own lang changing is followed too.
    plain.lang = 'en';
    await expect.poll(() => text(probe)).toBe('Play');
  });

  it('crosses shadow roots: a widget inside another component takes that component’s language', async () => {
    const outer = place(document.createElement('div'));
    outer.lang = 'es';
    const root = document.createElement('section').attachShadow({ mode: 'open' });
    outer.append(root.host);
    const probe = new LanguageProbe();
    root.append(probe);
    await probe.updateComplete;
    expect(text(probe)).toBe('Reproducir');
  });

  it('a language without a module stays English and asks for nothing', async () => {
    const probe = place(Object.assign(new LanguageProbe(), { lang: 'fr' }));
    await probe.updateComplete;
    await probe.language.ready;
    expect(text(probe)).toBe('Play');
    expect(probe.language.wanted).toBe('fr');
    expect(probe.language.code).toBe('en');
    expect(gate.state.calls).toEqual([]);
  });

  it('a module that fails to load warns once and stays English', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const a = place(Object.assign(new LanguageProbe(), { lang: 'xx' }));
    const b = place(Object.assign(new LanguageProbe(), { lang: 'xx-yy' }));
    await Promise.all([a.language.ready, b.language.ready]);
    expect([text(a), text(b)]).toEqual(['Play', 'Play']);
    expect(gate.state.calls).toEqual(['xx']);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
