/**
 * A single-pass cytokine receptor chain: two extracellular domains, a transmembrane helix and a
 * cytoplasmic tail carrying the tyrosines that get phosphorylated and dock STATs.
 */
import { Container, Graphics } from 'pixi.js';
import type { ActorDef } from '../../model/actor';
import { MEMBRANE, RECEPTOR } from '../../model/geometry';
import { createLabel, LabelScaler } from '../label';
import { LABEL_PRIORITY, type LabelPlace } from '../label-placer';
import { PALETTE } from '../palette';
import { actorSprite, applyBaseState, setOpacity } from './actor-sprite';
import type { ActorSprite } from './actor-sprite';
import { createGlow } from './glow';
import { createPhosphateBadge } from './phosphate-badge';

/** Half the membrane thickness: the extracellular part starts here above the chain origin. */
const HALF_MEMBRANE = (MEMBRANE.bottom - MEMBRANE.top) / 2;

/** How far the extracellular domains turn toward the partner at value = 1 (a subtle ~3.5° twist). */
const TWIST_RADIANS = 0.06;

const LOBE_RX = RECEPTOR.outerWidth / 2 - 1;
/** Membrane-distal domain D1: leans toward the partner chain, forming the cytokine-binding elbow. */
const D1 = { x: 6, y: -118, rx: LOBE_RX, ry: 31 };
/** Membrane-proximal domain D2. */
const D2 = { x: 0, y: -56, rx: LOBE_RX, ry: 29 };
const TM_WIDTH = 13;
const TAIL_TOP = HALF_MEMBRANE - 3;
/** Tyrosine dots sit on the tail's outer edge (away from the partner). */
const TYROSINE_X = -RECEPTOR.tailWidth / 2;

const LABEL_FONT_SIZE = 20;

/** Trace the two extracellular lobes (side-0 frame, relative to the membrane's outer surface). */
function traceLobes(g: Graphics): void {
  g.ellipse(D1.x, D1.y + HALF_MEMBRANE, D1.rx, D1.ry).ellipse(D2.x, D2.y + HALF_MEMBRANE, D2.rx, D2.ry);
}

/** Trace the transmembrane helix and the cytoplasmic tail (side-0 frame, origin at membrane mid). */
function traceStem(g: Graphics): void {
  g.roundRect(-TM_WIDTH / 2, -HALF_MEMBRANE - 8, TM_WIDTH, 2 * HALF_MEMBRANE + 8, TM_WIDTH / 2).roundRect(
    -RECEPTOR.tailWidth / 2,
    TAIL_TOP,
    RECEPTOR.tailWidth,
    RECEPTOR.tailBottom - TAIL_TOP,
    RECEPTOR.tailWidth / 2,
  );
}

/** Draw the extracellular domains, in a frame whose origin is the membrane's outer surface (the twist pivot). */
function drawLobes(side: 0 | 1): Graphics {
  const chain = PALETTE.receptor.chain[side];
  const lobe = PALETTE.receptor.lobe[side];
  const edge = PALETTE.receptor.edge[side];
  const g = new Graphics();
  const y1 = D1.y + HALF_MEMBRANE;
  const y2 = D2.y + HALF_MEMBRANE;
  // Stalk from D2 into the membrane, behind the lobes.
  g.roundRect(-5, y2 + D2.ry - 6, 10, -(y2 + D2.ry - 6) + 4, 5).fill({ color: chain });
  // Inter-domain hinge.
  g.circle(3, (y1 + D1.ry + y2 - D2.ry) / 2, 7).fill({ color: chain });
  traceLobes(g);
  g.fill({ color: lobe }).stroke({ width: 2, color: edge });
  // β-sandwich hint: a few gently curved strands per domain.
  for (const d of [
    { x: D1.x, y: y1, ry: D1.ry },
    { x: D2.x, y: y2, ry: D2.ry },
  ]) {
    for (const dx of [-10, 0, 10]) {
      const h = d.ry * (dx === 0 ? 0.62 : 0.5);
      g.moveTo(d.x + dx - 1, d.y - h).quadraticCurveTo(d.x + dx + 3, d.y, d.x + dx - 1, d.y + h);
    }
  }
  g.stroke({ width: 2.4, color: chain, alpha: 0.45, cap: 'round' });
  // Soft top-left highlight for a rounded, shaded look.
  g.ellipse(D1.x - 9, y1 - 12, 8, 11).ellipse(D2.x - 9, y2 - 11, 8, 10).fill({ color: 0xffffff, alpha: 0.4 });
  return g;
}

