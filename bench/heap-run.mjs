#!/usr/bin/env node
// `npm run bench:heap`: the heap figures of bench/heap.mjs on its own, against the build in dist/ (run
// `npm run build` first; HEAP_CYCLES, HEAP_WARM_UP and HEAP_DIST override the defaults).
// `--snapshot <case>` (mount, compare, scene, drug, language; on the page with one widget staying) instead diffs two heap snapshots around the cycles and prints the constructors that grew, V8's
// optimised code apart, with what holds the largest of each.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { ensureChromium } from '../scripts/ensure-chromium.mjs';
import { chromiumLaunchOptions } from '../scripts/chromium-launch.mjs';
import { serveDist } from './serve-dist.mjs';
import { HEAP_CYCLES, HEAP_PAGES, HEAP_TARGET_MIB, HEAP_WARM_UP, measureHeap, openHeapPage } from './heap.mjs';

// HEAP_DIST: another build to measure (e.g. of an older commit, to compare).
const dist = resolve(process.env.HEAP_DIST ?? join(import.meta.dirname, '..', 'dist'));
if (!existsSync(join(dist, 'jak-stat-explorer.js'))) {
  console.error('dist/jak-stat-explorer.js is missing: run `npm run build` first.');
  process.exit(1);
}
const server = await serveDist(dist, HEAP_PAGES);
const { origin } = server;
const browser = await chromium.launch(chromiumLaunchOptions(ensureChromium()));

try {
  const snapshotCase = process.argv[process.argv.indexOf('--snapshot') + 1];
  if (process.argv.includes('--snapshot')) await snapshotDiff(snapshotCase ?? 'mount');
  else await figures();
} finally {
  await browser.close();
  server.close();
}

