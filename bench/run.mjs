#!/usr/bin/env node
// `npm run bench`: measures the production build in the system Chromium and prints a table; writes
// bench/results.json. Each figure is the median of several runs (these machines are shared and noisy).
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, extname } from 'node:path';
import { execSync } from 'node:child_process';
import { chromium } from 'playwright';
import { ensureChromium } from '../scripts/ensure-chromium.mjs';
import { fileSize, totalSize } from '../scripts/gzip-size.mjs';
import { chromiumLaunchOptions } from '../scripts/chromium-launch.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const started = Date.now();

if (!process.argv.includes('--no-build') || !existsSync(join(dist, 'jak-stat-explorer.js'))) {
  console.log('building (vite build, app and embed module)…');
  execSync('npx vite build --logLevel error && npx vite build -c vite.lib.config.ts --logLevel error', { cwd: root, stdio: 'inherit' });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

// Pages the benchmark needs, served beside the build: one widget at an exact size, and 24 widgets.
const widgetPage = (width, count) => `<!doctype html><html><head><meta charset="utf-8"><title>bench</title>
<link rel="stylesheet" href="/bench.css"></head><body class="w${width}">
${Array.from({ length: count }, (_, i) => `<jak-stat-explorer scene="${['il13', 'il4', 'il31', 'il22', 'tslp', 'ifng'][i % 6]}"></jak-stat-explorer>`).join('')}
<script type="module" src="/jak-stat-explorer.js"></script></body></html>`;
const benchCss = `body { margin: 0; } body.w1280 jak-stat-explorer { width: 1282px; }
body.w375 jak-stat-explorer { width: 375px; } body.w300 { display: grid; grid-template-columns: repeat(4, 300px); gap: 2px; }
body.w300 jak-stat-explorer { width: 300px; }`;
const pages = {
  '/bench-1280.html': widgetPage(1280, 1),
  '/bench-375.html': widgetPage(375, 1),
  '/bench-24.html': widgetPage(300, 24),
  '/bench-empty.html': '<!doctype html><html><head><meta charset="utf-8"></head><body><script type="module" src="/jak-stat-explorer.js"></script></body></html>',
  '/bench.css': benchCss,
};
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  const body = pages[path] ?? (existsSync(join(dist, path)) && !path.endsWith('/') ? readFileSync(join(dist, path)) : undefined);
  if (body === undefined) return response.writeHead(404).end();
  response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(chromiumLaunchOptions(ensureChromium()));

/** Opens a page and waits for every widget's first frame. */
async function open(path, viewport, deviceScaleFactor = 1) {
  const page = await browser.newPage({ viewport, deviceScaleFactor });
  const scripts = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
  });
  await page.goto(origin + path);
  await page.waitForFunction(() => {
    const element = customElements.get('jak-stat-explorer');
    return element && element.framesDrawn >= document.querySelectorAll('jak-stat-explorer').length;
  }, undefined, { timeout: 30_000 });
  return { page, scripts };
}

/** Frame intervals (ms) from requestAnimationFrame while `start` runs the animation, for `ms`. */
function frameIntervals(page, busiestStep, ms, all) {
  return page.evaluate(async ({ busiestStep, ms, all }) => {
    const widgets = [...document.querySelectorAll('jak-stat-explorer')];
    // Every widget measured plays the busiest step at once.
    for (const w of all ? widgets : widgets.slice(0, 1)) {
      w.speed = 1;
      w.goToStep(busiestStep - 1);
      w.next();
    }
    const stamps = [];
    await new Promise((resolve) => {
      const t0 = performance.now();
      const tick = (t) => { stamps.push(t); if (t - t0 < ms) requestAnimationFrame(tick); else resolve(); };
      requestAnimationFrame(tick);
    });
    for (const w of widgets) w.pause();
    return stamps.slice(1).map((t, i) => t - stamps[i]);
  }, { busiestStep, ms, all });
}

/** Frames drawn per second by all widgets while every widget is paused and idle. */
function pausedFps(page) {
  return page.evaluate(async () => {
    const E = customElements.get('jak-stat-explorer');
    document.querySelectorAll('jak-stat-explorer').forEach((w) => w.pause());
    await new Promise((r) => setTimeout(r, 300));
    const start = E.framesDrawn;
    await new Promise((r) => setTimeout(r, 2000));
    return (E.framesDrawn - start) / 2;
  });
}

