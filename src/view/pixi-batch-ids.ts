/**
 * Keeps Pixi's pooled batches from remembering every texture they ever held. A batch's texture list maps each
 * texture's id to its slot, and clearing it sets the slot to null instead of removing the id; ids are never
 * reused, so a pooled batch grows by one entry per texture ever drawn through it (each text, each baked
 * shape of each widget that came and went), for the life of the page (pixijs/pixijs#10770 proposed deleting
 * them; delete was judged too slow). Starting from an empty map on each clear frees them at once and costs one
 * small object per batch rebuilt. Lookups treat a missing id and a null one alike (Batcher.checkAndUpdateTexture).
 */
import { BatchTextureArray } from 'pixi.js';

let installed = false;

/** Replaces BatchTextureArray's clear (once per page). */
export function installBatchIdsReset(): void {
  if (installed) return;
  installed = true;
  const clear = BatchTextureArray.prototype.clear;
  BatchTextureArray.prototype.clear = function (this: BatchTextureArray): void {
    clear.call(this);
    this.ids = Object.create(null) as Record<number, number>;
  };
}
