/**
 * The cell's other receptor pairs, drawn small in the membrane beside the featured pair, and the STAT dimers
 * they send into the nucleus. A plugged JAK shows the drug in its pocket; from JAK activation on, the pairs
 * with both JAKs free light up (glow and phosphate) while plugged pairs stay dim; from nuclear import on, one
 * small dimer per signalling pair arrives. It draws the model's layout and phase; it decides nothing.
 */
import { Container, Graphics, Rectangle } from 'pixi.js';
import { MEMBRANE } from '../model/geometry';
import { MINI_PAIR, type PopulationLayout, type PopulationPhase } from '../model/population-layout';
import { clamp01, setOpacity } from './actors/actor-sprite';
import { DRUG_COLOURS } from './actors/drug-colours';
import { createGlow } from './actors/glow';
import { destroyTree } from './destroy-tree';
import { PALETTE } from './palette';

/** How much plugged pairs fade once the others light up. */
const PLUGGED_DIM = 0.45;
const { halfGap, top, jak } = MINI_PAIR;

/** The drawn population: `update` sets opacities only. */
export interface PopulationSprite {
  readonly container: Container;
  /**
   * Where it draws (stage units): one box per small pair (lobes to JAK, glow and badges included) and per dimer.
   * Whatever `update` changes lies inside them, so a redraw of these boxes leaves the picture as a full redraw would.
   */
  readonly areas: readonly Rectangle[];
  /** `reveal` is the featured receptor's opacity, so the population fades in with the cell. */
  update(phase: PopulationPhase, reveal: number): void;
  destroy(): void;
}

/** x of the two chains (and JAKs) of a pair centred at x. */
const chainsOf = (x: number): readonly [number, number] => [x - halfGap, x + halfGap];

function drawBodies(xs: readonly number[]): Graphics {
  const g = new Graphics();
  const r = PALETTE.receptor;
  for (const x of xs) {
    chainsOf(x).forEach((cx, side) => {
      g.roundRect(cx - 2.5, top + 6, 5, MEMBRANE.bottom + 4 - top - 6, 2.5).fill({ color: r.chain[side] });
      g.ellipse(cx - (side ? -1 : 1), top + 6, 5.5, 6).fill({ color: r.lobe[side] }).stroke({ width: 1.4, color: r.edge[side] });
      g.ellipse(cx, jak.y, jak.rx, jak.ry).fill({ color: PALETTE.jak.kinase }).stroke({ width: 1.4, color: PALETTE.jak.edge });
    });
  }
  return g;
}

/** Create the population's drawing from its layout. */
export function createPopulationSprite(layout: PopulationLayout): PopulationSprite {
  const container = new Container({ label: 'population' });
  const signalling = layout.small.filter((placed) => placed.pair.signals).map((placed) => placed.x);
  const plugged = layout.small.filter((placed) => !placed.pair.signals).map((placed) => placed.x);
  const glow = createGlow((g) => {
    for (const x of signalling) for (const cx of chainsOf(x)) g.ellipse(cx, jak.y, jak.rx, jak.ry);
  }, 6);
  const lit = drawBodies(signalling);
  const dim = drawBodies(plugged);
  // Pockets stay at full strength over the dimmed bodies, so the drug colour always reads.
  const pockets = new Graphics();
  for (const { pair, x } of layout.small) {
    chainsOf(x).forEach((cx, i) => {
      if (pair.plugged[i]) pockets.circle(cx, jak.y + 4, 5).fill({ color: DRUG_COLOURS.drug.ring }).stroke({ width: 1.6, color: DRUG_COLOURS.drug.bond });
      else pockets.circle(cx, jak.y + 4, 3.2).fill({ color: PALETTE.jak.pocket });
    });
  }
  const badges = new Graphics();
  for (const x of signalling) {
    chainsOf(x).forEach((cx, side) => badges.circle(cx + (side ? 8 : -8), jak.y - 6, 4.2));
  }
  badges.fill({ color: PALETTE.phosphate.fill }).stroke({ width: 1.2, color: PALETTE.phosphate.edge });
  const dimers = layout.dimers.map(({ x, y }) => {
    const s = PALETTE.stat;
    const g = new Graphics().ellipse(x - 6, y, 7, 5).ellipse(x + 6, y, 7, 5).fill({ color: s.body }).stroke({ width: 1.3, color: s.edge });
    return g.circle(x, y - 5, 2.8).fill({ color: PALETTE.phosphate.fill });
  });
  container.addChild(glow, lit, dim, pockets, badges, ...dimers);
  // Widest parts: the glow (JAK half-width + spread 6) round chains ±halfGap, the badges at ±(halfGap + 8).
  const reach = halfGap + jak.rx + 9;
  const areas = [
    ...layout.small.map(({ x }) => new Rectangle(x - reach, top - 4, 2 * reach, jak.y + jak.ry + 10 - (top - 4))),
    ...layout.dimers.map(({ x, y }) => new Rectangle(x - 16, y - 10, 32, 18)),
  ];
  return {
    container,
    areas,
    update({ lit: on, imported }, reveal) {
      setOpacity(container, reveal);
      setOpacity(glow, on);
      setOpacity(badges, on);
      dim.alpha = 1 - PLUGGED_DIM * clamp01(on);
      // The dimers arrive one after another over the import step.
      dimers.forEach((g, i) => setOpacity(g, imported * dimers.length - i));
    },
    destroy: () => destroyTree(container),
  };
}