async function figures() {
  const started = Date.now();
  const r = await measureHeap({ browser, origin });
  const rows = [
    ['One widget stays, others mount and unmount', r.oneStays.growthMiB],
    ['Compare on/off on one widget', r.changes.compareMiB],
    ['Scene changes on one widget', r.changes.sceneMiB],
    ['Drug changes on one widget', r.changes.drugMiB],
    ['Language changes on one widget', r.changes.languageMiB],
    ['Empty page: widgets mount and unmount', r.empty.growthMiB],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`JS heap growth after ${HEAP_CYCLES} cycles (${HEAP_WARM_UP} of each kind to warm up), forced GC, measured 1 s after the last (target ≤ ${HEAP_TARGET_MIB} MiB each)`);
  for (const [name, mib] of rows) {
    const verdict = mib <= HEAP_TARGET_MIB ? 'ok' : 'MISS';
    console.log(`${name.padEnd(width)}  ${mib >= 0 ? '+' : ''}${mib.toFixed(2)} MiB  ≤ ${HEAP_TARGET_MIB} MiB  ${verdict}`);
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

/** Takes a heap snapshot through the DevTools protocol (after forced GC) and parses it. */
async function takeSnapshot(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return JSON.parse(chunks.join(''));
}

/** The snapshot's nodes as { id, name, bytes, edges: [from node, edge name] retainers }. */
function readNodes(snapshot) {
  const { node_fields: nf, node_types: nt, edge_fields: ef, edge_types: et } = snapshot.snapshot.meta;
  const [typeAt, nameAt, idAt, sizeAt, edgeCountAt] = ['type', 'name', 'id', 'self_size', 'edge_count'].map((f) => nf.indexOf(f));
  const [edgeTypeAt, edgeNameAt, toAt] = ['type', 'name_or_index', 'to_node'].map((f) => ef.indexOf(f));
  const { nodes, edges, strings } = snapshot;
  const list = [];
  for (let i = 0; i < nodes.length; i += nf.length) {
    const type = nt[0][nodes[i + typeAt]];
    const raw = strings[nodes[i + nameAt]];
    // Objects by constructor; other kinds (strings, closures, arrays, code…) by kind and V8's name.
    const name = type === 'object' || type === 'native' ? raw : `(${type}) ${type === 'string' || type === 'concatenated string' ? '' : raw.slice(0, 50)}`;
    list.push({ id: nodes[i + idAt], name, bytes: nodes[i + sizeAt], retainers: [], edges: [] });
  }
  let e = 0;
  for (let n = 0; n < list.length; n++) {
    const count = nodes[n * nf.length + edgeCountAt];
    for (let k = 0; k < count; k++, e += ef.length) {
      const edgeType = et[0][edges[e + edgeTypeAt]];
      if (edgeType === 'weak') continue;
      const label = edgeType === 'element' || edgeType === 'hidden' ? `[${edges[e + edgeNameAt]}]` : String(strings[edges[e + edgeNameAt]]);
      const to = list[edges[e + toAt] / nf.length];
      to.retainers.push([list[n], label]);
      list[n].edges.push([to, label]);
    }
  }
  return list;
}

/** The shortest chain of strong references from the GC roots (node 0) to `target`, as text. */
function pathFromRoots(list, target) {
  const parent = new Map([[list[0], null]]);
  const queue = [list[0]];
  for (let q = 0; q < queue.length && !parent.has(target); q++) {
    for (const [to, label] of queue[q].edges) {
      if (parent.has(to)) continue;
      parent.set(to, [queue[q], label]);
      queue.push(to);
    }
  }
  const parts = [];
  for (let at = parent.get(target); at; at = parent.get(at[0])) parts.unshift(`${at[0].name.slice(0, 40)} .${at[1]}`);
  return parts.join(' → ');
}

/** A short retaining path: owner ← owner's owner…, following the first retainer that is not a system object. */
function retainerPath(node, depth = 5) {
  const parts = [];
  let current = node;
  const seen = new Set();
  for (let i = 0; i < depth; i++) {
    const next = current.retainers.find(([from]) => !seen.has(from) && !from.name.startsWith('(system)')) ?? current.retainers[0];
    if (!next) break;
    seen.add(next[0]);
    parts.push(`${next[1]} of ${next[0].name.slice(0, 40)}`);
    current = next[0];
  }
  return parts.join(' ← ');
}

async function snapshotDiff(cycle) {
  const { page, cdp } = await openHeapPage(browser, origin, '/heap-one.html');
  await page.evaluate(([c, n]) => window.__heap[c](n), [cycle, HEAP_WARM_UP]);
  const beforeNodes = readNodes(await takeSnapshot(cdp));
  const before = new Set(beforeNodes.map((node) => node.id));
  await page.evaluate(([c, n]) => window.__heap[c](n), [cycle, HEAP_CYCLES]);
  await page.waitForTimeout(1000);
  const all = readNodes(await takeSnapshot(cdp));
  const added = all.filter((node) => !before.has(node.id));
  // Net change by constructor (after minus before), and the largest object added, to name what holds it.
  const groups = new Map();
  const group = (name) => groups.get(name) ?? groups.set(name, { count: 0, bytes: 0, largest: undefined }).get(name);
  for (const node of beforeNodes) {
    const g = group(node.name);
    g.count--;
    g.bytes -= node.bytes;
  }
  for (const node of all) {
    const g = group(node.name);
    g.count++;
    g.bytes += node.bytes;
  }
  for (const node of added) {
    const g = group(node.name);
    if (!g.largest || node.bytes > g.largest.bytes) g.largest = node;
  }
  const sum = (filter) => [...groups].filter(filter).reduce((total, [, g]) => total + g.bytes, 0) / 1024;
  const code = sum(([name]) => name.startsWith('(code)'));
  console.log(`Heap snapshot diff, "${cycle}" × ${HEAP_CYCLES} with one widget staying: net ${sum(() => true).toFixed(0)} KiB, of which V8 code ${code.toFixed(0)} KiB and the rest ${sum(([name]) => !name.startsWith('(code)')).toFixed(0)} KiB.`);
  console.log('     net objects   net KiB  constructor — what holds the largest added');
  for (const [name, { count, bytes, largest }] of [...groups].sort((x, y) => y[1].bytes - x[1].bytes).slice(0, Number(process.env.HEAP_TOP ?? 15))) {
    console.log(`${String(count).padStart(8)}  ${(bytes / 1024).toFixed(1).padStart(8)}  ${name.slice(0, 60)} — ${largest ? retainerPath(largest) : ''}`);
  }
  // Removed widgets (or HEAP_HELD's constructor) still held, and what holds them.
  const wanted = process.env.HEAP_HELD ?? '<jak-stat-explorer';
  for (const node of added.filter((n) => n.name.startsWith(wanted)).slice(0, 2)) {
    console.log(`held: ${node.name}\n  ${node.retainers.map(([from, label]) => `${label} of ${from.name.slice(0, 40)}`).join('\n  ')}\n  from the roots: ${pathFromRoots(all, node)}`);
  }
  await page.close();
}
