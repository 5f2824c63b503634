#!/usr/bin/env node
// Takes the README screenshots of the app in headless Chromium: `node scripts/screenshot.mjs [step]`.
// Writes docs/screenshot.png (1280 wide, the whole cell), docs/screenshot-phone.png (a 375 × 740 phone: the
// portrait stage framing the step's focus), docs/screenshot-compare.png (upadacitinib beside the untreated run,
// at JAK activation, close up) and docs/screenshot-drug.png (abrocitinib at 1× on IL-4, the whole cell: the
// receptor population, the ATP-pocket close-up, the occupancy panel and the dose-response plot).
import { createServer } from 'vite';
import { chromium } from 'playwright';
import { ensureChromium } from './ensure-chromium.mjs';
import { chromiumLaunchOptions } from './chromium-launch.mjs';

const step = process.argv[2] ?? '7';
const server = await createServer({ server: { port: 5190, strictPort: false }, logLevel: 'error' });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://localhost:5190/';
const browser = await chromium.launch(chromiumLaunchOptions(ensureChromium()));
try {
  for (const [file, viewport, scale, hash, wholeCell] of [
    ['docs/screenshot.png', { width: 1280, height: 1000 }, 1, `scene=il13&step=${step}`, true],
    ['docs/screenshot-phone.png', { width: 375, height: 740 }, 2, `scene=il13&step=${step}`, false],
    ['docs/screenshot-compare.png', { width: 1400, height: 1300 }, 1, 'scene=il13&step=4&drug=upadacitinib&exposure=3&compare=1', false],
    ['docs/screenshot-drug.png', { width: 1280, height: 1000 }, 1, 'scene=il4&step=4&drug=abrocitinib&exposure=1', true],
  ]) {
    // Reduced motion: the close-up's cross-fade is caught at rest, not mid-movement.
    const page = await browser.newPage({ viewport, deviceScaleFactor: scale, reducedMotion: 'reduce' });
    await page.goto(`${url}#${hash}`);
    await page.waitForFunction(() => document.querySelector('jak-stat-explorer')?.shadowRoot?.querySelector('canvas')?.width > 300);
    await page.evaluate((whole) => document.querySelector('jak-stat-explorer').toggleAttribute('whole-cell', whole), wholeCell);
    await page.evaluate(() => document.querySelector('jak-stat-explorer').rendererReady);
    await page.waitForTimeout(400);
    await page.locator('jak-stat-explorer').screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
