/**
 * Language modules as site owners get them: the core built with the real library config bundles English only
 * and imports `locales/<code>.js` from beside its own URL when a widget asks for that language, under a
 * strict CSP (`script-src 'self'`), with no other request.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { openRecording, useE2eSite } from './e2e-site';
import { embedBuildDir } from './embed-module';
import { LOCALE_MODULE_CODES } from '../../src/i18n/locale-codes';
import es from '../../src/i18n/locales/es';

const CSP = `<meta http-equiv="Content-Security-Policy" content="script-src 'self'">`;
const page = (body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${CSP}<title>t</title></head><body>${body}</body></html>`;
const CORE = '<script type="module" src="jak-stat-explorer.js"></script>';

const PAGES: Record<string, string> = {
  '/es.html': page(`<jak-stat-explorer lang="es"></jak-stat-explorer><jak-stat-overview lang="es"></jak-stat-overview>${CORE}`),
  '/fr.html': page(`<jak-stat-explorer lang="fr"></jak-stat-explorer>${CORE}`),
  // The host imports the language itself, before the core: the widget needs no fetch of its own.
  '/host-import.html': page(`<jak-stat-explorer></jak-stat-explorer><script type="module" src="locales/es.js"></script>${CORE}`, 'es'),
  // A core whose locales/ folder is missing: every language module 404s.
  '/broken/index.html': page(`<jak-stat-explorer></jak-stat-explorer><jak-stat-explorer></jak-stat-explorer>${CORE}`, 'es'),
};

let outDir: string;
/** Requests for /locales/es.js wait for this gate, so a test can see the widget before Spanish arrives. */
let releaseSpanish: () => void = () => {};
let spanishGate: Promise<void> = Promise.resolve();

const site = useE2eSite(async () => {
  outDir = await embedBuildDir();
  return async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const js = { 'Content-Type': 'text/javascript' };
    if (PAGES[path]) return void response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGES[path]);
    if (path === '/jak-stat-explorer.js' || path === '/broken/jak-stat-explorer.js') {
      return void response.writeHead(200, js).end(readFileSync(join(outDir, 'jak-stat-explorer.js')));
    }
    const locale = /^\/locales\/([a-z-]+)\.js$/.exec(path);
    if (locale && existsSync(join(outDir, 'locales', `${locale[1]}.js`))) {
      if (locale[1] === 'es') await spanishGate;
      return void response.writeHead(200, js).end(readFileSync(join(outDir, 'locales', `${locale[1]}.js`)));
    }
    response.writeHead(404).end();
  };
});

/** Opens a page, recording its requests, warnings, page errors and CSP violations. */
async function open(path: string) {
  const { messages, ...page } = await openRecording(site, path);
  return { ...page, warnings: messages };
}

/** The step counter of every widget on the page. */
const counters = (tab: Page) =>
  tab.evaluate(() => [...document.querySelectorAll('jak-stat-explorer')].map((w) => w.shadowRoot?.querySelector('.counter')?.textContent?.trim() ?? ''));

describe('language modules of the embed build', () => {
  it('writes one self-contained module per language beside the core, and the core bundles no other language', () => {
    const core = readFileSync(join(outDir, 'jak-stat-explorer.js'), 'utf8');
    expect(core).not.toContain('Paso ');
    for (const code of LOCALE_MODULE_CODES) {
      const module = readFileSync(join(outDir, 'locales', `${code}.js`), 'utf8');
      // No import of anything: the language is data plus its own registration.
      expect(module).not.toMatch(/(?<![\w-])import\b/);
      expect(module).toContain('jak-stat-explorer.locales');
    }
  });

  it(`lang="es" under script-src 'self': English first, Spanish once its module arrives, nothing but same-origin modules fetched`, async () => {
    spanishGate = new Promise((resolve) => (releaseSpanish = resolve));
    const { tab, requests, warnings, violations } = await open('/es.html');
    await tab.waitForFunction(() => document.querySelector('jak-stat-explorer')?.shadowRoot?.querySelector('.counter')?.textContent);
    expect((await counters(tab))[0]).toMatch(/^Step 1 of/);
    releaseSpanish();
    await tab.waitForFunction(() => /^Paso 1 de/.test(document.querySelector('jak-stat-explorer')?.shadowRoot?.querySelector('.counter')?.textContent?.trim() ?? ''));
    const title = await tab.evaluate(() => document.querySelector('jak-stat-explorer')!.shadowRoot!.querySelector('.title')!.textContent!.trim());
    expect(title).toBe('Una célula de la piel en reposo');
    // The narration itself, not only the shell: the step's text as the Spanish module writes it.
    const text = await tab.evaluate(() => document.querySelector('jak-stat-explorer')!.shadowRoot!.querySelector('.narration .text')!.textContent!.trim());
    expect(text).toBe(es.content!.scenes.il13!.steps.resting!.text);
    expect(text).toMatch(/^Esta célula de la piel/);
    await tab.waitForFunction(() => document.querySelector('jak-stat-overview')?.shadowRoot?.querySelector('caption')?.textContent?.startsWith('Qué JAK'));
    expect(requests).toEqual(['/es.html', '/jak-stat-explorer.js', '/locales/es.js']);
    expect(await violations()).toEqual([]);
    expect(warnings).toEqual([]);
    await tab.close();
  });

  it('an unknown language stays English and requests no module', async () => {
    const { tab, requests, warnings } = await open('/fr.html');
    await tab.waitForFunction(() => document.querySelector('jak-stat-explorer')?.shadowRoot?.querySelector('.counter')?.textContent);
    // A marker request after the first render: a module import started by that render would come before it.
    await tab.evaluate(() => fetch('/marker'));
    expect((await counters(tab))[0]).toMatch(/^Step 1 of/);
    expect(requests).toEqual(['/fr.html', '/jak-stat-explorer.js', '/marker']);
    expect(warnings).toEqual([]);
    await tab.close();
  });

  it('a language the host imports itself is used without a second fetch', async () => {
    const { tab, requests } = await open('/host-import.html');
    await tab.waitForFunction(() => /^Paso 1 de/.test(document.querySelector('jak-stat-explorer')?.shadowRoot?.querySelector('.counter')?.textContent?.trim() ?? ''));
    expect(requests.filter((url) => url === '/locales/es.js')).toHaveLength(1);
    await tab.close();
  });

  it('a module that fails to load (404) warns once and leaves every widget in English', async () => {
    const { tab, warnings } = await open('/broken/index.html');
    await expect.poll(() => warnings.filter((w) => w.includes('"es" language module did not load')).length, { timeout: 10_000 }).toBe(1);
    expect(await counters(tab)).toEqual([expect.stringMatching(/^Step 1 of/), expect.stringMatching(/^Step 1 of/)]);
    expect(warnings.filter((w) => w.startsWith('page error'))).toEqual([]);
    await tab.close();
  });
});
