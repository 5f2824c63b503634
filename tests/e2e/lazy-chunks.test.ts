/**
 * Lazy parts as site owners get them: the core built with the real library config leaves the drug's panels
 * and plot to `chunks/treatment-panels.js` beside it, which it imports from its own URL the first time a
 * widget shows a drug, under a strict CSP (`script-src 'self'`). A page without a drug never fetches it.
 * Likewise the exports: `chunks/export-image.js` on the first `exportImage()`, and `chunks/export-clip.js`
 * (with the video muxer) on the first `exportClip()`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRecording, useE2eSite } from './e2e-site';
import { embedBuildDir } from './embed-module';
import { LAZY_CHUNKS } from '../../vite.lib.config';

const CSP = `<meta http-equiv="Content-Security-Policy" content="script-src 'self'">`;
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${CSP}<title>t</title></head><body>${body}<script type="module" src="jak-stat-explorer.js"></script></body></html>`;
const PAGES: Record<string, string> = {
  '/plain.html': page('<jak-stat-explorer></jak-stat-explorer>'),
  '/drug.html': page('<jak-stat-explorer drug="upadacitinib"></jak-stat-explorer><jak-stat-explorer></jak-stat-explorer>'),
};

let outDir: string;
const site = useE2eSite(async () => {
  outDir = await embedBuildDir();
  return (request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://x').pathname);
    if (PAGES[path]) return void response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGES[path]);
    const file = join(outDir, path);
    if (path.endsWith('.js') && !path.includes('..') && existsSync(file)) {
      return void response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(file));
    }
    response.writeHead(404).end();
  };
});

/** Opens a page, recording its requests, warnings and errors, page errors and CSP violations. */
async function open(path: string) {
  const { messages, ...page } = await openRecording(site, path, ['warning', 'error']);
  return { ...page, problems: messages };
}

describe('lazy chunks of the embed build', () => {
  it('writes the core, one file per lazy part in chunks/, and each language in locales/: nothing else', () => {
    const js = (dir: string) => (existsSync(join(outDir, dir)) ? readdirSync(join(outDir, dir)).filter((f) => f.endsWith('.js')).sort() : []);
    expect(js('.')).toEqual(['jak-stat-explorer.js']);
    expect(js('chunks')).toEqual(LAZY_CHUNKS.map((name) => `${name}.js`).sort());
    for (const name of LAZY_CHUNKS) {
      const chunk = readFileSync(join(outDir, 'chunks', `${name}.js`), 'utf8');
      // A chunk imports only from the core beside it (and the clip from the picture's chunk, whose offscreen
      // stage it draws with), so the page holds one copy of Lit, Pixi and the model.
      const imports = [...chunk.matchAll(/\bimport\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
      expect(new Set(imports)).toEqual(new Set(name === 'export-clip' ? ['../jak-stat-explorer.js', './export-image.js'] : ['../jak-stat-explorer.js']));
    }
  });

  it('a widget without a drug draws and never fetches the drug panels', async () => {
    const { tab, requests, problems } = await open('/plain.html');
    await tab.waitForFunction(() => document.querySelector('jak-stat-explorer')?.shadowRoot?.querySelector('.counter')?.textContent);
    await tab.evaluate(() => (document.querySelector('jak-stat-explorer') as unknown as { rendererReady: Promise<void> }).rendererReady);
    // A marker request after the first render: a chunk import started by that render would come before it.
    await tab.evaluate(() => fetch('/marker'));
    expect(requests).toEqual(['/plain.html', '/jak-stat-explorer.js', '/marker']);
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
    await tab.close();
  });

  it(`with a drug under script-src 'self': the panels chunk loads once, the panels and plot show, no violation`, async () => {
    const { tab, requests, problems, violations } = await open('/drug.html');
    const shown = await tab.evaluate(async () => {
      const [treated, plain] = [...document.querySelectorAll('jak-stat-explorer')];
      await treated!.updateComplete;
      await plain!.updateComplete;
      const has = (w: Element, selector: string) => w.shadowRoot!.querySelector(selector) !== null;
      return { occupancy: has(treated!, '.occupancy'), plot: has(treated!, '[part="dose-response"]'), facts: has(treated!, '.facts'), plain: has(plain!, '.occupancy') };
    });
    expect(shown).toEqual({ occupancy: true, plot: true, facts: true, plain: false });
    // Another widget choosing a drug later reuses the module: no second fetch.
    await tab.evaluate(async () => {
      const plain = document.querySelectorAll('jak-stat-explorer')[1]!;
      plain.setAttribute('drug', 'abrocitinib');
      await (plain as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      if (!plain.shadowRoot!.querySelector('.occupancy')) throw new Error('no occupancy panel after choosing a drug');
    });
    expect(requests).toEqual(['/drug.html', '/jak-stat-explorer.js', '/chunks/treatment-panels.js']);
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it(`exports under script-src 'self': the picture's chunk on exportImage(), the clip's on exportClip(), no violation`, async () => {
    const { tab, requests, problems, violations } = await open('/plain.html');
    await tab.waitForFunction(() => document.querySelector('jak-stat-explorer')?.shadowRoot?.querySelector('.counter')?.textContent);
    const picture = await tab.evaluate(async () => {
      const widget = document.querySelector('jak-stat-explorer') as unknown as { exportImage(): Promise<Blob>; rendererReady: Promise<void> };
      await widget.rendererReady;
      const png = await widget.exportImage();
      const bitmap = await createImageBitmap(png);
      return { type: png.type, width: bitmap.width };
    });
    expect(picture.type).toBe('image/png');
    expect(picture.width).toBeGreaterThanOrEqual(1280);
    expect(requests.filter((r) => r.startsWith('/chunks/'))).toEqual(['/chunks/export-image.js']);
    const clip = await tab.evaluate(async () => {
      const widget = document.querySelector('jak-stat-explorer') as unknown as { exportClip(o: object): Promise<{ video: Blob; captions: string; mimeType: string }> };
      const { video, captions, mimeType } = await widget.exportClip({ from: 1, to: 1, fps: 5, width: 320 });
      return { size: video.size, mimeType, vtt: captions.startsWith('WEBVTT') };
    });
    expect(clip.size).toBeGreaterThan(100);
    expect(clip.mimeType).toMatch(/^video\/(mp4|webm)/);
    expect(clip.vtt).toBe(true);
    expect(requests.filter((r) => r.startsWith('/chunks/'))).toEqual(['/chunks/export-image.js', '/chunks/export-clip.js']);
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await tab.close();
  });
});