// The busiest step: the one with the most movements in the default scene (from the model, not guessed).
const busiest = await (async () => {
  const page = await browser.newPage();
  await page.goto(origin + '/bench-empty.html');
  await page.waitForFunction(() => customElements.get('jak-stat-explorer'));
  const result = await page.evaluate(async () => {
    const { planScene, loadScene, SCENES } = await import('/jak-stat-explorer.js');
    const plan = planScene(loadScene(SCENES.il13));
    // Among the steps Next can play (the first step is the cell fading in on load).
    let best = plan.steps[1];
    for (const step of plan.steps.slice(1)) if (step.beats.length > best.beats.length) best = step;
    return { step: best.index + 1, id: best.id, beats: best.beats.length, seconds: best.duration };
  });
  await page.close();
  return result;
})();

const runs = [];
for (let run = 0; run < RUNS; run++) {
  const r = {};
  {
    // The classroom app as a visitor opens it: what it loads, and when its first frame is painted.
    const { page, scripts } = await open('/index.html', { width: 1280, height: 900 });
    r.firstFrameMs = await page.evaluate(() => performance.getEntriesByName('jak-stat-explorer:first-frame')[0]?.startTime);
    r.scripts = scripts;
    await page.close();
  }
  {
    const { page } = await open('/bench-1280.html', { width: 1300, height: 1100 });
    r.canvas1280 = await page.evaluate(() => { const c = document.querySelector('jak-stat-explorer').shadowRoot.querySelector('canvas'); return `${c.width}×${c.height}`; });
    const intervals = await frameIntervals(page, busiest.step, Math.min(3000, busiest.seconds * 1000), false);
    r.busy1280 = { median: median(intervals), p95: percentile(intervals, 95) };
    r.paused1280 = await pausedFps(page);
    await page.close();
  }
  {
    const { page } = await open('/bench-375.html', { width: 375, height: 667 }, 2);
    const intervals = await frameIntervals(page, busiest.step, Math.min(3000, busiest.seconds * 1000), false);
    r.busy375 = { median: median(intervals), p95: percentile(intervals, 95) };
    await page.close();
  }
  {
    const { page } = await open('/bench-24.html', { width: 1220, height: 6000 });
    r.firstFrame24Ms = await page.evaluate(() => performance.getEntriesByName('jak-stat-explorer:first-frame')[0]?.startTime);
    const E = await page.evaluateHandle(() => customElements.get('jak-stat-explorer'));
    const before = await E.evaluate((e) => e.framesDrawn);
    const seconds = Math.min(3, busiest.seconds);
    const intervals = await frameIntervals(page, busiest.step, seconds * 1000, true);
    const drawn = (await E.evaluate((e) => e.framesDrawn)) - before;
    r.busy24 = { median: median(intervals), p95: percentile(intervals, 95), fps: 1000 / median(intervals), framesPerWidgetPerSecond: drawn / 24 / seconds };
    r.paused24 = await pausedFps(page);
    await page.close();
  }
  {
    const { page } = await open('/bench-empty.html', { width: 1000, height: 800 });
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const cycle = (n) => page.evaluate(async (n) => {
      for (let i = 0; i < n; i++) {
        const el = document.createElement('jak-stat-explorer');
        el.style.width = '800px';
        document.body.append(el);
        await el.updateComplete;
        await el.rendererReady;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        el.remove();
      }
    }, n);
    // Warm up: the shared renderer, Pixi's object pools, caches and the JIT settle before the baseline.
    await cycle(10);
    const start = await heap();
    await cycle(100);
    const end = await heap();
    r.heap = { startMiB: start / 2 ** 20, endMiB: end / 2 ** 20, growthMiB: (end - start) / 2 ** 20 };
    await page.close();
  }
  runs.push(r);
  console.log(`run ${run + 1}/${RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
await browser.close();
server.close();

const pick = (f) => median(runs.map(f));
const pageScripts = [...new Set(runs[0].scripts)];
const loaded = totalSize(pageScripts.map((path) => join(dist, path)));
const embed = fileSize(join(dist, 'jak-stat-explorer.js'));
const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  renderer: 'Pixi Canvas2D (shared)',
  busiestStep: busiest,
  jsLoaded: { files: pageScripts, minKiB: loaded.min / 1024, gzipKiB: loaded.gzip / 1024 },
  embedModule: { minKiB: embed.min / 1024, gzipKiB: embed.gzip / 1024 },
  firstFrameMs: pick((r) => r.firstFrameMs),
  busiest1280: { canvas: runs[0].canvas1280, medianMs: pick((r) => r.busy1280.median), p95Ms: pick((r) => r.busy1280.p95) },
  busiest375dpr2: { medianMs: pick((r) => r.busy375.median), p95Ms: pick((r) => r.busy375.p95) },
  pausedFps: pick((r) => r.paused1280),
  widgets24: {
    firstFrameMs: pick((r) => r.firstFrame24Ms),
    medianMs: pick((r) => r.busy24.median),
    p95Ms: pick((r) => r.busy24.p95),
    fps: pick((r) => r.busy24.fps),
    framesPerWidgetPerSecond: pick((r) => r.busy24.framesPerWidgetPerSecond),
    pausedFps: pick((r) => r.paused24),
  },
  heapAfter100Cycles: {
    startMiB: pick((r) => r.heap.startMiB),
    endMiB: pick((r) => r.heap.endMiB),
    growthMiB: pick((r) => r.heap.growthMiB),
  },
  seconds: (Date.now() - started) / 1000,
};
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

const f = (n, d = 1) => (n === undefined ? 'n/a' : n.toFixed(d));
const rows = [
  ['JS loaded by the app page index.html (min / gzip)', `${f(results.jsLoaded.minKiB)} / ${f(results.jsLoaded.gzipKiB)} KiB`, '≤ 190 KiB gzip'],
  ['Embed module dist/jak-stat-explorer.js (min / gzip)', `${f(results.embedModule.minKiB)} / ${f(results.embedModule.gzipKiB)} KiB`, '≤ 190 KiB gzip'],
  ['Navigation → first painted frame', `${f(results.firstFrameMs, 0)} ms`, '≤ 500 ms'],
  [`Busiest step (${busiest.id}, ${busiest.beats} moves) at 1280×720 DPR 1: median / p95 frame interval`, `${f(results.busiest1280.medianMs)} / ${f(results.busiest1280.p95Ms)} ms`, 'median ≤ 17 ms'],
  ['Busiest step at 375×667 DPR 2: median / p95 frame interval', `${f(results.busiest375dpr2.medianMs)} / ${f(results.busiest375dpr2.p95Ms)} ms`, ''],
  ['Frames drawn per second while paused', f(results.pausedFps), '0'],
  ['24 widgets: first frame', `${f(results.widgets24.firstFrameMs, 0)} ms`, ''],
  ['24 widgets all playing the busiest step: median / p95 frame interval (fps)', `${f(results.widgets24.medianMs)} / ${f(results.widgets24.p95Ms)} ms (${f(results.widgets24.fps)} fps)`, '≥ 30 fps'],
  ['24 widgets all playing: frames drawn per widget per second', f(results.widgets24.framesPerWidgetPerSecond), ''],
  ['24 widgets paused: frames drawn per second', f(results.widgets24.pausedFps), '0'],
  ['JS heap after 100 mount/unmount cycles (growth)', `${f(results.heapAfter100Cycles.startMiB, 2)} → ${f(results.heapAfter100Cycles.endMiB, 2)} MiB (${f(results.heapAfter100Cycles.growthMiB, 2)})`, '≤ 1 MiB growth'],
];
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
console.log(`\nJAK-STAT Explorer benchmark — medians of ${RUNS} runs, headless Chromium (software rendering), ${os()}`);
for (const [name, value, target] of rows) console.log(`${name.padEnd(w0)}  ${value.padEnd(w1)}  ${target}`);
console.log(`\nwrote bench/results.json in ${f(results.seconds, 0)} s`);

function os() {
  return `${process.platform} ${process.arch}, ${(execSync('nproc').toString().trim())} cores`;
}
