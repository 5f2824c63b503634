/**
 * Tissue cell (a generic cell of a tissue): the inset shows a rounded cell with its nucleus among
 * neighbours; the stage shows a couple of mitochondria and sheets of endoplasmic reticulum in the corners.
 */
import { Container, Graphics } from 'pixi.js';
import { STAGE, nucleusTopAt } from '../../model/geometry';
import { PALETTE } from '../palette';
import type { CellDecor } from './cell-decor';
import { mix } from './colour';
import { frameInset, markPatch } from './inset';
import { traceWavy } from './wavy';

const C = PALETTE.cells['tissue-cell'];
const P = PALETTE.inset;

/** A rounded cell with its nucleus among neighbours, its top membrane marked. */
function drawInset(): Container {
  const g = new Graphics();
  // Extracellular matrix fibres between the cells.
  traceWavy(g, [0, 46], [40, 30], [74, 2], 1.5, 3);
  traceWavy(g, [150, 50], [112, 66], [84, 90], 1.5, 3, 1);
  traceWavy(g, [40, 90], [36, 60], [0, 52], 1.2, 2.5, 2);
  g.stroke({ width: 1.2, color: P.tissueEdge, alpha: 0.6 });
  const neighbours = [
    [16, 18, 27, 21],
    [18, 74, 25, 20],
    [134, 18, 27, 21],
    [134, 76, 25, 20],
    [76, -6, 28, 13],
    [78, 98, 28, 13],
  ] as const;
  for (const [x, y, rx, ry] of neighbours) g.ellipse(x, y, rx, ry);
  g.fill({ color: P.tissue }).stroke({ width: 1, color: P.tissueEdge });
  for (const [x, y, rx] of neighbours) if (rx > 26 || y > 0) g.circle(x + 2, y + 1, 7);
  g.fill({ color: mix(P.tissue, P.nucleus, 0.55) });
  g.ellipse(76, 47, 32, 25).fill({ color: C.cell }).stroke({ width: 1.5, color: C.cellEdge });
  g.circle(80, 49, 10.5).fill({ color: P.nucleus }).stroke({ width: 1.2, color: P.nucleusEdge });
  g.circle(82, 47, 2.4).fill({ color: P.nucleusEdge });
  // Two tiny mitochondria.
  g.roundRect(54, 52, 11, 4.5, 2.25).roundRect(60, 36, 10, 4.5, 2.25).fill({ color: mix(C.cell, C.cellEdge, 0.4) });
  markPatch(g, 76, 22, 16, 10);
  return g;
}

/** Points of a capsule (stadium) of a length and width, centred at (x, y), turned by angle. */
function capsule(x: number, y: number, length: number, width: number, angle: number): number[] {
  const r = width / 2;
  const half = length / 2 - r;
  const points: number[] = [];
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const push = (lx: number, ly: number): void => {
    points.push(x + lx * cos - ly * sin, y + lx * sin + ly * cos);
  };
  for (let i = 0; i <= 8; i++) {
    const a = -Math.PI / 2 + (i / 8) * Math.PI;
    push(half + r * Math.cos(a), r * Math.sin(a));
  }
  for (let i = 0; i <= 8; i++) {
    const a = Math.PI / 2 + (i / 8) * Math.PI;
    push(-half + r * Math.cos(a), r * Math.sin(a));
  }
  return points;
}

/** A mitochondrion: outer capsule and the folded inner membrane (cristae) as a zigzag. */
function mitochondrion(g: Graphics, x: number, y: number, length: number, angle: number): void {
  const width = 22;
  g.poly(capsule(x, y, length, width, angle))
    .fill({ color: C.accentFill })
    .stroke({ width: 1.6, color: mix(C.accent, C.cellEdge, 0.3) });
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const folds = 6;
  const span = length - width * 0.7;
  for (let i = 0; i <= folds; i++) {
    const lx = -span / 2 + (i / folds) * span;
    const ly = (i % 2 === 0 ? -1 : 1) * (width / 2 - 4);
    const px = x + lx * cos - ly * sin;
    const py = y + lx * sin + ly * cos;
    if (i === 0) g.moveTo(px, py);
    else g.lineTo(px, py);
  }
  g.stroke({ width: 1.3, color: mix(C.accent, C.cellEdge, 0.3), join: 'round' });
}

/** Mitochondria and ER sheets near both stage edges, clear of the actors' paths. */
function drawScenery(): Container {
  const g = new Graphics();
  // Rough ER: a stack of flattened, wavy sacs following the nuclear envelope (with which it is
  // continuous); each sac is a wide stroke with a lighter lumen drawn down its middle.
  const traceSacs = (): void => {
    for (const [from, to] of [
      [14, 150],
      [STAGE.width - 150, STAGE.width - 14],
    ] as const) {
      const mid = (from + to) / 2;
      for (const [gap, phase] of [
        [18, 0],
        [32, 1.4],
        [46, 2.6],
      ] as const) {
        traceWavy(
          g,
          [from, nucleusTopAt(from) - gap],
          [mid, 2 * nucleusTopAt(mid) - (nucleusTopAt(from) + nucleusTopAt(to)) / 2 - gap],
          [to, nucleusTopAt(to) - gap],
          2.4,
          3,
          phase,
        );
      }
    }
  };
  traceSacs();
  g.stroke({ width: 7, color: C.accent, cap: 'round', join: 'round' });
  traceSacs();
  g.stroke({ width: 3.4, color: mix(C.cytoplasm, C.accentFill, 0.25), cap: 'round', join: 'round' });
  mitochondrion(g, 62, 346, 64, 1.25);
  mitochondrion(g, 96, 456, 58, 0.55);
  mitochondrion(g, 1226, 384, 60, -1.3);
  mitochondrion(g, 1190, 476, 54, -0.5);
  return g;
}

/** The tissue cell's inset and stage cues. */
export function createTissueCellDecor(): CellDecor {
  return {
    inset: frameInset(drawInset()),
    scenery: drawScenery(),
    caption: null,
  };
}
