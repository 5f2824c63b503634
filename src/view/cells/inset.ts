/**
 * The frame of the inset pictogram and the "you are here" marker. The pictogram shows the whole cell in its
 * tissue; the marker boxes the patch of membrane that the big stage is a close-up of.
 */
import { Container, Graphics } from 'pixi.js';
import { PALETTE } from '../palette';

/** Size of the inset, in its own units (= stage units at full size). */
export const INSET = { width: 150, height: 90, radius: 8 } as const;

const P = PALETTE.inset;

/**
 * Put a pictogram on a card, clipped to the card's rounded corners so that tissue may run off its edges
 * (it is a window onto a larger tissue).
 */
export function frameInset(picture: Container): Container {
  const frame = new Container({ label: 'cell-inset' });
  const card = new Graphics()
    .roundRect(0, 0, INSET.width, INSET.height, INSET.radius)
    .fill({ color: P.card, alpha: 0.85 });
  const clip = new Graphics().roundRect(0, 0, INSET.width, INSET.height, INSET.radius).fill({ color: 0xffffff });
  const border = new Graphics()
    .roundRect(0, 0, INSET.width, INSET.height, INSET.radius)
    .stroke({ width: 1.5, color: P.cardEdge });
  picture.mask = clip;
  frame.addChild(card, picture, clip, border);
  return frame;
}

/**
 * Draw the marker: a box centred on (x, y), with a soft highlight inside and a light rim outside the dark
 * line so that it reads on both pale and dark parts of the pictogram.
 */
export function markPatch(g: Graphics, x: number, y: number, width: number, height: number): Graphics {
  const left = x - width / 2;
  const top = y - height / 2;
  g.roundRect(left, top, width, height, 2.5).fill({ color: P.markerFill, alpha: 0.3 });
  g.roundRect(left, top, width, height, 2.5).stroke({ width: 3.6, color: P.card, alpha: 0.9 });
  g.roundRect(left, top, width, height, 2.5).stroke({ width: 1.7, color: P.marker });
  return g;
}
