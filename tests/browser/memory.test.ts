/**
 * Memory returned at once: when a widget goes, or its scene, drug, compare view or language changes, the shared
 * renderer keeps nothing of the picture that went (no drawn objects, text textures, render targets, nor the
 * canvas it drew last), without waiting for Pixi's periodic clean-up. The bench (bench/heap.mjs) measures the
 * heap; this names what must be gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchTextureArray, TextureSource, type Renderer } from 'pixi.js';
import { loadLocale } from '../../src/i18n/registry';
import { acquireRenderer, releaseRenderer } from '../../src/view/shared-renderer';
import type { JakStatExplorer } from '../../src/ui/jak-stat-explorer/jak-stat-explorer';
import { drawn, framesDrawn, mount } from './helpers';

/** The renderer internals read here (Pixi 8, hence the narrow types). */
interface Internals {
  gc: {
    _managedResourceHashes: { context: Record<string, unknown>; hash: string; type: string }[];
    _managedResources: unknown[];
  };
  canvasText: { _activeTextures: Record<string, { usageCount: number } | null> };
  renderTarget: { _renderSurfaceToRenderTargetHash: Map<unknown, unknown> };
  canvasContext: { activeContext: CanvasRenderingContext2D };
}

interface Held {
  /** Entries of each of the renderer's GC hashes (drawn Graphics and Text, graphics contexts…), by hash name. */
  hashes: Record<string, number>;
  /** Entries in those hashes whose object was destroyed (must be none). */
  destroyed: number;
  /** Text textures, counted once per label text and style, and their users. */
  textTextures: number;
  textUsers: number;
  /** Keys left in the text-texture table (emptied ones included). */
  textKeys: number;
  /** Render targets: each widget canvas, each baked bitmap. */
  renderTargets: number;
  /** Objects registered with the renderer's GC one by one (textures, contexts). */
  resources: number;
}

/** What the renderer holds, by identity: drawn objects' ids, text-texture keys, render-target surfaces' ids. */
function heldIds(): Set<string> {
  const r = renderer as unknown as Internals;
  const ids = new Set<string>();
  for (const { context, hash } of r.gc._managedResourceHashes) {
    for (const [uid, item] of Object.entries((context[hash] ?? {}) as Record<string, unknown>)) if (item) ids.add(`object ${uid}`);
  }
  for (const [key, entry] of Object.entries(r.canvasText._activeTextures)) if (entry) ids.add(`text ${key}`);
  for (const surface of r.renderTarget._renderSurfaceToRenderTargetHash.keys()) ids.add(`target ${(surface as { uid: number }).uid}`);
  return ids;
}

let renderer: Renderer;

function held(): Held {
  const r = renderer as unknown as Internals;
  const hashes: Record<string, number> = {};
  let destroyed = 0;
  for (const { context, hash } of r.gc._managedResourceHashes) {
    const items = Object.values((context[hash] ?? {}) as Record<string, { destroyed?: boolean } | null>);
    const name = `${(context as { name?: string }).name ?? 'hash'}`;
    hashes[name] = (hashes[name] ?? 0) + items.filter(Boolean).length;
    destroyed += items.filter((item) => item?.destroyed).length;
  }
  const text = Object.values(r.canvasText._activeTextures);
  return {
    hashes,
    destroyed,
    textTextures: text.filter(Boolean).length,
    textUsers: text.reduce((sum, entry) => sum + (entry?.usageCount ?? 0), 0),
    textKeys: Object.keys(r.canvasText._activeTextures).length,
    renderTargets: r.renderTarget._renderSurfaceToRenderTargetHash.size,
    resources: r.gc._managedResources.filter(Boolean).length,
  };
}

/** The canvas the renderer drew into last. */
const lastCanvas = (): HTMLCanvasElement | OffscreenCanvas => (renderer as unknown as Internals).canvasContext.activeContext.canvas;

/** Waits until the widget's current picture is drawn. */
async function settled(explorer: JakStatExplorer): Promise<void> {
  const before = framesDrawn();
  await explorer.updateComplete;
  await explorer.rendererReady;
  await drawn(before);
}

/** Adds a second widget beside the one that stays, drawn. */
async function addWidget(scene: string): Promise<JakStatExplorer> {
  const other = document.createElement('jak-stat-explorer');
  other.setAttribute('scene', scene);
  other.style.width = '640px';
  document.body.append(other);
  await settled(other);
  return other;
}

/** Lets the stage controller's deferred detach (a microtask after disconnection) run. */
const detached = () => Promise.resolve().then(() => Promise.resolve());

