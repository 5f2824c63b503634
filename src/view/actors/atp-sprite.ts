/**
 * ATP / ADP: an adenosine (adenine + ribose) with a chain of phosphates. The phosphates use the same amber
 * as the P badges, so students can see where the transferred phosphate comes from.
 */
import { Container, Graphics } from 'pixi.js';
import type { ActorDef } from '../../model/actor';
import { ATP } from '../../model/geometry';
import { createLabel, LabelScaler } from '../label';
import { LABEL_PRIORITY, type LabelPlace } from '../label-placer';
import { PALETTE } from '../palette';
import { actorSprite, applyBaseState, clamp01, setOpacity } from './actor-sprite';
import type { ActorSprite } from './actor-sprite';

const R = ATP.radius;
const PHOSPHATE_R = 5;
/**
 * Centres of the α, β, γ phosphates (a gentle zigzag keeps the molecule within about ATP.radius);
 * γ is the one handed to a tyrosine.
 */
const PHOSPHATES = [
  { x: 3, y: 3 },
  { x: 12, y: -2 },
  { x: 21, y: 3 },
] as const;
/** Adenine (purine simplified to a hexagon) and ribose (a pentagon). */
const ADENINE = { x: -R + 1, y: -3, r: 6.4 };
const RIBOSE = { x: -6, y: 4, r: 5.6 };
/** How far the γ phosphate drifts away while it fades (ATP → ADP). */
const GAMMA_DRIFT = 8;

const LABEL_FONT_SIZE = 15;

function ring(cx: number, cy: number, r: number, sides: number, start: number): number[] {
  const points: number[] = [];
  for (let i = 0; i < sides; i++) {
    const a = start + (i * 2 * Math.PI) / sides;
    points.push(cx + r * Math.cos(a), cy + r * Math.sin(a));
  }
  return points;
}

/** Adenosine: adenine bonded to ribose, ribose bonded to the α phosphate. */
function drawAdenosine(g: Graphics): void {
  const c = PALETTE.atp;
  const p0 = PHOSPHATES[0];
  g.moveTo(ADENINE.x, ADENINE.y).lineTo(RIBOSE.x, RIBOSE.y).lineTo(p0.x, p0.y).stroke({ width: 2.6, color: c.bond });
  g.poly(ring(ADENINE.x, ADENINE.y, ADENINE.r, 6, Math.PI / 6))
    .fill({ color: c.adenosine })
    .stroke({ width: 1.6, color: c.adenosineEdge, join: 'round' });
  g.poly(ring(RIBOSE.x, RIBOSE.y, RIBOSE.r, 5, -Math.PI / 2))
    .fill({ color: PALETTE.atp.ribose })
    .stroke({ width: 1.6, color: c.adenosineEdge, join: 'round' });
}

function drawPhosphate(g: Graphics, p: { x: number; y: number }): void {
  g.circle(p.x, p.y, PHOSPHATE_R).fill({ color: PALETTE.phosphate.fill }).stroke({ width: 1.5, color: PALETTE.phosphate.edge });
}

/**
 * Create an ATP. Container origin = molecule centre (set it on JAK pocket to show it bound). `value` 0 = ATP,
 * 1 = ADP (γ phosphate gone), crossfading in between. The label sits below, shifted to the outer side of
 * its chain (`def.side` 0 → left, 1 → right) so two ATPs in juxtaposed JAKs keep separate labels.
 */
export function createAtpSprite(def: ActorDef): ActorSprite {
  const scaler = new LabelScaler();
  const container = new Container({ label: `atp:${def.id}` });

  const core = new Graphics();
  // Bond β → γ is part of the fading γ group; α → β is permanent.
  const [alpha, beta, gammaP] = PHOSPHATES;
  core.moveTo(alpha.x, alpha.y).lineTo(beta.x, beta.y).stroke({ width: 2.6, color: PALETTE.atp.bond });
  drawAdenosine(core);
  drawPhosphate(core, alpha);
  drawPhosphate(core, beta);

  const gamma = new Graphics();
  gamma.moveTo(beta.x, beta.y).lineTo(gammaP.x, gammaP.y).stroke({ width: 2.6, color: PALETTE.atp.bond });
  drawPhosphate(gamma, gammaP);

  const side = def.side;
  const placeLabel = { fontSize: LABEL_FONT_SIZE, fontWeight: '700' as const };
  // Below the molecule; with a side, shifted so that it grows away from the partner's ATP label.
  const anchor =
    side === 0
      ? { anchorX: 1, anchorY: 0, x: 10, y: 10 }
      : side === 1
        ? { anchorX: 0, anchorY: 0, x: -10, y: 10 }
        : { anchorX: 0.5, anchorY: 0, x: 0, y: 10 };
  const atpLabel = createLabel('ATP', { ...placeLabel, anchorX: anchor.anchorX, anchorY: anchor.anchorY });
  const adpLabel = createLabel('ADP', { ...placeLabel, anchorX: anchor.anchorX, anchorY: anchor.anchorY });
  for (const label of [atpLabel, adpLabel]) {
    label.position.set(anchor.x, anchor.y);
    // All-caps text stays readable a little smaller than mixed case, and two ATPs may sit 24 units apart.
    scaler.add(label, { fontSize: LABEL_FONT_SIZE });
  }
  // Other places: centred below, on the outer side, above.
  const outward = side === 1 ? 1 : -1;
  const places: readonly LabelPlace[] = [
    { x: anchor.x, y: anchor.y, anchorX: anchor.anchorX, anchorY: anchor.anchorY },
    { x: 0, y: R - 4, anchorX: 0.5, anchorY: 0 },
    { x: outward * (R + 4), y: 0, anchorX: side === 1 ? 0 : 1, anchorY: 0.5 },
    { x: 0, y: -R + 4, anchorX: 0.5, anchorY: 1 },
  ];
  // Adenosine to γ phosphate (mirrored on side 1).
  const reach = PHOSPHATES[2].x + PHOSPHATE_R;
  const left = ADENINE.x - ADENINE.r;
  const named = side === 1 ? { x: -reach, y: -10, width: reach - left, height: 20 } : { x: left, y: -10, width: reach - left, height: 20 };

  // Phosphates point toward the partner chain (side 1 is mirrored), i.e. toward the substrate tyrosines.
  const body = new Container();
  body.addChild(core, gamma);
  if (side === 1) body.scale.x = -1;
  container.addChild(body, atpLabel, adpLabel);

  return actorSprite(container, scaler, (state) => {
    applyBaseState(container, state);
    const v = clamp01(state.value);
    setOpacity(gamma, 1 - v);
    gamma.x = GAMMA_DRIFT * v;
    setOpacity(atpLabel, 1 - v);
    setOpacity(adpLabel, v);
    atpLabel.rotation = -state.rotation;
    adpLabel.rotation = -state.rotation;
  }, [{ texts: [atpLabel, adpLabel], priority: LABEL_PRIORITY.atp, subject: def.id, places: () => places, body: () => named }]);
}
