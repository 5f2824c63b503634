/**
 * The embed module as site owners get it: built with the real library config (cached while its sources stay
 * the same), imported in Node without a DOM, and loaded by a page that serves a strict Content-Security-Policy
 * and holds 24 widgets.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCanvasPixels } from '../../scripts/canvas-fingerprint.mjs';
import { useE2eSite } from './e2e-site';
import { embedModulePath } from './embed-module';

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
const WIDGETS = 24;
const page24 = `<!doctype html><html><head><meta charset="utf-8"><title>24 widgets</title>
<link rel="stylesheet" href="page.css"></head><body>
${Array.from({ length: WIDGETS }, (_, i) => `<jak-stat-explorer scene="${['il13', 'il4', 'il31', 'il22', 'tslp', 'ifng'][i % 6]}"${i % 4 === 0 ? ' drug="abrocitinib"' : ''}></jak-stat-explorer>`).join('\n')}
<script type="module" src="jak-stat-explorer.js"></script></body></html>`;
const pageCss = 'body { margin: 0; display: grid; grid-template-columns: repeat(4, 300px); gap: 4px; }';

let modulePath: string;
const site = useE2eSite(async () => {
  modulePath = await embedModulePath();
  return (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const headers = { 'Content-Security-Policy': CSP };
    if (path === '/' || path === '/index.html') response.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(page24);
    else if (path === '/page.css') response.writeHead(200, { ...headers, 'Content-Type': 'text/css' }).end(pageCss);
    else if (path === '/jak-stat-explorer.js') response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(readFileSync(modulePath));
    else response.writeHead(404, headers).end();
  };
});

describe('the embed module', () => {
  it('imports in Node with no DOM and still offers the pure model', async () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const module = await import(modulePath);
    expect(module.simulatePathway({ scene: 'il13', drug: 'upadacitinib', exposure: 10 }).signal).toBeCloseTo(1 / 11, 6);
    // Importing created no document: nothing in the module reached for the DOM.
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  });

  it(`runs ${WIDGETS} widgets under "${CSP}": all draw and animate, no CSP violation, no lost context, no foreign request`, async () => {
    // Tall enough that every widget is on screen: off-screen widgets rightly stop drawing.
    const page = await site.browser.newPage({ viewport: { width: 1240, height: 16000 } });
    const problems: string[] = [];
    const foreign: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (/WebGL|context|unsafe-eval|Content Security Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    page.on('request', (request) => { if (!request.url().startsWith(site.origin)) foreign.push(request.url()); });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { violations: string[] }).violations ??= [];
        (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    // The shared canvas reader, defined in the page (an init script is not subject to the page's CSP).
    await page.addInitScript(`window.readCanvasPixels = ${readCanvasPixels.toString()};`);
    await page.goto(`${site.origin}/`);
    await page.waitForFunction((n) => document.querySelectorAll('jak-stat-explorer').length === n && customElements.get('jak-stat-explorer'), WIDGETS);
    await page.evaluate(async () => {
      const widgets = [...document.querySelectorAll('jak-stat-explorer')] as unknown as { rendererReady: Promise<void> }[];
      await Promise.all(widgets.map((w) => w.rendererReady));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    const fingerprints = () => page.evaluate(() => {
      const read = (window as unknown as { readCanvasPixels: typeof readCanvasPixels }).readCanvasPixels;
      return [...document.querySelectorAll('jak-stat-explorer')].map((w) => {
        const { width, distinctColours, hash } = read(w.shadowRoot!.querySelector('canvas')!);
        return { width, colours: distinctColours, hash };
      });
    });
    const before = await fingerprints();
    expect(before).toHaveLength(WIDGETS);
    for (const [i, widget] of before.entries()) {
      expect(widget.width, `widget ${i}`).toBeGreaterThan(250);
      expect(widget.colours, `widget ${i}`).toBeGreaterThan(40);
    }
    await page.evaluate(() => document.querySelectorAll<HTMLElement & { next(): void }>('jak-stat-explorer').forEach((w) => w.next()));
    // Each widget animates on its own clock (GSAP's ticker): wait, frame by frame, until every picture has moved.
    await page.waitForFunction((hashes) => {
      const read = (window as unknown as { readCanvasPixels: typeof readCanvasPixels }).readCanvasPixels;
      return [...document.querySelectorAll('jak-stat-explorer')]
        .every((w, i) => read(w.shadowRoot!.querySelector('canvas')!).hash !== hashes[i]);
    }, before.map((widget) => widget.hash), { polling: 'raf', timeout: 20_000 });
    const after = await fingerprints();
    const changed = after.filter((widget, i) => widget.hash !== before[i]!.hash).length;
    expect(changed).toBe(WIDGETS);
    expect(await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])).toEqual([]);
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  }, 60_000);
});
