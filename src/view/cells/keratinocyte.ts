/**
 * Keratinocyte (skin cell): the inset shows the layered epidermis; the stage shows keratin filament bundles
 * anchored at desmosomes, the "rivets" that join a keratinocyte to its neighbours.
 */
import { Container, Graphics } from 'pixi.js';
import { MEMBRANE, STAGE, nucleusTopAt } from '../../model/geometry';
import { PALETTE } from '../palette';
import type { CellDecor } from './cell-decor';
import { mix } from './colour';
import { INSET, frameInset, markPatch } from './inset';
import { traceWavy, type Point } from './wavy';

const C = PALETTE.cells.keratinocyte;
const P = PALETTE.inset;

/** One epidermal layer: a row of cells of a width, joints staggered by an offset, each with a nucleus. */
interface Layer {
  readonly top: number;
  readonly bottom: number;
  readonly width: number;
  readonly offset: number;
  readonly nucleus: readonly [rx: number, ry: number];
}

/** Granular (top, flattened) to basal (bottom, columnar): cells flatten as they rise toward the surface. */
const LAYERS: readonly Layer[] = [
  { top: 15, bottom: 27, width: 34, offset: -9, nucleus: [5, 1.6] },
  { top: 27, bottom: 46, width: 27, offset: 1, nucleus: [4, 3.4] },
  { top: 46, bottom: 65, width: 27, offset: -12.5, nucleus: [4, 3.4] },
  { top: 65, bottom: 84, width: 13, offset: -4, nucleus: [2.4, 4.2] },
];

/** A fixed, irregular-looking jitter (no randomness: the drawing must be the same every time). */
function jitter(i: number, j: number): number {
  return Math.sin(i * 12.9898 + j * 78.233) * 2.6;
}

/**
 * The cells of one layer as polygons that share their side walls (so the row tiles like bricks), each
 * wall slanted and kinked a little so that the cells read as polygonal, not as a grid.
 */
function layerCells(layer: Layer, row: number): { points: number[]; cx: number }[] {
  const ym = (layer.top + layer.bottom) / 2;
  const wall = (k: number): number[] => {
    const x = layer.offset + k * layer.width;
    return [x + jitter(row, k), layer.top, x + jitter(row + 7, k) * 0.8, ym, x + jitter(row + 3, k), layer.bottom];
  };
  const cells: { points: number[]; cx: number }[] = [];
  for (let k = -1; layer.offset + k * layer.width < INSET.width; k++) {
    const [lx0, ly0, lx1, ly1, lx2, ly2] = wall(k) as [number, number, number, number, number, number];
    const [rx0, ry0, rx1, ry1, rx2, ry2] = wall(k + 1) as [number, number, number, number, number, number];
    cells.push({
      points: [lx0, ly0, rx0, ry0, rx1, ry1, rx2, ry2, lx2, ly2, lx1, ly1],
      cx: layer.offset + (k + 0.5) * layer.width,
    });
  }
  return cells;
}

/** The epidermis in section, with the scene's cell (upper spinous layer, centre) marked. */
function drawInset(): Container {
  const g = new Graphics();
  // Cornified layer: flat dead squames, no nuclei.
  for (const [y, shift] of [
    [1.5, -20],
    [6, 4],
    [10.5, -32],
  ] as const) {
    for (let x = shift; x < INSET.width; x += 46) g.roundRect(x + 1, y, 44, 3.8, 1.9);
  }
  g.fill({ color: mix(P.tissue, C.cellEdge, 0.15) }).stroke({ width: 0.8, color: P.tissueEdge });

  const marked = LAYERS[1]!;
  let markedX = INSET.width / 2;
  LAYERS.forEach((layer, row) => {
    for (const { points, cx } of layerCells(layer, row)) {
      const isMarked = layer === marked && Math.abs(cx - INSET.width / 2) <= layer.width / 2;
      if (isMarked) markedX = cx;
      g.poly(points)
        .fill({ color: isMarked ? C.cell : P.tissue })
        .stroke({ width: isMarked ? 1.5 : 1, color: isMarked ? C.cellEdge : P.tissueEdge, join: 'round' });
      g.ellipse(cx, (layer.top + layer.bottom) / 2 + 1, layer.nucleus[0], layer.nucleus[1]).fill({
        color: isMarked ? P.nucleus : mix(P.tissue, P.nucleus, 0.6),
      });
    }
  });
  // Basement membrane under the basal layer; the dermis below it is left blank.
  traceWavy(g, [0, 85], [75, 85], [INSET.width, 85], 1.2, 4).stroke({ width: 1.6, color: C.cellEdge, alpha: 0.7 });
  markPatch(g, markedX, marked.top, 15, 9);
  return g;
}

/** x mirrored for the right-hand edge of the stage. */
function mirror(side: 1 | -1, x: number): number {
  return side === 1 ? x : STAGE.width - x;
}

