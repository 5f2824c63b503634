#!/usr/bin/env node
// The long fuzz run: `npm run fuzz [-- --seed N --actions N --exclude word,word --shrink]`.
// Serves tests/browser/fuzz/long-run.html from the Vite dev server (in-process), drives it in headless Chromium
// with the same action catalogue and invariants as tests/browser/fuzz.test.ts, prints a summary table and exits
// 1 on any violation.
import { createServer } from 'vite';
import { chromium } from 'playwright';

const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
};
const seed = Number(option('seed', process.env.FUZZ_SEED ?? Date.now() % 2 ** 31));
const actions = Number(option('actions', process.env.FUZZ_ACTIONS ?? 9000));
const exclude = String(option('exclude', process.env.FUZZ_EXCLUDE ?? '')).split(',').filter(Boolean);
// `--shrink` cuts the actions up to the first violation of each invariant down to a short reproduction.
const shrink = process.argv.includes('--shrink');

// No HMR: editing a file during a long run must not reload the page under test.
const server = await createServer({ server: { port: 5191, strictPort: false, hmr: false, watch: null }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls?.local[0] ?? 'http://localhost:5191/';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});
let failed = true;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const crashes = [];
  page.on('pageerror', (error) => crashes.push(error.message));
  page.on('crash', () => crashes.push('the page crashed'));
  const started = Date.now();
  await page.exposeFunction('fuzzProgress', (done, violations) => {
    console.log(`  ${String(done).padStart(6)} actions, ${violations} violations, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  });
  await page.goto(new URL('tests/browser/fuzz/long-run.html', base).href);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  console.log(`fuzz: seed ${seed}, ${actions} actions, three widgets${exclude.length ? `, excluding ${exclude.join(', ')}` : ''}`);
  const { result, report } = await page.evaluate(
    (options) => window.fuzz.run(options),
    { seed, count: actions, exclude, progressEvery: 500 },
  );
  console.log(`\n${report}\n`);
  console.log('summary');
  const rows = [
    ['actions', result.actions],
    ['violations', Object.values(result.counts).reduce((a, b) => a + b, 0)],
    ...Object.entries(result.counts).sort((a, b) => b[1] - a[1]).map(([name, n]) => [`  ${name}`, n]),
    ['page errors', result.pageErrors],
    ['console errors', result.consoleErrors],
    ['unhandled rejections', result.rejections],
    ['page errors seen by Playwright', crashes.length],
    ['seconds', (result.milliseconds / 1000).toFixed(1)],
  ];
  for (const [name, value] of rows) console.log(`${String(name).padEnd(32)} ${value}`);
  if (shrink) {
    for (const invariant of Object.keys(result.counts)) {
      const first = result.violations.find((v) => v.invariant === invariant);
      if (!first || first.action < 0) continue;
      const steps = await page.evaluate((options) => window.fuzz.shrink(options), { seed, count: actions, exclude, invariant, upTo: first.action });
      console.log(`\nreproduction of ${invariant} (${steps.length} actions):\n  ${steps.join('\n  ')}`);
    }
  }
  console.log(`\nreplay: npm run fuzz -- --seed ${seed} --actions ${actions}${exclude.length ? ` --exclude ${exclude.join(',')}` : ''}`);
  failed = Object.keys(result.counts).length > 0 || crashes.length > 0;
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
