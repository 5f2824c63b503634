import { afterEach, describe, expect, it, vi } from 'vitest';

/** Loaders as the core sees them: Spanish from source, and "xx", a language whose module is missing (404). */
const calls: string[] = [];
vi.mock('../../src/i18n/locale-loaders', () => ({
  LOCALE_LOADERS: {
    es: () => (calls.push('es'), import('../../src/i18n/locales/es')),
    xx: () => (calls.push('xx'), Promise.reject(new TypeError('Failed to fetch dynamically imported module: /locales/xx.js'))),
  },
}));

const registry = await import('../../src/i18n/registry');
const { LOCALE_STORE_KEY } = await import('../../src/i18n/locale-store');

afterEach(() => vi.restoreAllMocks());

describe('language registry', () => {
  it('gives English for anything not loaded, and loads nothing for a language without a module', async () => {
    expect(registry.resolveLocale('fr').code).toBe('en');
    expect(registry.isLocaleAvailable('fr')).toBe(false);
    expect((await registry.loadLocale('fr')).code).toBe('en');
    expect(calls).toEqual([]);
  });

  it('loads a language module once, on demand, and then serves it for its regional tags too', async () => {
    expect(registry.isLocaleLoaded('es')).toBe(false);
    const heard: string[] = [];
    const stop = registry.onLocaleRegistered((locale) => heard.push(locale.code));
    expect(registry.resolveLocale('es-MX').code).toBe('en');
    const [a, b] = await Promise.all([registry.loadLocale('es_MX'), registry.loadLocale('es')]);
    stop();
    expect([a.code, b.code]).toEqual(['es', 'es']);
    expect(calls).toEqual(['es']);
    expect(heard).toEqual(['es']);
    expect(registry.resolveLocale('ES-mx').code).toBe('es');
    expect(registry.registeredLocales().map((l) => l.code)).toEqual(['en', 'es']);
  });

  it('keeps the registry on globalThis under a registered symbol, where separately bundled modules find it', () => {
    const store = (globalThis as unknown as Record<symbol, { locales: Map<string, { code: string }> }>)[Symbol.for('jak-stat-explorer.locales')];
    expect(LOCALE_STORE_KEY).toBe(Symbol.for('jak-stat-explorer.locales'));
    expect(store?.locales.get('es')?.code).toBe('es');
    // A language registered by another bundle (here, by hand) is served without any loader.
    const pt = { ...registry.loadedLocale('es'), code: 'pt', name: 'Português' };
    store!.locales.set('pt', pt);
    expect(registry.resolveLocale('pt-BR')).toBe(pt);
  });

  it('a module that fails to load warns once, resolves English and is not asked for again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const results = await Promise.all([registry.loadLocale('xx'), registry.loadLocale('xx-YY')]);
    expect(results.map((l) => l.code)).toEqual(['en', 'en']);
    expect((await registry.loadLocale('xx')).code).toBe('en');
    expect(calls.filter((c) => c === 'xx')).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('"xx"');
  });
});
