/**
 * What each cell kind contributes to the backdrop: a pictogram of the whole cell in its tissue (the inset)
 * and quiet cues on the stage itself, so that scenes set in different cells are recognisable.
 */
import type { Container } from 'pixi.js';
import type { Palette } from '../palette';

/** The colours of one cell kind (see PALETTE.cells). */
export type CellColours = Readonly<Record<keyof Palette['cells']['keratinocyte'], number>>;

/** Where a caption naming the kind's signature structure fits on the stage (stage units). */
export interface CaptionPlace {
  readonly x: number;
  readonly y: number;
  /** Anchor: the caption grows away from it when boosted on small screens. */
  readonly anchorX: number;
  readonly anchorY: number;
}

/** The drawings of one cell kind. Created once; destroyed with the backdrop. */
export interface CellDecor {
  /** The pictogram, framed, in its own units (INSET.width × INSET.height), origin at its top-left corner. */
  readonly inset: Container;
  /** Low-contrast cues on the stage, in stage units. Goes below the membrane and all actors. */
  readonly scenery: Container;
  /** Where a caption for the scenery fits, or null where one would crowd the stage. */
  readonly caption: CaptionPlace | null;
}