/** Draw the transmembrane helix and tail (origin at membrane mid). */
function drawStem(side: 0 | 1): Graphics {
  const chain = PALETTE.receptor.chain[side];
  const edge = PALETTE.receptor.edge[side];
  const g = new Graphics();
  traceStem(g);
  g.fill({ color: chain }).stroke({ width: 1.6, color: edge });
  // α-helix hint on the transmembrane segment.
  for (let y = -HALF_MEMBRANE - 2; y <= HALF_MEMBRANE - 2; y += 8) {
    g.moveTo(-TM_WIDTH / 2 + 2, y + 3).lineTo(TM_WIDTH / 2 - 2, y - 3);
  }
  g.stroke({ width: 2, color: 0xffffff, alpha: 0.4, cap: 'round' });
  // Box1 / Box2 motifs, where the JAK's FERM domain holds the tail (partner side).
  g.roundRect(1, 44, RECEPTOR.tailWidth / 2 - 1, 10, 3).roundRect(1, 84, RECEPTOR.tailWidth / 2 - 1, 10, 3);
  g.fill({ color: edge, alpha: 0.45 });
  // Highlight down the tail.
  g.roundRect(-RECEPTOR.tailWidth / 2 + 3, TAIL_TOP + 6, 3, RECEPTOR.tailBottom - TAIL_TOP - 14, 1.5).fill({
    color: 0xffffff,
    alpha: 0.3,
  });
  // Tyrosine sites on the outer edge.
  for (const ty of RECEPTOR.tyrosineY) g.circle(TYROSINE_X, ty, 5);
  g.fill({ color: PALETTE.receptor.tyrosine }).stroke({ width: 2, color: edge });
  return g;
}

/**
 * Create a receptor chain. The container origin is the chain centre at membrane mid; `def.side` 0 is the
 * left chain (partner to the right), 1 the right chain. `phospho` shows P badges on the tail tyrosines,
 * `active` a glow, `value` a slight twist of the extracellular domains toward the partner.
 */
export function createReceptorSprite(def: ActorDef): ActorSprite {
  const side: 0 | 1 = def.side ?? 0;
  /** +1 when the partner is to the right. */
  const dir = side === 0 ? 1 : -1;
  const scaler = new LabelScaler();
  const container = new Container({ label: `receptor:${def.id}` });

  // Extracellular domains pivot on the membrane's outer surface.
  const outer = new Container();
  outer.position.set(0, -HALF_MEMBRANE);
  const outerGlow = createGlow(traceLobes);
  const lobes = drawLobes(side);
  outerGlow.scale.x = dir;
  lobes.scale.x = dir;
  outer.addChild(outerGlow, lobes);

  const stemGlow = createGlow(traceStem);
  const stem = drawStem(side);
  stemGlow.scale.x = dir;
  stem.scale.x = dir;

  const badges = RECEPTOR.tyrosineY.map((ty) => {
    const badge = createPhosphateBadge(scaler);
    badge.position.set(dir * (TYROSINE_X - 3), ty);
    return badge;
  });

  // Label beside D1 on the outer side, growing outward, so the two chains' labels never meet.
  const label = createLabel(def.label, {
    fontSize: LABEL_FONT_SIZE,
    fill: PALETTE.receptor.edge[side],
    fontWeight: '700',
    anchorX: side === 0 ? 1 : 0,
    anchorY: 0.5,
  });
  label.position.set(dir * (D1.x - D1.rx - 6), D1.y);
  scaler.add(label, { fontSize: LABEL_FONT_SIZE });
  // Other places on the outer side, should D1's side be taken: beside D2, above D1, beside the tail.
  const outward = side === 0 ? 1 : 0;
  const places: readonly LabelPlace[] = [
    { x: label.x, y: label.y, anchorX: outward, anchorY: 0.5 },
    { x: dir * (D2.x - D2.rx - 6), y: D2.y, anchorX: outward, anchorY: 0.5 },
    { x: dir * (D1.x - D1.rx), y: D1.y - D1.ry - 4, anchorX: outward, anchorY: 1 },
    { x: dir * (-RECEPTOR.tailWidth / 2 - 6), y: 110, anchorX: outward, anchorY: 0.5 },
  ];
  // The whole chain, lobes to tail.
  const left = Math.min(-LOBE_RX, dir * D1.x - LOBE_RX);
  const right = Math.max(LOBE_RX, dir * D1.x + LOBE_RX);
  const named = { x: left, y: D1.y - D1.ry, width: right - left, height: RECEPTOR.tailBottom - (D1.y - D1.ry) };

  container.addChild(stemGlow, outer, stem, ...badges, label);

  return actorSprite(container, scaler, (state) => {
    applyBaseState(container, state);
    setOpacity(outerGlow, state.active);
    setOpacity(stemGlow, state.active);
    outer.rotation = dir * TWIST_RADIANS * state.value;
    for (const badge of badges) {
      setOpacity(badge, state.phospho);
      badge.rotation = -state.rotation;
    }
    label.rotation = -state.rotation;
  }, [{ texts: [label], priority: LABEL_PRIORITY.receptor, subject: def.id, places: () => places, body: () => named }]);
}
