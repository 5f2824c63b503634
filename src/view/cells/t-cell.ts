/**
 * T cell (a Th2 helper lymphocyte): the inset shows a small round cell almost filled by its round nucleus,
 * with short microvilli; the stage shows those microvilli on the outer face of the membrane.
 */
import { Container, Graphics } from 'pixi.js';
import { MEMBRANE } from '../../model/geometry';
import { PALETTE } from '../palette';
import type { CellDecor } from './cell-decor';
import { mix } from './colour';
import { frameInset, markPatch } from './inset';

const C = PALETTE.cells['t-cell'];
const P = PALETTE.inset;
const S = PALETTE.stage;

/** The lymphocyte in the inset: centre and radius (inset units). */
const CELL = { x: 76, y: 48, r: 31 } as const;

/** Angles of the short microvilli round the inset cell: irregular, so the cell does not read as a virus. */
const VILLI = [0.1, 0.45, 0.7, 1.15, 1.5, 1.95, 2.3, 2.6, 3.05, 3.4, 3.85, 4.3, 4.55, 5.2, 5.5, 5.95];

/** A lymphocyte among a few neighbours (as in a lymph node or inflamed skin), its top membrane marked. */
function drawInset(): Container {
  const g = new Graphics();
  // Neighbouring lymphocytes, pale and cut by the frame.
  const neighbours = [
    [8, 80, 24],
    [148, 12, 22],
    [152, 84, 18],
    [2, 6, 15],
  ] as const;
  for (const [x, y, r] of neighbours) g.circle(x, y, r);
  g.fill({ color: P.tissue }).stroke({ width: 1, color: P.tissueEdge });
  for (const [x, y, r] of neighbours) g.circle(x, y, r * 0.72);
  g.fill({ color: mix(P.tissue, P.nucleus, 0.5) });
  // Microvilli: short rounded bumps; outlined first, so that the body's fill covers the inner halves.
  const villus = (a: number): Graphics =>
    g.circle(CELL.x + Math.cos(a) * (CELL.r + 0.5), CELL.y + Math.sin(a) * (CELL.r + 0.5), 2.8);
  for (const a of VILLI) villus(a).stroke({ width: 1.5, color: C.cellEdge });
  g.circle(CELL.x, CELL.y, CELL.r).stroke({ width: 1.5, color: C.cellEdge });
  for (const a of VILLI) villus(a).fill({ color: C.cell });
  g.circle(CELL.x, CELL.y, CELL.r).fill({ color: C.cell });
  // The large round nucleus, slightly off-centre, filling most of the cell, with clumped chromatin.
  const nx = CELL.x + 2;
  const ny = CELL.y + 2;
  g.circle(nx, ny, 25).fill({ color: P.nucleus }).stroke({ width: 1.3, color: P.nucleusEdge });
  for (const [dx, dy, rx, ry] of [
    [-10, -9, 4.5, 3],
    [7, -12, 3.5, 2.5],
    [-14, 5, 3, 4],
    [2, 1, 4.5, 3.5],
    [11, 10, 4, 3],
    [-3, 15, 3.5, 2.2],
    [15, -2, 2.2, 3.5],
  ] as const) {
    g.ellipse(nx + dx, ny + dy, rx, ry);
  }
  g.fill({ color: mix(P.nucleus, P.nucleusEdge, 0.35) });
  markPatch(g, CELL.x, CELL.y - CELL.r, 16, 10);
  return g;
}

/**
 * Microvilli along the outer face of the membrane, only where they cannot meet the cytokine, the receptor
 * labels or the membrane label.
 */
function drawScenery(): Container {
  const g = new Graphics();
  const base = MEMBRANE.top + 8;
  const fingers: [x: number, height: number][] = [];
  // Left of the receptor and right of it, with a gentle irregular rhythm.
  for (let x = 34, i = 0; x < 366; x += 30 + ((i * 11) % 9), i++) fingers.push([x, 24 + ((i * 13) % 17)]);
  for (let x = 922, i = 0; x < 1090; x += 30 + ((i * 7) % 9), i++) fingers.push([x, 22 + ((i * 17) % 15)]);
  const width = 13;
  for (const [x, h] of fingers) g.roundRect(x - width / 2, base - h - 8, width, h + 8, width / 2);
  g.fill({ color: S.membraneBand }).stroke({ width: 1.3, color: S.lipidHeadEdge, alpha: 0.55 });
  // Actin core of each microvillus.
  for (const [x, h] of fingers) g.moveTo(x, base - h).lineTo(x, base);
  g.stroke({ width: 1.2, color: mix(S.membraneBand, C.cellEdge, 0.35), cap: 'round' });
  return g;
}

/** The T cell's inset and stage cues. */
export function createTCellDecor(): CellDecor {
  return {
    inset: frameInset(drawInset()),
    scenery: drawScenery(),
    caption: { x: 366, y: MEMBRANE.top - 50, anchorX: 1, anchorY: 1 },
  };
}
