/**
 * Frees what the shared renderer still holds of destroyed display objects, at once.
 *
 * Pixi 8's render pipes register every drawn Graphics, Text and Sprite in hashes that its garbage collector
 * empties after a minute of disuse. Destroying an object should take it out (its "unload" event), but under the
 * Canvas2D renderer that removal bails out, because it looks for GPU data the canvas path never creates; the
 * destroyed object stays, with everything it references, for that minute. A page that swaps scenes, drugs or
 * languages on a widget, or mounts and unmounts widgets, would carry tens of MiB it does not need. This drops
 * destroyed entries from those hashes right after a view is destroyed.
 */
import type { Renderer } from 'pixi.js';

/** The part of Pixi's GC system this reads (internal, hence the narrow type). */
interface ManagedHashes {
  readonly _managedResourceHashes?: readonly { readonly context: Record<string, unknown>; readonly hash: string }[];
}

export function releaseDestroyed(renderer: Renderer): void {
  const gc = (renderer as unknown as { gc?: ManagedHashes }).gc;
  for (const { context, hash } of gc?._managedResourceHashes ?? []) {
    const items = context[hash] as Record<string, { destroyed?: boolean } | null> | undefined;
    if (!items) continue;
    for (const key in items) if (items[key]?.destroyed) items[key] = null;
  }
}