beforeAll(async () => {
  renderer = await acquireRenderer();
  // Loaded once per page, so that a language change is drawn in the task that makes it.
  await loadLocale('es');
});
afterAll(() => releaseRenderer());

describe('memory returned at once', () => {
  it('a removed widget leaves nothing in the shared renderer while another stays', async () => {
    const stays = await mount({ scene: 'il4' });
    // One round first: what is made once per page (fonts measured, pools) is not the widget's.
    (await addWidget('il13')).remove();
    await detached();
    const baseline = held();
    expect(baseline.destroyed).toBe(0);

    const other = await addWidget('il13');
    const otherCanvas = other.shadowRoot!.querySelector('canvas')!;
    const during = held();
    // The measure sees the second widget: more drawn objects, text users and render targets than before.
    expect(during.textUsers).toBeGreaterThan(baseline.textUsers);
    expect(during.renderTargets).toBeGreaterThan(baseline.renderTargets);
    expect(Object.values(during.hashes).reduce((a, b) => a + b)).toBeGreaterThan(Object.values(baseline.hashes).reduce((a, b) => a + b));

    other.remove();
    await detached();
    expect(held()).toEqual(baseline);
    // Nor does the renderer keep the removed widget's canvas (and so the widget) as its last target.
    expect(lastCanvas()).not.toBe(otherCanvas);
    expect(stays.isConnected).toBe(true);
  });

  it('the last widget leaving frees its canvas from the renderer too', async () => {
    const only = await mount({ scene: 'il31' });
    const canvas = only.shadowRoot!.querySelector('canvas')!;
    const before = held();
    only.remove();
    await detached();
    const after = held();
    expect(after.destroyed).toBe(0);
    expect(after.renderTargets).toBeLessThan(before.renderTargets);
    expect(after.textUsers).toBe(0);
    expect(lastCanvas()).not.toBe(canvas);
  });

  it('a widget moved to another container keeps its picture', async () => {
    const explorer = await mount({ scene: 'il4' });
    const canvas = explorer.shadowRoot!.querySelector('canvas')!;
    const before = held();
    const box = document.createElement('div');
    box.style.width = '960px';
    document.body.append(box);
    box.append(explorer);
    await detached();
    await settled(explorer);
    expect(explorer.shadowRoot!.querySelector('canvas')).toBe(canvas);
    expect(held().textUsers).toBe(before.textUsers);
    expect(held().destroyed).toBe(0);
  });

  // Each change builds a new picture (taking over what draws the same) and destroys the old one at once:
  // changing and changing back leaves the renderer holding what it held before.
  const changes: [string, (explorer: JakStatExplorer) => void, (explorer: JakStatExplorer) => void][] = [
    ['compare view', (e) => { e.setAttribute('drug', 'abrocitinib'); e.compare = true; }, (e) => { e.compare = false; e.setAttribute('drug', 'none'); }],
    ['scene', (e) => e.setAttribute('scene', 'tslp'), (e) => e.setAttribute('scene', 'il4')],
    ['drug', (e) => e.setAttribute('drug', 'upadacitinib'), (e) => e.setAttribute('drug', 'none')],
    ['language', (e) => e.setAttribute('lang', 'es'), (e) => e.setAttribute('lang', 'en')],
  ];
  for (const [name, change, back] of changes) {
    it(`a ${name} change and back leaves nothing of the other picture`, async () => {
      const explorer = await mount({ scene: 'il4', lang: 'en', drug: 'none' });
      // Once first: what is made once per page (fonts measured, pools) is not the picture's.
      change(explorer);
      await settled(explorer);
      back(explorer);
      await settled(explorer);
      const baseline = held();
      expect(baseline.destroyed).toBe(0);

      // The measure sees the new picture (a scene or language change may draw as many objects as before).
      const baselineIds = heldIds();
      change(explorer);
      await settled(explorer);
      const during = held();
      expect([...heldIds()].filter((id) => !baselineIds.has(id)).length).toBeGreaterThan(0);
      expect(during.destroyed).toBe(0);
      back(explorer);
      await settled(explorer);
      expect(held()).toEqual(baseline);
    });
  }

  it("a pooled batch forgets the textures it held once cleared (Pixi kept every texture id it ever saw)", () => {
    const batch = new BatchTextureArray();
    for (let i = 0; i < 3; i++) {
      const source = new TextureSource({ width: 1, height: 1 });
      batch.ids[source.uid] = batch.count;
      batch.textures[batch.count++] = source;
    }
    batch.clear();
    expect(Object.keys(batch.ids)).toEqual([]);
    expect(batch.count).toBe(0);
  });
});
