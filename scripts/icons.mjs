#!/usr/bin/env node
// `npm run icons`: renders the app icons in assets/ from their source art, assets/icon.svg, in headless
// Chromium (the browser the tests use, so no image library is needed). Writes icon-192.png, icon-512.png,
// icon-maskable-512.png (the same full-bleed art: everything that matters sits in the central 80% circle that
// a maskable icon keeps) and apple-touch-icon.png (180 px). Rerun it after editing the SVG, and commit the PNGs.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { ensureChromium } from './ensure-chromium.mjs';
import { chromiumLaunchOptions } from './chromium-launch.mjs';

const assets = resolve(import.meta.dirname, '..', 'assets');
const svg = readFileSync(join(assets, 'icon.svg'), 'utf8');
const OUTPUTS = [
  ['icon-192.png', 192],
  ['icon-512.png', 512],
  ['icon-maskable-512.png', 512],
  ['apple-touch-icon.png', 180],
];

const browser = await chromium.launch(chromiumLaunchOptions(ensureChromium()));
try {
  for (const [file, size] of OUTPUTS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: join(assets, file), clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`wrote assets/${file} (${size} × ${size})`);
  }
} finally {
  await browser.close();
}
