#!/usr/bin/env node
// `npm run size`, after `npm run build`: the gzipped size of the embed build (its core module, which a page
// always loads; the lazy chunks and language modules beside it, loaded only when a widget needs them; and all
// of them together) and of the JS the app page loads, against their budgets. Prints a table and the core's
// largest parts; exits 1 when anything is over budget (CI runs it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileSize, totalSize } from './gzip-size.mjs';

const KiB = 1024;
/**
 * Budgets in gzipped bytes. The core is what every page with a widget loads before its first frame; the widget
 * total is everything a widget may load while it is used (core, every lazy part, every language), so that moving
 * code out of the core into chunks cannot hide growth. The export tools (pictures and video clips, with the video
 * muxer) load only when someone saves a picture or clip, and have a budget of their own.
 */
const BUDGETS = { core: 175 * KiB, embedTotal: 200 * KiB, exportTools: 60 * KiB, app: 190 * KiB };
/** Lazy chunks of the export tools (src/ui/export/), counted apart from what a widget loads in use. */
const isExportTool = (path) => /^export-/.test(path.split(/[\\/]/).pop());

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

/** The JavaScript files of a folder of the embed build (none if it is missing). */
const jsIn = (folder) => {
  const dir = join(dist, folder);
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.js')).sort().map((name) => join(dir, name)) : [];
};
const allChunks = jsIn('chunks');
const chunks = allChunks.filter((path) => !isExportTool(path));
const exportChunks = allChunks.filter(isExportTool);
const locales = jsIn('locales');
const appScripts = appPageScripts();
const rows = [
  { what: 'Embed core dist/jak-stat-explorer.js (English included)', size: fileSize(embedPath), budget: BUDGETS.core },
  ...chunks.map((path) => ({ what: `  lazy chunk ${relative(dist, path)} (on demand)`, size: fileSize(path) })),
  ...locales.map((path) => ({ what: `  language ${relative(dist, path)} (on demand)`, size: fileSize(path) })),
  { what: `Embed widget in total (core, lazy parts: ${chunks.length}, languages: ${locales.length})`, size: totalSize([embedPath, ...chunks, ...locales]), budget: BUDGETS.embedTotal },
  ...exportChunks.map((path) => ({ what: `  export tool ${relative(dist, path)} (on demand)`, size: fileSize(path) })),
  { what: `Export tools in total (${exportChunks.length} chunks, loaded when a picture or clip is saved)`, size: totalSize(exportChunks), budget: BUDGETS.exportTools },
  { what: `JS loaded by the app page dist/index.html (${appScripts.length} files)`, size: totalSize(appScripts), budget: BUDGETS.app },
];

const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;
const table = [
  ['', 'minified', 'gzip -9', 'budget (gzip)', ''],
  ...rows.map(({ what, size, budget }) => [what, kib(size.min), kib(size.gzip), budget ? `≤ ${kib(budget)}` : '', budget === undefined ? '' : size.gzip <= budget ? `ok, ${kib(budget - size.gzip)} to spare` : `OVER by ${size.gzip - budget} bytes`]),
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

const over = rows.filter(({ size, budget }) => budget !== undefined && size.gzip > budget);
if (over.length > 0) {
  console.error(`\nSize budget exceeded: ${over.map(({ what }) => what).join('; ')}.`);
  process.exit(1);
}
