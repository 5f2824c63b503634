#!/usr/bin/env node
// Checks the built app (dist/) the way a new user would meet it, in headless Chromium: it renders, steps,
// obeys the keyboard, survives bad attribute values, breaks no CSP rule and requests nothing from any other
// origin. Run `npm run build` first; then `npm run verify:build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import { chromium } from 'playwright';
import { ensureChromium } from './ensure-chromium.mjs';
import { chromiumLaunchOptions } from './chromium-launch.mjs';

const server = await preview({ preview: { port: 4199, strictPort: false }, logLevel: 'error' });
const origin = new URL(server.resolvedUrls.local[0]).origin;
const browser = await chromium.launch(chromiumLaunchOptions(ensureChromium()));
const failures = [];
const check = (ok, what) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failures.push(what); };

// The app is an offline app with a service worker; the embed module goes into other people's pages, where a
// service worker of ours would take over their origin: none of its files may register one.
/** Every .js file under a folder of dist/, recursively (none if it is missing). */
const jsFiles = (dir) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.js')).map((name) => join(dir, String(name))) : []);
const embedFiles = ['dist/jak-stat-explorer.js', ...jsFiles('dist/chunks'), ...jsFiles('dist/locales'), ...jsFiles('dist/esm')];
const registering = embedFiles.filter((file) => /serviceWorker\s*\.\s*register/.test(readFileSync(file, 'utf8')));
check(embedFiles.length > 3 && registering.length === 0, `embed build (${embedFiles.length} files): ${registering.length ? `registers a service worker in ${registering.join(', ')}` : 'registers no service worker'}`);
check(existsSync('dist/sw.js') && existsSync('dist/manifest.webmanifest'), 'app build: dist/sw.js and dist/manifest.webmanifest written');
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const foreign = [];
  const pageErrors = [];
  page.on('request', (request) => { if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url()); });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.addInitScript(() => {
    /** Sampled colour count and a hash of a canvas's pixels: is it drawn, and is it the same picture? */
    window.__fingerprint = (canvas) => {
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      const colours = new Set();
      let hash = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (i % 64 === 0) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        hash = (Math.imul(hash, 31) + data[i] + data[i + 1] * 3 + data[i + 2] * 7) | 0;
      }
      return { colours: colours.size, hash };
    };
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => document.querySelector('jak-stat-explorer')?.shadowRoot?.querySelector('canvas')?.width > 300);
  await page.evaluate(() => document.querySelector('jak-stat-explorer').rendererReady);
  const stepCount = await page.evaluate(() => document.querySelector('jak-stat-explorer').stepCount);
  check(stepCount >= 12, `stepCount = ${stepCount} (≥ 12)`);

  const fingerprints = [];
  for (let step = 1; step <= stepCount; step++) {
    const reading = await page.evaluate(async (n) => {
      const el = document.querySelector('jak-stat-explorer');
      el.goToStep(n);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const canvas = el.shadowRoot.querySelector('canvas');
      return window.__fingerprint(canvas);
    }, step);
    fingerprints.push(reading.hash);
    check(reading.colours > 40, `step ${step}: ${reading.colours} sampled colours (non-blank)`);
  }
  check(new Set(fingerprints).size === stepCount, `all ${stepCount} steps render different pixels`);

  const nextResult = await page.evaluate(async () => {
    const el = document.querySelector('jak-stat-explorer');
    el.goToStep(1);
    await el.updateComplete;
    const before = el.shadowRoot.querySelector('.text').textContent;
    const events = [];
    el.addEventListener('step-change', (e) => events.push(e.detail.step));
    el.next();
    await el.updateComplete;
    return { step: el.step, changed: el.shadowRoot.querySelector('.text').textContent !== before, events };
  });
  check(nextResult.step === 2 && nextResult.changed && nextResult.events.join() === '2', `next() from 1: step ${nextResult.step}, new narration ${nextResult.changed}, step-change events [${nextResult.events}]`);

  const attrStep = await page.evaluate(async () => {
    const el = document.querySelector('jak-stat-explorer');
    el.setAttribute('step', '7');
    await el.updateComplete;
    return [el.step, el.shadowRoot.querySelector('.counter').textContent.trim()];
  });
  check(attrStep[0] === 7 && attrStep[1].startsWith('Step 7 of'), `step="7" shows "${attrStep[1]}"`);

  await page.evaluate(() => document.querySelector('jak-stat-explorer').focus());
  await page.keyboard.press('ArrowRight');
  const afterKey = await page.evaluate(() => document.querySelector('jak-stat-explorer').step);
  check(afterKey === 8, `Right arrow on the focused widget: step ${afterKey}`);
  check(page.url().includes('step=8'), `URL hash follows: ${new URL(page.url()).hash}`);

  for (const [name, value] of [['step', 'abc'], ['step', '-4'], ['step', '999'], ['speed', '0']]) {
    await page.evaluate(([n, v]) => document.querySelector('jak-stat-explorer').setAttribute(n, v), [name, value]);
  }
  const stillWorks = await page.evaluate(async () => {
    const el = document.querySelector('jak-stat-explorer');
    await el.updateComplete;
    el.next();
    return el.step;
  });
  check(stillWorks === 9, `bad values refused, widget still steps (now ${stillWorks})`);

  const reloaded = await browser.newPage();
  await reloaded.goto(`${origin}/#scene=il13&step=5`);
  await reloaded.waitForFunction(() => document.querySelector('jak-stat-explorer')?.step === 5);
  check(true, 'hash #scene=il13&step=5 restores step 5 on load');
  await reloaded.close();

  for (const scene of ['il13', 'il4', 'il31', 'il22', 'tslp', 'ifng']) {
    const result = await page.evaluate(async (id) => {
      const el = document.querySelector('jak-stat-explorer');
      el.setAttribute('scene', id);
      await el.updateComplete;
      const hashes = [];
      let minColours = Infinity;
      for (let n = 1; n <= el.stepCount; n++) {
        el.goToStep(n);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const canvas = el.shadowRoot.querySelector('canvas');
        const { colours, hash } = window.__fingerprint(canvas);
        hashes.push(hash);
        minColours = Math.min(minColours, colours);
      }
      return { scene: el.scene, steps: el.stepCount, distinct: new Set(hashes).size, minColours };
    }, scene);
    check(result.scene === scene && result.steps >= 12 && result.distinct === result.steps && result.minColours > 40,
      `scene ${scene}: ${result.steps} steps, ${result.distinct} distinct frames, ≥ ${result.minColours} colours`);
  }

  for (const drug of ['abrocitinib', 'upadacitinib', 'ruxolitinib']) {
    const result = await page.evaluate(async (d) => {
      const el = document.querySelector('jak-stat-explorer');
      el.setAttribute('scene', 'il13');
      el.setAttribute('drug', d);
      el.setAttribute('exposure', '10');
      await el.updateComplete;
      el.goToStep(4);
      await el.updateComplete;
      // The drug's panels and plot come from a module loaded on demand (a chunk beside the app's script).
      const panels = ['.occupancy', '.dose-response', '.facts'].every((selector) => el.shadowRoot.querySelector(selector));
      return { text: el.shadowRoot.querySelector('.text').textContent, panels };
    }, drug);
    // The featured pair holds the drug in JAK1's pocket; the cell's remaining signal is said as a figure.
    check(/sits in the ATP pocket of JAK1/.test(result.text) && /\d+% of the usual signal/.test(result.text), `${drug} on il13, step 4: "${result.text.slice(0, 90)}…"`);
    check(result.panels, `${drug}: occupancy panel, dose-response plot and facts card shown (loaded on demand)`);
  }
  const compare = await page.evaluate(async () => {
    const el = document.querySelector('jak-stat-explorer');
    el.setAttribute('compare', '');
    await el.updateComplete;
    await el.rendererReady;
    return el.shadowRoot.querySelectorAll('canvas').length;
  });
  check(compare === 2, `compare mode shows ${compare} runs side by side`);

  const violations = await page.evaluate(() => window.__cspViolations);
  check(violations.length === 0, `CSP violations: ${violations.length ? violations.join(', ') : 'none'}`);
  check(pageErrors.length === 0, `page errors: ${pageErrors.length ? pageErrors.join(' | ') : 'none'}`);
  check(foreign.length === 0, `requests to other origins: ${foreign.length ? foreign.join(', ') : 'none'}`);
} finally {
  await browser.close();
  server.httpServer.close();
}
console.log(failures.length ? `\n${failures.length} check(s) failed` : '\nall checks passed');
process.exit(failures.length ? 1 : 0);
