/**
 * A gene card: the gene's name, an up/down arrow and a gauge showing how far its expression has moved
 * from baseline. Shapes (arrow direction, bar side) carry the meaning; colour only reinforces it.
 */
import { Container, Graphics, Text } from 'pixi.js';
import type { ActorDef } from '../../model/actor';
import { GENES } from '../../model/geometry';
import { createLabel, LabelScaler } from '../label';
import { LABEL_PRIORITY, type LabelPlace } from '../label-placer';
import { PALETTE } from '../palette';
import { createGlow } from './glow';
import { actorSprite, applyBaseState, setOpacity } from './actor-sprite';
import type { ActorSprite } from './actor-sprite';

const HW = GENES.width / 2;
const HH = GENES.height / 2;
const NAME_FONT_SIZE = 18;
const BASELINE_FONT_SIZE = 12;

/** Bottom row: arrow at the left, then the gauge whose centre tick is baseline expression. */
const ROW_Y = 12;
const ARROW_X = -HW + 15;
const GAUGE = { left: -HW + 30, right: HW - 10, h: 10 };
const GAUGE_MID = (GAUGE.left + GAUGE.right) / 2;
const GAUGE_HALF = (GAUGE.right - GAUGE.left) / 2;

/** An arrow glyph pointing up (`dir` = −1 in y) or down, centred at (x, y). Shapes, not text, so no font is needed. */
function drawArrow(color: number, pointsUp: boolean): Graphics {
  const s = pointsUp ? -1 : 1;
  const g = new Graphics();
  // Shaft and head as one polygon, 18 units tall.
  g.poly([-2.6, -9 * s, 2.6, -9 * s, 2.6, 1 * s, 7, 1 * s, 0, 9 * s, -7, 1 * s, -2.6, 1 * s])
    .fill({ color })
    .stroke({ width: 1, color, join: 'round' });
  g.position.set(ARROW_X, ROW_Y);
  return g;
}

/** Three short mRNA strands above the card, each a wavy line with a cap dot at its 5' end. */
function drawTranscripts(color: number): Graphics {
  const g = new Graphics();
  for (const [x, y] of [[-38, -HH - 12], [-4, -HH - 22], [30, -HH - 13]] as const) {
    g.moveTo(x, y);
    for (let i = 1; i <= 6; i++) g.lineTo(x + i * 5, y + (i % 2 === 0 ? 0 : -5));
    g.stroke({ width: 2.5, color, cap: 'round', join: 'round' });
    g.circle(x, y, 3.5).fill({ color });
  }
  return g;
}

/** A unit-width bar (0 … 1 in x) that is stretched to the expression value by scaling, never redrawn. */
function drawBar(color: number): Graphics {
  const g = new Graphics().rect(0, -GAUGE.h / 2 + 1.5, 1, GAUGE.h - 3).fill({ color });
  g.position.set(GAUGE_MID, ROW_Y);
  return g;
}

/**
 * Create a gene card. Container origin = card centre. `value` −1 … +1 is the expression change: the bar grows
 * left (down) or right (up) from the baseline tick and the ↓/↑ arrow fades in with |value|; near 0 the
 * gauge reads "baseline". `def.change` picks the arrow shown at baseline (faintly), so the card hints at
 * what will happen.
 */
