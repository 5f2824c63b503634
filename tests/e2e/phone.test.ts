/**
 * On a phone (375 × 740, the page as wide as the screen): the built classroom app and the embed build. The stage
 * is portrait, nothing scrolls sideways, and at every step of every scene the picture is new, no two drawn labels
 * overlap, and axe-core finds nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENES } from '../../scenes';
import type { Page } from 'playwright';
import { readCanvasPixels } from '../../scripts/canvas-fingerprint.mjs';
import { useE2eSite } from './e2e-site';
import { appBuildDir } from './app-build';
import { embedBuildDir } from './embed-module';

const PHONE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Phone</title></head><body><main><h1>JAK-STAT</h1><jak-stat-explorer></jak-stat-explorer></main>
<script type="module" src="phone.js"></script><script type="module" src="jak-stat-explorer.js"></script></body></html>`;
/** Sets the widget's scene from the page's query (a same-origin script: no inline code). */
const PHONE_SCRIPT = `document.querySelector('jak-stat-explorer').setAttribute('scene', new URLSearchParams(location.search).get('scene') || 'il13');`;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const TYPES: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css', svg: 'image/svg+xml', png: 'image/png' };
let outDir: string;
let appDir: string;
const site = useE2eSite(async () => {
  [outDir, appDir] = await Promise.all([embedBuildDir(), appBuildDir()]);
  return (request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/phone.html') return void response.writeHead(200, { 'Content-Type': 'text/html' }).end(PHONE);
    if (path === '/phone.js') return void response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(PHONE_SCRIPT);
    // The app as built, under /app/.
    const file = path.startsWith('/app/') ? join(appDir, path.slice(5) || 'index.html') : join(outDir, path);
    const type = TYPES[file.split('.').pop()!];
    if (type && !path.includes('..') && existsSync(file)) return void response.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
    response.writeHead(404).end();
  };
});

type Widget = HTMLElement & { rendererReady: Promise<void>; stepCount: number; goToStep(n: number): void; updateComplete: Promise<boolean> };

/** Shows step n and waits until it is drawn (two animation frames after the update). */
async function show(tab: Page, n: number): Promise<void> {
  await tab.evaluate(async (step) => {
    const widget = document.querySelector('jak-stat-explorer') as Widget;
    widget.goToStep(step);
    await widget.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, n);
}

describe('on a phone (375 × 740)', () => {
  it.each([375, 320])('the built app at %i px: a portrait stage, and the page no wider than the screen', async (width) => {
    const tab = await site.browser.newPage({ viewport: { width, height: 740 } });
    await tab.goto(`${site.origin}/app/index.html#scene=il13&step=4`);
    await tab.waitForFunction(() => (document.querySelector('jak-stat-explorer')?.shadowRoot?.querySelector('canvas')?.width ?? 0) > 100);
    const { stage, scrollWidth } = await tab.evaluate(() => {
      const box = document.querySelector('jak-stat-explorer')!.shadowRoot!.querySelector('[part~="stage"]')!.getBoundingClientRect();
      return { stage: { width: box.width, height: box.height }, scrollWidth: document.documentElement.scrollWidth };
    });
    expect(stage.width).toBeGreaterThan(width - 40);
    expect(stage.height).toBeGreaterThanOrEqual(stage.width);
    expect(scrollWidth).toBeLessThanOrEqual(width);
    await tab.close();
  });

  it.each(Object.keys(SCENES))('%s: a portrait stage no wider than the screen; at every step a new picture, labels apart, axe clean', async (scene) => {
    const tab = await site.browser.newPage({ viewport: { width: 375, height: 740 } });
    await tab.addInitScript(`window.readCanvasPixels = ${readCanvasPixels.toString()};`);
    await tab.goto(`${site.origin}/phone.html?scene=${scene}`);
    await tab.waitForFunction(() => customElements.get('jak-stat-explorer'));
    await tab.evaluate(() => (document.querySelector('jak-stat-explorer') as Widget).rendererReady);
    await tab.addScriptTag({ content: AXE });
    const stage = await tab.evaluate(() => {
      const box = document.querySelector('jak-stat-explorer')!.shadowRoot!.querySelector('[part~="stage"]')!.getBoundingClientRect();
      return { width: box.width, height: box.height };
    });
    expect(stage.width).toBeGreaterThan(300);
    expect(stage.height).toBeGreaterThanOrEqual(stage.width);
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await tab.evaluate(() => document.querySelector('jak-stat-explorer')!.getAttribute('scene'))).toBe(scene);
    const stepCount = await tab.evaluate(() => (document.querySelector('jak-stat-explorer') as Widget).stepCount);
    for (let step = 1; step <= stepCount; step++) {
      await show(tab, step);
      // The share of pixels that changed since the step before, worked out in the page (the pixels stay there).
      const changed = await tab.evaluate(() => {
        const w = window as unknown as { readCanvasPixels(c: HTMLCanvasElement): { data: Uint8ClampedArray }; previous?: Uint8ClampedArray };
        const { data } = w.readCanvasPixels(document.querySelector('jak-stat-explorer')!.shadowRoot!.querySelector('canvas')!);
        const before = w.previous;
        w.previous = data;
        if (!before || before.length !== data.length) return 1;
        let differing = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (Math.abs(data[i]! - before[i]!) + Math.abs(data[i + 1]! - before[i + 1]!) + Math.abs(data[i + 2]! - before[i + 2]!) > 24) differing++;
        }
        return differing / (data.length / 4);
      });
      expect(changed, `step ${step} vs ${step - 1}`).toBeGreaterThan(0.01);
      const overlaps = await tab.evaluate(() => {
        type Box = { text: string; x: number; y: number; width: number; height: number };
        const views = (document.querySelector('jak-stat-explorer') as unknown as { labelBoxes(): Record<string, Box[]> }).labelBoxes();
        const found: string[] = [];
        for (const boxes of Object.values(views)) {
          boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
            if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) found.push(`"${a.text}" × "${b.text}"`);
          }));
        }
        return { found, count: Object.values(views).reduce((n, boxes) => n + boxes.length, 0) };
      });
      expect(overlaps.count, `step ${step}: labels shown`).toBeGreaterThan(0);
      expect(overlaps.found, `step ${step}`).toEqual([]);
      const violations = await tab.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(c: Element, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document.querySelector('jak-stat-explorer')!, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
      });
      expect(violations, `step ${step}`).toEqual([]);
      expect(await tab.evaluate(() => document.documentElement.scrollWidth), `step ${step}`).toBeLessThanOrEqual(375);
    }
    await tab.close();
  }, 180_000);
});