/** The junction with the neighbour cell at one stage edge: x of each part, from the stage edge inward. */
const JUNCTION = { neighbourMembrane: 5, ownMembrane: 11, plaque: 4.5, plaqueHeight: 22 } as const;

/**
 * At one stage edge: a sliver of the neighbouring cell, the two membranes, desmosomes joining them, and
 * keratin bundles running from each desmosome into the cytoplasm (some to the nuclear envelope).
 */
function drawJunction(
  g: Graphics,
  side: 1 | -1,
  desmosomes: readonly { y: number; to: readonly (readonly [Point, Point])[] }[],
): void {
  const bottom = nucleusTopAt(mirror(side, 0)) - 18;
  const top = MEMBRANE.bottom - 2;
  const m = (x: number): number => mirror(side, x);
  const rect = (x0: number, x1: number, y0: number, y1: number): Graphics =>
    g.rect(Math.min(m(x0), m(x1)), y0, Math.abs(x1 - x0), y1 - y0);

  // Keratin bundles first, so the plaques sit on their ends. Two strands per bundle.
  for (const d of desmosomes) {
    d.to.forEach(([control, end], i) => {
      const start: Point = [m(JUNCTION.ownMembrane + JUNCTION.plaque), d.y + (i - 1) * 6];
      const c: Point = [m(control[0]), control[1]];
      const b: Point = [m(end[0]), end[1]];
      traceWavy(g, start, c, b, 1.6, 2 + i * 0.5, i);
      traceWavy(g, [start[0], start[1] + 3], c, [b[0], b[1] + 3.5], 1.4, 2 + i * 0.5, i + 1.2);
    });
  }
  g.stroke({ width: 1.5, color: C.accent, cap: 'round', join: 'round' });

  // Neighbour's cytoplasm and the narrow space between the two cells.
  rect(0, JUNCTION.neighbourMembrane, top, bottom).fill({ color: mix(C.cytoplasmShade, C.accent, 0.35) });
  rect(JUNCTION.neighbourMembrane, JUNCTION.ownMembrane, top, bottom).fill({ color: PALETTE.stage.outside });
  g.moveTo(m(JUNCTION.neighbourMembrane), top)
    .lineTo(m(JUNCTION.neighbourMembrane), bottom)
    .moveTo(m(JUNCTION.ownMembrane), top)
    .lineTo(m(JUNCTION.ownMembrane), bottom)
    .stroke({ width: 1.8, color: PALETTE.stage.lipidHeadEdge, alpha: 0.5, cap: 'round' });

  // Desmosomes: a dense plaque on each side and cadherin "rivets" bridging the gap.
  for (const { y } of desmosomes) {
    const h = JUNCTION.plaqueHeight;
    for (const dy of [-6, 0, 6]) {
      g.moveTo(m(JUNCTION.neighbourMembrane), y + dy).lineTo(m(JUNCTION.ownMembrane), y + dy);
    }
    g.stroke({ width: 1.4, color: C.accentFill });
    rect(0, JUNCTION.neighbourMembrane - 0.5, y - h / 2, y + h / 2);
    rect(JUNCTION.ownMembrane + 0.5, JUNCTION.ownMembrane + JUNCTION.plaque, y - h / 2, y + h / 2);
    g.fill({ color: C.accentFill });
  }
}

/** Keratin bundles and desmosomes at both stage edges, clear of the actors' paths. */
function drawScenery(): Container {
  const g = new Graphics();
  // Bundle targets: [control point, end], in left-edge coordinates (mirrored for the right edge).
  drawJunction(g, 1, [
    { y: 336, to: [[[60, 300], [104, 286]], [[70, 350], [126, 392]], [[50, 420], [112, 474]]] },
    { y: 440, to: [[[70, 420], [128, 430]], [[80, 470], [150, 520]], [[60, 520], [206, 568]]] },
    { y: 546, to: [[[60, 560], [118, 602]], [[90, 560], [168, 588]], [[130, 540], [250, 566]]] },
  ]);
  drawJunction(g, -1, [
    { y: 350, to: [[[40, 320], [62, 288]], [[70, 360], [128, 392]], [[70, 420], [118, 452]]] },
    { y: 456, to: [[[70, 440], [126, 486]], [[100, 480], [192, 528]], [[80, 520], [140, 560]]] },
    { y: 552, to: [[[50, 570], [96, 606]], [[90, 560], [170, 592]], [[140, 550], [236, 572]]] },
  ]);
  return g;
}

/** The keratinocyte's inset and stage cues. */
export function createKeratinocyteDecor(): CellDecor {
  return {
    inset: frameInset(drawInset()),
    scenery: drawScenery(),
    caption: { x: STAGE.width - 24, y: 520, anchorX: 1, anchorY: 1 },
  };
}
