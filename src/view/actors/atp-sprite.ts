/**
 * ATP / ADP: an adenosine (adenine + ribose) with a chain of phosphates. The phosphates use the same amber
 * as the P badges, so students can see where the transferred phosphate comes from.
 */
import { Container, Graphics } from 'pixi.js';
import type { ActorDef, ActorState } from '../../model/actor';
import { ATP } from '../../model/geometry';
import { createLabel, LabelScaler } from '../label';
import { PALETTE } from '../palette';
import { applyBaseState, clamp01, setOpacity } from './actor-sprite';
import type { ActorSprite } from './actor-sprite';

const R = ATP.radius;
const PHOSPHATE_R = 4;
/** Centres of the α, β, γ phosphates; γ is the one handed to a tyrosine. */
const PHOSPHATE_X = [1, 8.8, 16.6] as const;
/** Adenine (6-ring of the purine) and ribose centres. */
const ADENINE = { x: -R + 4.5, y: -2.5, r: 4.8 };
const RIBOSE = { x: -6.5, y: 3, r: 4.4 };
/** How far the γ phosphate drifts away while it fades (ATP → ADP). */
const GAMMA_DRIFT = 7;

const LABEL_FONT_SIZE = 15;

/** Adenine (purine simplified to a hexagon) and ribose (a pentagon), bonded to the α phosphate. */
function drawAdenosine(g: Graphics): void {
  const c = PALETTE.atp;
  const hex: number[] = [];
  for (let i = 0; i < 6; i++) {
    const a = Math.PI / 6 + (i * Math.PI) / 3;
    hex.push(ADENINE.x + ADENINE.r * Math.cos(a), ADENINE.y + ADENINE.r * Math.sin(a));
  }
  const pent: number[] = [];
  for (let i = 0; i < 5; i++) {
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / 5;
    pent.push(RIBOSE.x + RIBOSE.r * Math.cos(a), RIBOSE.y + RIBOSE.r * Math.sin(a));
  }
  // Bonds first (behind): adenine → ribose → α-phosphate.
  g.moveTo(ADENINE.x, ADENINE.y).lineTo(RIBOSE.x, RIBOSE.y).lineTo(PHOSPHATE_X[0], 0).stroke({ width: 2.4, color: PALETTE.atp.bond });
  g.poly(hex).fill({ color: c.adenosine }).stroke({ width: 1.5, color: c.adenosineEdge, join: 'round' });
  g.poly(pent).fill({ color: 0xcfeede }).stroke({ width: 1.5, color: c.adenosineEdge, join: 'round' });
}

function drawPhosphate(g: Graphics, x: number): void {
  g.circle(x, 0, PHOSPHATE_R).fill({ color: PALETTE.phosphate.fill }).stroke({ width: 1.4, color: PALETTE.phosphate.edge });
}

/**
 * Create an ATP. Container origin = molecule centre (set it on JAK pocket to show it bound). `value` 0 = ATP,
 * 1 = ADP (γ phosphate gone), crossfading in between. The label sits on the outer side of its chain
 * (`def.side` 0 → left, 1 → right) so two ATPs in juxtaposed JAKs keep separate labels; no side → below.
 */
export function createAtpSprite(def: ActorDef): ActorSprite {
  const scaler = new LabelScaler();
  const container = new Container({ label: `atp:${def.id}` });

  const core = new Graphics();
  // Bond β → γ is part of the fading γ group; α → β is permanent.
  core.moveTo(PHOSPHATE_X[0], 0).lineTo(PHOSPHATE_X[1], 0).stroke({ width: 2.4, color: PALETTE.atp.bond });
  drawAdenosine(core);
  drawPhosphate(core, PHOSPHATE_X[0]);
  drawPhosphate(core, PHOSPHATE_X[1]);

  const gamma = new Graphics();
  gamma.moveTo(PHOSPHATE_X[1], 0).lineTo(PHOSPHATE_X[2], 0).stroke({ width: 2.4, color: PALETTE.atp.bond });
  drawPhosphate(gamma, PHOSPHATE_X[2]);

  const side = def.side;
  const placeLabel = { fontSize: LABEL_FONT_SIZE, fontWeight: '700' as const };
  const anchor =
    side === 0
      ? { anchorX: 1, anchorY: 0.5, x: -R - 4, y: 0 }
      : side === 1
        ? { anchorX: 0, anchorY: 0.5, x: R + 4, y: 0 }
        : { anchorX: 0.5, anchorY: 0, x: 0, y: R - 6 };
  const atpLabel = createLabel('ATP', { ...placeLabel, anchorX: anchor.anchorX, anchorY: anchor.anchorY });
  const adpLabel = createLabel('ADP', { ...placeLabel, anchorX: anchor.anchorX, anchorY: anchor.anchorY });
  for (const label of [atpLabel, adpLabel]) {
    label.position.set(anchor.x, anchor.y);
    scaler.add(label, { fontSize: LABEL_FONT_SIZE });
  }

  // Phosphates point toward the partner chain (side 1 is mirrored), i.e. toward the substrate tyrosines.
  const body = new Container();
  body.addChild(core, gamma);
  if (side === 1) body.scale.x = -1;
  container.addChild(body, atpLabel, adpLabel);

  return {
    container,
    update(state: ActorState): void {
      applyBaseState(container, state);
      const v = clamp01(state.value);
      setOpacity(gamma, 1 - v);
      gamma.x = GAMMA_DRIFT * v;
      setOpacity(atpLabel, 1 - v);
      setOpacity(adpLabel, v);
      atpLabel.rotation = -state.rotation;
      adpLabel.rotation = -state.rotation;
    },
    setViewScale(screenPxPerUnit: number, resolution: number): void {
      scaler.setViewScale(screenPxPerUnit, resolution);
    },
    destroy(): void {
      container.destroy({ children: true });
    },
  };
}
