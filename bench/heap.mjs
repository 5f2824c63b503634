// The memory figures of issue 11: JS heap growth after many widgets come and go (one widget staying, or none),
// and after many scene, drug, compare and language changes on one widget. Each is measured as a page would
// feel it: warm up (every kind of cycle, on the same page), force GC, take a baseline, run 200 cycles, wait a
// moment (well under 5 s: nothing may wait for Pixi's periodic clean-up), force GC three times, measure again.
// The five cases with one widget staying run one after another on one page, each with its own baseline. Used by bench/run.mjs and
// bench/heap-run.mjs.

/** Cycles measured, after the warm-up. */
export const HEAP_CYCLES = Number(process.env.HEAP_CYCLES ?? 200);
/**
 * Cycles of each kind run first. V8 goes on optimising the code that builds and frees pictures for a long time:
 * after 10 cycles, the next 200 still added about 1 MiB of optimised code; after 50, about 0.8 MiB (the heap
 * snapshot diff names it: compiled code, not objects of removed widgets); after 100, the one-widget-stays case
 * measured +0.48 MiB.
 */
export const HEAP_WARM_UP = Number(process.env.HEAP_WARM_UP ?? 100);
/** How long after the last cycle the heap is measured (the issue allows up to 5 s). */
const SETTLE_MS = 1000;
/** The target for every case, in MiB. */
export const HEAP_TARGET_MIB = 0.5;

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>heap</title>
<style>body { margin: 0; } jak-stat-explorer { display: block; width: 800px; }</style></head>
<body>${body}<script type="module" src="/jak-stat-explorer.js"></script></body></html>`;

/** Pages this module needs, for run.mjs to serve beside its own. */
export const HEAP_PAGES = {
  '/heap-one.html': page('<jak-stat-explorer id="stays" scene="il4"></jak-stat-explorer>'),
  '/heap-empty.html': page(''),
};

/** Forced GC (three passes: finalizers and weak maps free more on each), then the used JS heap in bytes. */
async function heapBytes(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * In the page: defines `window.__heap`, the cycles measured. Each waits until what it changed is drawn
 * (two animation frames after the update and the renderer), so every cycle builds and draws its picture.
 */
function installCycles() {
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const settle = async (el) => {
    await el.updateComplete;
    await el.rendererReady;
    await frames();
    await el.updateComplete;
  };
  const stays = () => document.getElementById('stays');
  const scenes = ['il13', 'il4', 'il31', 'il22', 'tslp', 'ifng'];
  const drugs = ['abrocitinib', 'upadacitinib', 'ruxolitinib', 'none'];
  window.__heap = {
    /** A widget mounted, drawn and removed. */
    async mount(n) {
      for (let i = 0; i < n; i++) {
        const el = document.createElement('jak-stat-explorer');
        el.setAttribute('scene', scenes[i % scenes.length]);
        document.body.append(el);
        await settle(el);
        el.remove();
        // The stage lets go one microtask after the removal (a widget being moved keeps its pictures).
        await frames();
      }
    },
    /** Compare on, then off. */
    async compare(n) {
      const el = stays();
      for (let i = 0; i < n; i++) {
        el.setAttribute('drug', 'abrocitinib');
        el.compare = true;
        await settle(el);
        el.compare = false;
        el.setAttribute('drug', 'none');
        await settle(el);
      }
    },
    /** One scene after another, ending each round where it started. */
    async scene(n) {
      const el = stays();
      for (let i = 0; i < n; i++) {
        el.setAttribute('scene', scenes[(i + 2) % scenes.length]);
        await settle(el);
      }
      el.setAttribute('scene', 'il4');
      await settle(el);
    },
    /** One drug after another, ending with none. */
    async drug(n) {
      const el = stays();
      for (let i = 0; i < n; i++) {
        el.setAttribute('drug', drugs[i % drugs.length]);
        await settle(el);
      }
      el.setAttribute('drug', 'none');
      await settle(el);
    },
    /** Spanish, then English again. */
    async language(n) {
      const el = stays();
      for (let i = 0; i < n; i++) {
        el.setAttribute('lang', 'es');
        await settle(el);
        el.removeAttribute('lang');
        await settle(el);
      }
    },
  };
}

/**
 * Runs cycles of `cycle` on an open page: baseline (forced GC), `HEAP_CYCLES` cycles, settle, forced GC, measure.
 * @returns {Promise<number>} growth in MiB
 */
async function growth(page, cdp, cycle) {
  const before = await heapBytes(cdp);
  await page.evaluate(([cycle, n]) => window.__heap[cycle](n), [cycle, HEAP_CYCLES]);
  await page.waitForTimeout(SETTLE_MS);
  const after = await heapBytes(cdp);
  return (after - before) / 2 ** 20;
}

/**
 * Warms a page up with `HEAP_WARM_UP` cycles of each kind: the engine compiles and optimises the code that builds
 * and frees pictures over the first cycles of any kind (V8's optimised code is hundreds of KiB), and the
 * caches and pools made once per page fill; neither is what a widget holds.
 */
async function warmUp(page, cycles) {
  for (const cycle of cycles) await page.evaluate(([cycle, n]) => window.__heap[cycle](n), [cycle, HEAP_WARM_UP]);
}

/** Opens one of HEAP_PAGES with the cycles installed and a DevTools session. */
export async function openHeapPage(browser, origin, path) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(origin + path);
  await page.waitForFunction(() => customElements.get('jak-stat-explorer'));
  await page.evaluate(installCycles);
  const stays = await page.$('#stays');
  if (stays) await stays.evaluate((el) => el.rendererReady);
  const cdp = await page.context().newCDPSession(page);
  return { page, cdp };
}

/**
 * Measures every heap case on the build served at `origin` (HEAP_PAGES must be served there).
 * @param {{ browser: import('playwright').Browser, origin: string }} options
 * @returns {Promise<{ oneStays: { growthMiB: number }, changes: { compareMiB: number, sceneMiB: number, drugMiB: number, languageMiB: number }, empty: { growthMiB: number } }>}
 */
export async function measureHeap({ browser, origin }) {
  const changes = ['compare', 'scene', 'drug', 'language'];
  const one = await openHeapPage(browser, origin, '/heap-one.html');
  const results = { oneStays: {}, changes: {}, empty: {} };
  try {
    await warmUp(one.page, ['mount', ...changes]);
    results.oneStays.growthMiB = await growth(one.page, one.cdp, 'mount');
    for (const cycle of changes) results.changes[`${cycle}MiB`] = await growth(one.page, one.cdp, cycle);
  } finally {
    await one.page.close();
  }
  const empty = await openHeapPage(browser, origin, '/heap-empty.html');
  try {
    await warmUp(empty.page, ['mount']);
    results.empty.growthMiB = await growth(empty.page, empty.cdp, 'mount');
  } finally {
    await empty.page.close();
  }
  return results;
}
