#!/usr/bin/env node
// `npm run size`, after `npm run build`: the gzipped size of the embed module and of the JS the app page loads,
// against their budgets. Prints a table and the embed module's largest parts; exits 1 when either is over
// budget (CI runs it).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileSize, totalSize } from './gzip-size.mjs';

const KiB = 1024;
/** Budgets in gzipped bytes. */
const BUDGETS = { embed: 190 * KiB, app: 190 * KiB };

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const embedPath = join(dist, 'jak-stat-explorer.js');
const appPage = join(dist, 'index.html');
for (const path of [embedPath, appPage]) {
  if (!existsSync(path)) {
    console.error(`${relative(root, path)} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

/**
 * The JS the built app page loads before it runs: its module scripts and modulepreloads, and every module they
 * import statically, transitively. Chunks behind a dynamic import() (loaded only when asked for) are not counted.
 */
function appPageScripts() {
  const html = readFileSync(appPage, 'utf8');
  const entries = [
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((match) => resolve(dist, match[1]));
  const found = new Set();
  const visit = (path) => {
    if (found.has(path)) return;
    found.add(path);
    const code = readFileSync(path, 'utf8');
    // Static `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"`; not `import("./x.js")`.
    for (const match of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      visit(resolve(dirname(path), match[1]));
    }
  };
  entries.forEach(visit);
  return [...found];
}

const appScripts = appPageScripts();
const rows = [
  { what: 'Embed module dist/jak-stat-explorer.js', size: fileSize(embedPath), budget: BUDGETS.embed },
  { what: `JS loaded by the app page dist/index.html (${appScripts.length} files)`, size: totalSize(appScripts), budget: BUDGETS.app },
];

const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;
const table = [
  ['', 'minified', 'gzip -9', 'budget (gzip)', ''],
  ...rows.map(({ what, size, budget }) => [what, kib(size.min), kib(size.gzip), `≤ ${kib(budget)}`, size.gzip <= budget ? `ok, ${kib(budget - size.gzip)} to spare` : `OVER by ${size.gzip - budget} bytes`]),
];
const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
for (const row of table) console.log(row.map((text, column) => (column === 0 ? text.padEnd(widths[column]) : text.padStart(widths[column]))).join('  ').trimEnd());
for (const path of appScripts) console.log(`  ${relative(root, path)}`);

// What the embed module is made of, from its source map (scripts/size-breakdown.mjs; more with --modules there).
try {
  const { breakdown, breakdownTable } = await import('./size-breakdown.mjs');
  const parts = breakdown(embedPath);
  if (parts) {
    console.log(`\nLargest parts of ${relative(root, embedPath)} (gzip share estimated per part):`);
    for (const line of breakdownTable(parts, 12)) console.log(`  ${line}`);
  }
} catch (error) {
  console.log(`\n(No breakdown of the embed module: ${error.message})`);
}

const over = rows.filter(({ size, budget }) => size.gzip > budget);
if (over.length > 0) {
  console.error(`\nSize budget exceeded: ${over.map(({ what }) => what).join('; ')}.`);
  process.exit(1);
}
