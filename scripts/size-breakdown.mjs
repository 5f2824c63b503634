#!/usr/bin/env node
// What the embed module is made of: reads dist/jak-stat-explorer.js and its source map and attributes each
// minified byte to the source module it came from. Prints the largest groups (Pixi subsystem, GSAP, Lit,
// valibot, our own folders) with their minified bytes and an estimate of their gzip share (each group's bytes
// gzipped alone, scaled so the groups add up to the file's real gzip size).
// Usage: node scripts/size-breakdown.mjs [file.js] [--modules] [--top N]
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve, relative } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

const args = process.argv.slice(2);
const root = resolve(import.meta.dirname, '..');
const file = resolve(root, args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'dist/jak-stat-explorer.js');
const byModule = args.includes('--modules');
const topIndex = args.indexOf('--top');
const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 30;
if (!existsSync(`${file}.map`)) {
  console.error(`${relative(root, file)}.map is missing: build with sourcemaps first.`);
  process.exit(1);
}

/** The group a source path belongs to: a Pixi subsystem folder, a package, or one of our src folders. */
export function groupOf(source) {
  const path = source.replace(/^(\.\.\/)+/, '').replace(/\\/g, '/');
  let m;
  if ((m = path.match(/node_modules\/pixi\.js\/lib\/(.+?)\/(.+?)\//))) return `pixi.js/${m[1]}/${m[2]}`;
  if ((m = path.match(/node_modules\/pixi\.js\/lib\/([^/]+)/))) return `pixi.js/${m[1]}`;
  if ((m = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/))) return m[1];
  if ((m = path.match(/^src\/(.+)\/[^/]+$/))) return `src/${m[1]}`;
  return path;
}

const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
const lines = code.split('\n');
const mappings = lines.map(() => []);
map.eachMapping((m) => mappings[m.generatedLine - 1]?.push(m), null, SourceMapConsumer.GENERATED_ORDER);

const pieces = new Map(); // key → array of strings
for (let line = 0; line < lines.length; line++) {
  const text = lines[line];
  const list = mappings[line].sort((a, b) => a.generatedColumn - b.generatedColumn);
  let cursor = 0;
  let owner = '[unmapped]';
  const push = (to) => {
    if (to <= cursor) return;
    const key = owner;
    if (!pieces.has(key)) pieces.set(key, []);
    pieces.get(key).push(text.slice(cursor, to));
    cursor = to;
  };
  for (const m of list) {
    push(m.generatedColumn);
    owner = m.source ?? '[unmapped]';
  }
  push(text.length + 1);
}

const groups = new Map();
for (const [source, parts] of pieces) {
  const key = byModule ? source.replace(/^(\.\.\/)+/, '') : groupOf(source);
  const text = parts.join('\n');
  groups.set(key, (groups.get(key) ?? '') + text);
}
const total = Buffer.byteLength(code);
const totalGzip = gzipSync(code, { level: 9 }).length;
const rows = [...groups].map(([key, text]) => ({ key, min: Buffer.byteLength(text), alone: gzipSync(text, { level: 9 }).length }));
const aloneSum = rows.reduce((s, r) => s + r.alone, 0);
rows.sort((a, b) => b.alone - a.alone);
const kib = (n) => `${(n / 1024).toFixed(1)}`.padStart(7);
console.log(`${relative(root, file)}: ${kib(total)} KiB minified, ${kib(totalGzip)} KiB gzip -9`);
console.log(`${'group'.padEnd(56)} ${'min KiB'.padStart(7)} ${'gz~KiB'.padStart(7)}`);
for (const r of rows.slice(0, top)) console.log(`${r.key.padEnd(56)} ${kib(r.min)} ${kib((r.alone * totalGzip) / aloneSum)}`);
const rest = rows.slice(top);
if (rest.length) console.log(`${`(${rest.length} more)`.padEnd(56)} ${kib(rest.reduce((s, r) => s + r.min, 0))} ${kib((rest.reduce((s, r) => s + r.alone, 0) * totalGzip) / aloneSum)}`);
