#!/usr/bin/env node
// What a built module is made of: reads it and its source map and attributes each minified byte to the source
// module it came from. Groups: a Pixi subsystem (pixi.js/<folder>/<folder>), a package, or one of our src
// folders. For each: minified bytes, and an estimate of its gzip share (the group's bytes gzipped alone, scaled
// so that the groups add up to the file's real gzip -9 size; gzip works across groups, so this is an estimate).
// Usage: node scripts/size-breakdown.mjs [file.js] [--modules] [--top N]   (default: dist/jak-stat-explorer.js)
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SourceMapConsumer } from 'source-map-js';

const KiB = 1024;

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

/**
 * Bytes per group (or per source module with `byModule`), largest gzip share first.
 * @returns {{ min: number, gzip: number, rows: { key: string, min: number, gzip: number }[] } | undefined}
 *   undefined when the file has no source map beside it
 */
export function breakdown(file, { byModule = false } = {}) {
  if (!existsSync(`${file}.map`)) return undefined;
  const code = readFileSync(file, 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const lines = code.split('\n');
  const mappings = lines.map(() => []);
  map.eachMapping((m) => mappings[m.generatedLine - 1]?.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  const pieces = new Map();
  lines.forEach((text, line) => {
    let cursor = 0;
    let owner = '[no source: bundler runtime, template text]';
    const take = (to) => {
      if (to <= cursor) return;
      const key = byModule || owner.startsWith('[') ? owner.replace(/^(\.\.\/)+/, '') : groupOf(owner);
      pieces.set(key, `${pieces.get(key) ?? ''}${text.slice(cursor, to)}\n`);
      cursor = to;
    };
    for (const m of mappings[line].sort((a, b) => a.generatedColumn - b.generatedColumn)) {
      take(m.generatedColumn);
      owner = m.source ?? '[no source: bundler runtime, template text]';
    }
    take(text.length);
  });
  const gzip = gzipSync(code, { level: 9 }).length;
  const rows = [...pieces].map(([key, text]) => ({ key, min: Buffer.byteLength(text), alone: gzipSync(text, { level: 9 }).length }));
  const aloneSum = rows.reduce((sum, row) => sum + row.alone, 0);
  return {
    min: Buffer.byteLength(code),
    gzip,
    rows: rows.map(({ key, min, alone }) => ({ key, min, gzip: (alone * gzip) / aloneSum })).sort((a, b) => b.gzip - a.gzip),
  };
}

/** Lines of a table of the largest `top` rows, and one for the rest. */
export function breakdownTable({ rows }, top) {
  const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`.padStart(10);
  const width = Math.max(...rows.slice(0, top).map((row) => row.key.length), 20);
  const rest = rows.slice(top);
  const sum = (list, field) => list.reduce((total, row) => total + row[field], 0);
  return [
    `${'from'.padEnd(width)}  ${'minified'.padStart(10)}  ${'~gzip -9'.padStart(10)}`,
    ...rows.slice(0, top).map((row) => `${row.key.padEnd(width)}  ${kib(row.min)}  ${kib(row.gzip)}`),
    ...(rest.length ? [`${`(${rest.length} more)`.padEnd(width)}  ${kib(sum(rest, 'min'))}  ${kib(sum(rest, 'gzip'))}`] : []),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const root = resolve(import.meta.dirname, '..');
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 30;
  const fileArg = args.find((arg, i) => !arg.startsWith('--') && i !== topAt + 1);
  const file = resolve(root, fileArg ?? 'dist/jak-stat-explorer.js');
  const result = breakdown(file, { byModule: args.includes('--modules') });
  if (!result) {
    console.error(`${relative(root, file)}.map is missing: build with source maps (npm run build) first.`);
    process.exit(1);
  }
  console.log(`${relative(root, file)}: ${(result.min / KiB).toFixed(1)} KiB minified, ${(result.gzip / KiB).toFixed(1)} KiB gzip -9`);
  for (const line of breakdownTable(result, top)) console.log(line);
}
