/**
 * The classroom app offline, as a class meets it: the built site (served over http://127.0.0.1, a secure
 * context, so service workers run) is loaded once; its service worker precaches the build; then, with the
 * browser context offline, a reload shows the app, and every scene, every drug and Spanish all draw, and the
 * handout draws its pictures, with no failed request.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCanvasPixels } from '../../scripts/canvas-fingerprint.mjs';
import { useE2eSite } from './e2e-site';
import { appBuildDir, serveFolder } from './app-build';
import { SCENES } from '../../scenes';
import { DRUGS } from '../../scenes/drugs';

let outDir: string;
const site = useE2eSite(async () => {
  outDir = await appBuildDir();
  return serveFolder(outDir);
});

type ExplorerElement = HTMLElement & { scene: string; drug: string; stepCount: number; updateComplete: Promise<unknown>; rendererReady: Promise<void>; goToStep(n: number): void };

describe('the classroom app as an installable offline app', () => {
  it('declares a manifest with PNG icons (192, 512, maskable) that the build ships', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).toMatch(/<link rel="manifest" href="\.\/manifest\.webmanifest">/);
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.webmanifest'), 'utf8')) as { icons: { src: string; sizes: string; purpose?: string }[]; start_url: string; display: string };
    expect(manifest.display).toBe('standalone');
    const sizes = manifest.icons.map((icon) => `${icon.sizes}${icon.purpose ? ` ${icon.purpose}` : ''}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512', '512x512 maskable']));
    for (const icon of manifest.icons) expect(existsSync(join(outDir, icon.src)), icon.src).toBe(true);
  });

  it('registers the service worker from a same-origin script file, never inline', () => {
    for (const page of readdirSync(outDir).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(join(outDir, page), 'utf8');
      expect(html, page).toContain('src="./registerSW.js"');
      // Every <script> has a src: nothing inline for a strict CSP to refuse.
      for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) expect(tag, page).toMatch(/\bsrc=/);
    }
  });

  it('after one visit, reloads offline and draws every scene, every drug and Spanish, and the handout', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const failed: string[] = [];
    const errors: string[] = [];
    page.on('requestfailed', (request) => {
      const error = request.failure()?.errorText ?? '';
      // ERR_ABORTED is a request cut short by the next navigation (the favicon, say), not one that failed offline.
      if (error !== 'net::ERR_ABORTED') failed.push(`${request.url()} ${error}`);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(`window.readCanvasPixels = ${readCanvasPixels.toString()};`);
    await page.goto(`${site.origin}/index.html#scene=il13`);
    // The worker is active once its install (the whole precache) finished, and controls the page (clientsClaim).
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      return urls;
    });
    // The app's own chunks (the drug panels and Spanish load on demand) are precached, not just the page.
    const built = readdirSync(join(outDir, 'assets')).filter((name) => name.endsWith('.js')).map((name) => `/assets/${name}`);
    expect(built.length).toBeGreaterThan(2);
    for (const file of [...built, '/index.html', '/manifest.webmanifest', '/icon-192.png']) expect(cached, file).toContain(file);

    await context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => (document.querySelector('jak-stat-explorer') as ExplorerElement | null)?.shadowRoot?.querySelector('canvas') !== null);
    const views: string[] = [];
    for (const lang of ['en', 'es']) {
      for (const scene of Object.keys(SCENES)) {
        for (const drug of ['none', ...Object.keys(DRUGS)]) {
          const shown = await page.evaluate(async ({ lang, scene, drug }) => {
            const el = document.querySelector('jak-stat-explorer') as ExplorerElement;
            const picker = document.querySelector<HTMLSelectElement>('#language-picker')!;
            if (picker.value !== lang) { picker.value = lang; picker.dispatchEvent(new Event('change')); }
            el.setAttribute('scene', scene);
            el.setAttribute('drug', drug);
            await el.updateComplete;
            await el.rendererReady;
            el.goToStep(4);
            await el.updateComplete;
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            const read = (window as unknown as { readCanvasPixels: (c: HTMLCanvasElement) => { distinctColours: number } }).readCanvasPixels;
            return {
              colours: read(el.shadowRoot!.querySelector('canvas')!).distinctColours,
              title: el.shadowRoot!.querySelector('.counter')?.textContent?.trim() ?? '',
              panels: drug === 'none' || el.shadowRoot!.querySelector('.dose-response') !== null,
            };
          }, { lang, scene, drug });
          views.push(`${lang} ${scene} ${drug}`);
          expect(shown.colours, `${lang} ${scene} ${drug}`).toBeGreaterThan(40);
          expect(shown.title, `${lang} ${scene} ${drug}`).toMatch(lang === 'es' ? /^Paso 4 de/ : /^Step 4 of/);
          expect(shown.panels, `${lang} ${scene} ${drug}: drug panels`).toBe(true);
        }
      }
    }
    expect(views).toHaveLength(2 * Object.keys(SCENES).length * (1 + Object.keys(DRUGS).length));
    // The handout, still offline: its page, script and every step's picture.
    await page.goto(`${site.origin}/handout.html#scene=il22&drug=ruxolitinib&lang=es`);
    await page.waitForFunction(() => { const main = document.querySelector('main'); return main !== null && !main.hasAttribute('aria-busy'); }, null, { timeout: 60_000 });
    const pictures = await page.evaluate(() => [...document.querySelectorAll('section.step img')].map((img) => (img as HTMLImageElement).naturalWidth));
    expect(pictures).toHaveLength(12);
    expect(pictures.every((width) => width === 1280)).toBe(true);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