export function createGeneSprite(def: ActorDef, baselineWord = 'baseline'): ActorSprite {
  const scaler = new LabelScaler();
  const c = PALETTE.gene;
  const container = new Container({ label: `gene:${def.id}` });

  const cardShape = new Graphics()
    .roundRect(-HW + 1, -HH + 3, GENES.width, GENES.height, 11)
    .fill({ color: c.shadow, alpha: 0.1 })
    .roundRect(-HW, -HH, GENES.width, GENES.height, 11)
    .fill({ color: c.card })
    .stroke({ width: 1.5, color: c.cardEdge });
  cardShape.roundRect(GAUGE.left, ROW_Y - GAUGE.h / 2, GAUGE.right - GAUGE.left, GAUGE.h, GAUGE.h / 2).fill({ color: c.track });

  // Coloured top edge that fades in with the change, a quick whole-card cue.
  const accentUp = new Graphics().roundRect(-HW + 8, -HH + 1, GENES.width - 16, 4, 2).fill({ color: c.up });
  const accentDown = new Graphics().roundRect(-HW + 8, -HH + 1, GENES.width - 16, 4, 2).fill({ color: c.down });

  const barUp = drawBar(c.up);
  const barDown = drawBar(c.down);
  const tick = new Graphics()
    .moveTo(GAUGE_MID, ROW_Y - GAUGE.h / 2 - 3)
    .lineTo(GAUGE_MID, ROW_Y + GAUGE.h / 2 + 3)
    .stroke({ width: 2, color: c.tick, cap: 'round' });
  const arrowUp = drawArrow(c.up, true);
  const arrowDown = drawArrow(c.down, false);
  // The arrow is the card's key message: enlarge it a little on small screens, like a label.
  scaler.add(arrowUp, { fontSize: 16, maxBoost: 1.5 });
  scaler.add(arrowDown, { fontSize: 16, maxBoost: 1.5 });

  const name = createLabel(def.label, { fontSize: NAME_FONT_SIZE, fontWeight: '700', fill: c.name });
  name.position.set(0, -HH + 16);
  scaler.add(name, { fontSize: NAME_FONT_SIZE });
  const card = { x: -HW, y: -HH, width: GENES.width, height: GENES.height };
  // On the card while it fits; enlarged past it (a phone), above the card, one or two lines up so that
  // neighbouring names can take turns, or below it.
  const namePlaces = (): readonly LabelPlace[] => [
    { x: 0, y: -HH + 16, anchorX: 0.5, anchorY: 0.5, inside: true },
    { x: 0, y: -HH - 3, anchorX: 0.5, anchorY: 1 },
    { x: 0, y: -HH - 5 - name.height, anchorX: 0.5, anchorY: 1 },
    { x: 0, y: HH + 3, anchorX: 0.5, anchorY: 0 },
  ];

  const baseline: Text = createLabel(baselineWord, {
    fontSize: BASELINE_FONT_SIZE,
    fontWeight: '600',
    fontStyle: 'italic',
    fill: c.baseline,
    halo: c.track,
    haloWidth: 3,
  });
  baseline.position.set(GAUGE_MID, ROW_Y);
  // It must stay inside its gauge: where it cannot at the minimum size, it is not drawn (the tick says it).
  scaler.add(baseline, { fontSize: BASELINE_FONT_SIZE, maxWidth: GAUGE.right - GAUGE.left });
  const gauge = { x: GAUGE.left, y: ROW_Y - GAUGE.h, width: GAUGE.right - GAUGE.left, height: 2 * GAUGE.h };
  const baselinePlaces: readonly LabelPlace[] = [{ x: GAUGE_MID, y: ROW_Y, anchorX: 0.5, anchorY: 0.5, inside: true }];

  // Being transcribed: the card glows while its expression changes (state.active), and a gene turned up
  // releases mRNA copies (wavy strands), so "more of this gene" is visible at a glance, not only as a bar.
  const glow = createGlow((g) => g.roundRect(-HW, -HH, GENES.width, GENES.height, 11), 14);
  const transcripts = drawTranscripts(c.up);

  container.addChild(glow, transcripts, cardShape, accentUp, accentDown, barUp, barDown, tick, baseline, arrowUp, arrowDown, name);

  /** Arrow shown when the value is (near) zero: the expected direction, very faint. */
  const expectUp = def.change !== 'down';
  // A gene the pathway keeps expressed has no direction to hint at.
  const hintAlpha = def.change === undefined || def.change === 'kept' ? 0 : 0.18;

  return actorSprite(container, scaler, (state) => {
    applyBaseState(container, state);
    const v = Math.max(-1, Math.min(1, state.value));
    const m = Math.abs(v);
    const up = v > 0 || (v === 0 && expectUp);
    barUp.scale.x = Math.max(v, 0) * GAUGE_HALF;
    barDown.scale.x = Math.min(v, 0) * GAUGE_HALF;
    setOpacity(barUp, v > 0 ? 1 : 0);
    setOpacity(barDown, v < 0 ? 1 : 0);
    const arrowAlpha = Math.max(hintAlpha, Math.min(1, m * 1.6));
    setOpacity(arrowUp, up ? arrowAlpha : 0);
    setOpacity(arrowDown, up ? 0 : arrowAlpha);
    setOpacity(accentUp, v > 0 ? m : 0);
    setOpacity(accentDown, v < 0 ? m : 0);
    setOpacity(baseline, 1 - m * 4);
    setOpacity(glow, state.active);
    setOpacity(transcripts, Math.max(v, 0));
    transcripts.y = -Math.max(v, 0) * 6;
  }, [
    { texts: [name], priority: LABEL_PRIORITY.gene, subject: def.id, places: namePlaces, body: () => card },
    { texts: [baseline], priority: LABEL_PRIORITY.gene - 1, places: () => baselinePlaces, body: () => gauge },
  ]);
}
