/**
 * A JAK kinase: four domains in a row from the membrane down — FERM and SH2-like (which grip the
 * receptor tail at Box1/Box2), the pseudokinase JH2, and the kinase JH1 with its ATP pocket.
 */
import { Container, Graphics } from 'pixi.js';
import type { ActorDef } from '../../model/actor';
import { JAK } from '../../model/geometry';
import { createLabel, LabelScaler } from '../label';
import { LABEL_PRIORITY, type LabelPlace } from '../label-placer';
import { PALETTE } from '../palette';
import { actorSprite, applyBaseState, setOpacity } from './actor-sprite';
import type { ActorSprite } from './actor-sprite';
import { createGlow } from './glow';
import { createPhosphateBadge } from './phosphate-badge';

const HW = JAK.width / 2;
const HH = JAK.height / 2;

/*
 * Layout in the side-0 frame: the receptor tail is at x = −HW (left), the partner chain to the right.
 * The domains keep to the tail side (x ≤ ~+28) because, when two chains assemble, their JAKs sit only
 * 2·(CHAIN_X gap/2 − JAK.offsetX) apart and must be juxtaposed, not stacked.
 */
const FERM = { x: -HW, y: -HH, w: 66, h: 40, r: 20 };
const SH2 = { x: 24, y: -30, r: 11 };
const JH2 = { x: -HW + 5, y: -17, w: 60, h: 30, r: 15 };
/** Kinase N-lobe and C-lobe; the ATP cleft lies between them at JAK.pocket. */
const N_LOBE = { x: -6, y: JAK.pocket.y - 13, rx: 30, ry: 12 };
const C_LOBE = { x: -4, y: JAK.pocket.y + 10, rx: 36, ry: 13 };
/**
 * The activation loop (where the P badge goes): the kinase's tail-side end, clear of the partner JAK and of
 * the ATP label below the pocket.
 */
const LOOP = { x: -33, y: JAK.pocket.y - 4 };

const LABEL_FONT_SIZE = 18;

function traceDomains(g: Graphics): void {
  g.roundRect(FERM.x, FERM.y, FERM.w, FERM.h, FERM.r)
    .circle(SH2.x, SH2.y, SH2.r)
    .roundRect(JH2.x, JH2.y, JH2.w, JH2.h, JH2.r)
    .ellipse(N_LOBE.x, N_LOBE.y, N_LOBE.rx, N_LOBE.ry)
    .ellipse(C_LOBE.x, C_LOBE.y, C_LOBE.rx, C_LOBE.ry);
}

/** Draw the four domains, back to front, each with its own tone so the modular structure reads. */
function drawBody(): Graphics {
  const c = PALETTE.jak;
  const g = new Graphics();
  const stroke = { width: 1.8, color: c.edge } as const;
  g.roundRect(FERM.x, FERM.y, FERM.w, FERM.h, FERM.r).fill({ color: c.ferm }).stroke(stroke);
  g.circle(SH2.x, SH2.y, SH2.r).fill({ color: c.sh2 }).stroke(stroke);
  g.roundRect(JH2.x, JH2.y, JH2.w, JH2.h, JH2.r).fill({ color: c.pseudokinase }).stroke(stroke);
  g.ellipse(C_LOBE.x, C_LOBE.y, C_LOBE.rx, C_LOBE.ry).fill({ color: c.kinase }).stroke(stroke);
  g.ellipse(N_LOBE.x, N_LOBE.y, N_LOBE.rx, N_LOBE.ry).fill({ color: c.kinase }).stroke(stroke);
  // ATP pocket: a dark cleft between the lobes, opening toward the partner side.
  const px = JAK.pocket.x;
  const py = JAK.pocket.y;
  g.moveTo(px - 6, py - 8)
    .lineTo(px + 24, py - 4)
    .quadraticCurveTo(px + 28, py, px + 24, py + 4)
    .lineTo(px - 6, py + 8)
    .closePath()
    .fill({ color: c.pocket });
  g.circle(px, py, 12).fill({ color: c.pocket }).stroke({ width: 1.5, color: 0xffffff, alpha: 0.35 });
  // Soft highlights on the upper-left of each domain.
  g.ellipse(FERM.x + 18, FERM.y + 10, 12, 5)
    .ellipse(JH2.x + 14, JH2.y + 8, 9, 4)
    .ellipse(N_LOBE.x - 14, N_LOBE.y - 5, 8, 3)
    .fill({ color: 0xffffff, alpha: 0.25 });
  return g;
}

/**
 * Create a JAK. Container origin = JAK centre; `def.side` 0 means it hangs right of its chain's tail
 * (facing a partner to the right), 1 the mirror image. `phospho` = P badge on the activation loop,
 * `active` = glow.
 */
export function createJakSprite(def: ActorDef): ActorSprite {
  const side: 0 | 1 = def.side ?? 0;
  const dir = side === 0 ? 1 : -1;
  const scaler = new LabelScaler();
  const container = new Container({ label: `jak:${def.id}` });

  const glow = createGlow(traceDomains, 14);
  const body = drawBody();
  glow.scale.x = dir;
  body.scale.x = dir;

  const badge = createPhosphateBadge(scaler);
  badge.position.set(dir * LOOP.x, LOOP.y);

  // Label on the FERM domain, anchored at its partner-side end so that, when enlarged, it grows over the
  // tail and away from the partner JAK's label.
  const label = createLabel(def.label, {
    fontSize: LABEL_FONT_SIZE,
    fontWeight: '700',
    fill: PALETTE.text.inverse,
    halo: PALETTE.jak.halo,
    anchorX: side === 0 ? 1 : 0,
    anchorY: 0.5,
  });
  label.position.set(dir * (FERM.x + FERM.w - 10), FERM.y + FERM.h / 2 + 1);
  scaler.add(label, { fontSize: LABEL_FONT_SIZE });
  // Too big for the FERM domain (a phone): beside the receptor tail on the outer side, else below the JAK.
  const outward = side === 0 ? 1 : 0;
  const places: readonly LabelPlace[] = [
    { x: label.x, y: label.y, anchorX: outward, anchorY: 0.5, inside: true },
    { x: dir * (-HW - 16), y: FERM.y + FERM.h / 2, anchorX: outward, anchorY: 0.5 },
    { x: dir * (-HW - 16), y: 0, anchorX: outward, anchorY: 0.5 },
    { x: 0, y: HH + 4, anchorX: 0.5, anchorY: 0 },
  ];
  // Every domain (C-lobe widest at the bottom, the SH2-like domain on the partner side), and the receptor tail
  // they grip: a name printed on the JAK may run onto the tail.
  const grip = HW + 10;
  const named = { x: side === 0 ? -grip : -(SH2.x + SH2.r), y: -HH, width: grip + SH2.x + SH2.r, height: C_LOBE.y + C_LOBE.ry + HH };

  container.addChild(glow, body, badge, label);

  return actorSprite(container, scaler, (state) => {
    applyBaseState(container, state);
    setOpacity(glow, state.active);
    setOpacity(badge, state.phospho);
    badge.rotation = -state.rotation;
    label.rotation = -state.rotation;
  }, [{ texts: [label], priority: LABEL_PRIORITY.jak, subject: def.id, places: () => places, body: () => named }]);
}
