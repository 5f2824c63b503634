/**
 * Frees what the shared renderer still holds of destroyed display objects and of canvases that went, at once.
 *
 * Pixi 8's render pipes register every drawn Graphics, Text and Sprite in hashes that its garbage collector
 * empties after a minute of disuse. Destroying an object should take it out (its "unload" event), but under the
 * Canvas2D renderer that removal bails out, because it looks for GPU data the canvas path never creates; the
 * destroyed object stays, with everything it references, for that minute. Even the entries it does remove stay
 * as null keys until a clean-up compacts the hash, so a page that swaps widgets grows the hashes by every
 * object it ever drew. This rebuilds those hashes without destroyed and emptied entries right after a view is
 * destroyed, as Pixi's own clean-up does.
 */
import { Container, type Renderer } from 'pixi.js';

type Hash = Record<string, { destroyed?: boolean } | null | undefined>;

/** The parts of Pixi's GC and text systems this reads (internal, hence the narrow types). */
interface Internals {
  readonly gc?: {
    readonly _managedResourceHashes?: readonly { readonly context: Record<string, unknown>; readonly hash: string }[];
    readonly _managedCollections?: readonly { readonly context: Record<string, unknown>; readonly collection: string; readonly type: string }[];
  };
  readonly canvasText?: { _activeTextures?: Hash };
}

/** `hash` without destroyed or emptied entries, or `hash` itself when it has none (no copy then). */
function compact(hash: Hash): Hash {
  let stale = false;
  for (const key in hash) if (!hash[key] || hash[key].destroyed) stale = true;
  if (!stale) return hash;
  const kept: Hash = Object.create(null);
  for (const key in hash) if (hash[key] && !hash[key].destroyed) kept[key] = hash[key];
  return kept;
}

/** Removes null entries from an array in place (others may hold it). */
function dropEmpty(items: unknown[]): void {
  let kept = 0;
  for (const item of items) if (item != null) items[kept++] = item;
  items.length = kept;
}

export function releaseDestroyed(renderer: Renderer): void {
  const { gc, canvasText } = renderer as unknown as Internals;
  for (const { context, hash } of gc?._managedResourceHashes ?? []) {
    const items = context[hash] as Hash | undefined;
    if (items) context[hash] = compact(items);
  }
  for (const { context, collection, type } of gc?._managedCollections ?? []) {
    const items = context[collection];
    if (type === 'hash' && items) context[collection] = compact(items as Hash);
    else if (Array.isArray(items)) dropEmpty(items);
  }
  // Text textures shared by equal labels: a label's entry is emptied when its last user goes, never removed.
  if (canvasText?._activeTextures) canvasText._activeTextures = compact(canvasText._activeTextures);
}

/**
 * Points the renderer back at its own canvas. After drawing, it keeps the last target it drew into (that
 * widget's canvas, its 2D context and so the whole widget) and the last container; when that widget has gone,
 * drawing nothing into the renderer's own 1 × 1 canvas lets all of it go.
 */
export function forgetLastTarget(renderer: Renderer): void {
  const empty = new Container();
  // No target: the renderer's own, whose render target is made once (a canvas element as target would get a
  // new one on every call).
  renderer.render({ container: empty, clear: false });
  empty.destroy();
}
