/**
 * Sensory neuron (an itch/pain nerve fibre): the inset shows the cell body far below the skin and a long
 * axon ending in free nerve endings among skin cells; the stage is a close-up of one such ending, so it
 * shows microtubules running along the fibre and small synaptic-like vesicles. The stage's nucleus stands
 * for the far-away cell body (the scene says so in its text).
 */
import { Container, Graphics } from 'pixi.js';
import { STAGE } from '../../model/geometry';
import { PALETTE } from '../palette';
import type { CellDecor } from './cell-decor';
import { mix } from './colour';
import { INSET, frameInset, markPatch } from './inset';

const C = PALETTE.cells['sensory-neuron'];
const P = PALETTE.inset;

/** Skin on top, the neuron's cell body bottom-left, a long axon up into the skin. */
function drawInset(): Container {
  const g = new Graphics();
  // Dermis, a faint wash under the skin, so that the nerve runs through tissue rather than through nothing.
  g.rect(0, 30, INSET.width, INSET.height - 30).fill({ color: mix(P.card, P.tissue, 0.45) });
  // Epidermis: a thin cornified line over two rows of skin cells.
  g.rect(0, 0, INSET.width, 4).fill({ color: mix(P.tissue, P.tissueEdge, 0.35) });
  for (const [top, bottom, offset] of [
    [5, 16, 0],
    [17, 29, -11],
  ] as const) {
    for (let x = offset; x < INSET.width; x += 22) g.roundRect(x + 0.5, top, 21, bottom - top, 3);
  }
  g.fill({ color: P.tissue }).stroke({ width: 0.9, color: P.tissueEdge });
  g.moveTo(0, 30).lineTo(INSET.width, 30).stroke({ width: 1.2, color: P.tissueEdge });

  // Axon: from the cell body, a long run to the skin (a break mark says "much longer than drawn").
  const axon = { width: 2.4, color: C.cellEdge } as const;
  g.moveTo(38, 73).bezierCurveTo(70, 72, 104, 70, 112, 52).lineTo(114, 30).stroke({ ...axon, cap: 'round' });
  g.poly([60.5, 64, 67.5, 64, 64.5, 80, 57.5, 80]).fill({ color: mix(P.card, P.tissue, 0.45) });
  g.moveTo(61, 64).lineTo(58, 80).moveTo(67, 64).lineTo(64, 80).stroke({ width: 1.2, color: C.cellEdge });
  // Free nerve endings branching among the skin cells, each with a small bulb.
  const endings = [
    [114, 30, 100, 20, 94, 9],
    [114, 30, 116, 19, 112, 8],
    [114, 30, 128, 22, 134, 11],
    [114, 30, 126, 28, 144, 24],
  ] as const;
  for (const [x0, y0, cx, cy, x1, y1] of endings) g.moveTo(x0, y0).quadraticCurveTo(cx, cy, x1, y1);
  g.stroke({ width: 1.5, color: C.cellEdge, cap: 'round' });
  for (const [, , , , x1, y1] of endings) g.circle(x1, y1, 1.9);
  g.fill({ color: C.cellEdge });

  // Cell body with its nucleus and nucleolus.
  g.ellipse(26, 74, 14, 11).fill({ color: C.cell }).stroke({ width: 1.5, color: C.cellEdge });
  g.circle(25, 74, 5.6).fill({ color: P.nucleus }).stroke({ width: 1, color: P.nucleusEdge });
  g.circle(26, 73, 1.6).fill({ color: P.nucleusEdge });
  markPatch(g, 112, 9, 14, 11);
  return g;
}

/** Microtubules along both stage edges and a few vesicle clusters, clear of the actors' paths. */
function drawScenery(): Container {
  const g = new Graphics();
  // Microtubules: long, nearly straight, parallel, running down from under the membrane.
  for (const [x0, x1] of [
    [22, 36],
    [40, 62],
    [58, 88],
    [76, 112],
  ] as const) {
    g.moveTo(x0, 300).bezierCurveTo(x0, 420, x1 - 8, 520, x1, 598);
  }
  for (const [x0, x1] of [
    [STAGE.width - 22, STAGE.width - 38],
    [STAGE.width - 40, STAGE.width - 66],
    [STAGE.width - 58, STAGE.width - 94],
  ] as const) {
    g.moveTo(x0, 290).bezierCurveTo(x0, 400, x1 + 8, 520, x1, 600);
  }
  g.stroke({ width: 3, color: C.accent, cap: 'round' });
  // A thin lighter core makes each line read as a tube rather than a crack.
  for (const [x0, x1] of [
    [22, 36],
    [58, 88],
  ] as const) {
    g.moveTo(x0, 300).bezierCurveTo(x0, 420, x1 - 8, 520, x1, 598);
  }
  g.stroke({ width: 1, color: C.cytoplasm, alpha: 0.8, cap: 'round' });
  // Vesicle clusters near the edges.
  const vesicles = [
    [112, 548, 7],
    [128, 566, 6],
    [104, 572, 5.5],
    [140, 546, 5],
    [1152, 470, 7],
    [1136, 488, 6],
    [1162, 494, 5.5],
    [1128, 512, 5],
    [1160, 540, 6],
    [1142, 560, 5],
    [1232, 262, 6.5],
    [1250, 276, 5],
  ] as const;
  for (const [x, y, r] of vesicles) g.circle(x, y, r);
  g.fill({ color: C.accentFill }).stroke({ width: 1.4, color: mix(C.accent, C.cellEdge, 0.35) });
  return g;
}

/** The sensory neuron's inset and stage cues. */
export function createSensoryNeuronDecor(): CellDecor {
  return {
    inset: frameInset(drawInset()),
    scenery: drawScenery(),
    caption: { x: STAGE.width - 24, y: 452, anchorX: 1, anchorY: 0 },
  };
}
