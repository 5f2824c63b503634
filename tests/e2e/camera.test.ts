/**
 * The camera in the embed build, at 1280 px: the binding, JAK-activation and transcription steps are framed
 * closer than the whole cell, and the whole-cell button brings the full stage back (the same picture as the
 * attribute gives).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { readCanvasPixels } from '../../scripts/canvas-fingerprint.mjs';
import { SCENES } from '../../scenes';
import { useE2eSite } from './e2e-site';
import { embedBuildDir } from './embed-module';
import { appBuildDir } from './app-build';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Camera</title>
<style>body { margin: 0; width: 1280px; }</style></head><body><jak-stat-explorer scene="il13"></jak-stat-explorer>
<script type="module" src="jak-stat-explorer.js"></script></body></html>`;

const site = useE2eSite(async () => {
  const outDir = await embedBuildDir();
  const appDir = await appBuildDir();
  return (request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/camera.html') return void response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
    // The classroom app as built, under /app/.
    if (path.startsWith('/app/') && !path.includes('..')) {
      const file = join(appDir, path.slice(5) || 'index.html');
      const type = { html: 'text/html', js: 'text/javascript', css: 'text/css' }[file.split('.').pop()!];
      if (type && existsSync(file)) return void response.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
    }
    const file = join(outDir, path);
    if (path.endsWith('.js') && !path.includes('..') && existsSync(file)) return void response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(file));
    response.writeHead(404).end();
  };
});

/** Shows step n, drawn, and keeps its pixels in the page under `name`. */
async function capture(tab: Page, step: number, name: string): Promise<void> {
  await tab.evaluate(async ([n, key]) => {
    const widget = document.querySelector('jak-stat-explorer') as unknown as { goToStep(n: number): void; updateComplete: Promise<boolean> };
    widget.goToStep(n as number);
    await widget.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const w = window as unknown as { readCanvasPixels(c: HTMLCanvasElement): { data: Uint8ClampedArray }; shots: Record<string, Uint8ClampedArray> };
    w.shots ??= {};
    w.shots[key as string] = w.readCanvasPixels(document.querySelector('jak-stat-explorer')!.shadowRoot!.querySelector('canvas')!).data;
  }, [step, name] as const);
}

/** The share of pixels that differ between two captures. */
const differing = (tab: Page, a: string, b: string) => tab.evaluate(([x, y]) => {
  const shots = (window as unknown as { shots: Record<string, Uint8ClampedArray> }).shots;
  const [p, q] = [shots[x as string]!, shots[y as string]!];
  let n = 0;
  for (let i = 0; i < p.length; i += 4) if (Math.abs(p[i]! - q[i]!) + Math.abs(p[i + 1]! - q[i + 1]!) + Math.abs(p[i + 2]! - q[i + 2]!) > 24) n++;
  return n / (p.length / 4);
}, [a, b] as const);

describe('the camera at 1280 px (embed build)', () => {
  it('frames binding, activation and transcription closer than the whole cell; the whole-cell button restores the full view', async () => {
    const tab = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await tab.addInitScript(`window.readCanvasPixels = ${readCanvasPixels.toString()};`);
    await tab.goto(`${site.origin}/camera.html`);
    await tab.waitForFunction(() => customElements.get('jak-stat-explorer'));
    await tab.evaluate(() => (document.querySelector('jak-stat-explorer') as unknown as { rendererReady: Promise<void> }).rendererReady);
    const roles = SCENES.il13!.steps.map((step) => step.role);
    for (const role of ['ligand-binding', 'jak-activation', 'transcription']) {
      const step = roles.indexOf(role as never) + 1;
      expect(step, role).toBeGreaterThan(0);
      await capture(tab, step, `${role}:camera`);
      // The whole-cell button, as a user presses it.
      await tab.evaluate(() => (document.querySelector('jak-stat-explorer')!.shadowRoot!.querySelector('button.whole-cell') as HTMLButtonElement).click());
      await capture(tab, step, `${role}:button`);
      expect(await tab.evaluate(() => document.querySelector('jak-stat-explorer')!.hasAttribute('whole-cell'))).toBe(true);
      expect(await differing(tab, `${role}:camera`, `${role}:button`), role).toBeGreaterThan(0.05);
      // Pressed again, the close-up comes back.
      await tab.evaluate(() => (document.querySelector('jak-stat-explorer')!.shadowRoot!.querySelector('button.whole-cell') as HTMLButtonElement).click());
      await capture(tab, step, `${role}:again`);
      expect(await differing(tab, `${role}:camera`, `${role}:again`), role).toBeLessThan(0.001);
    }
    // The full view the button gives is the whole stage: the resting cell (framed whole) matches it at step 1.
    await tab.evaluate(() => document.querySelector('jak-stat-explorer')!.setAttribute('whole-cell', ''));
    await capture(tab, 1, 'rest:whole');
    await tab.evaluate(() => document.querySelector('jak-stat-explorer')!.removeAttribute('whole-cell'));
    await capture(tab, 1, 'rest:camera');
    // (Only edges may differ: whole cell only, the bitmaps are baked 1:1 for the whole stage.)
    expect(await differing(tab, 'rest:whole', 'rest:camera')).toBeLessThan(0.05);
    await tab.close();
  }, 120_000);

  it('the app keeps the whole-cell framing in its URL: a link with whole=1 opens it, the button writes it', async () => {
    const tab = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await tab.goto(`${site.origin}/app/index.html#scene=il4&step=4&whole=1`);
    await tab.waitForFunction(() => customElements.get('jak-stat-explorer'));
    expect(await tab.evaluate(() => document.querySelector('jak-stat-explorer')!.hasAttribute('whole-cell'))).toBe(true);
    await tab.evaluate(() => (document.querySelector('jak-stat-explorer')!.shadowRoot!.querySelector('button.whole-cell') as HTMLButtonElement).click());
    await tab.waitForFunction(() => !location.hash.includes('whole=1'));
    await tab.evaluate(() => (document.querySelector('jak-stat-explorer')!.shadowRoot!.querySelector('button.whole-cell') as HTMLButtonElement).click());
    await tab.waitForFunction(() => location.hash.includes('whole=1'));
    expect(await tab.evaluate(() => location.hash)).toContain('scene=il4');
    await tab.close();
  }, 60_000);
});
