/**
 * A SOCS protein, the pathway's built-in brake: a short N-terminal region (kinase-inhibitory region), a
 * central SH2 domain, and the C-terminal "SOCS box" that recruits the ubiquitin machinery.
 */
import { Container, Graphics } from 'pixi.js';
import type { ActorDef } from '../../model/actor';
import { SOCS } from '../../model/geometry';
import { createLabel, LabelScaler } from '../label';
import { LABEL_PRIORITY, type LabelPlace } from '../label-placer';
import { PALETTE } from '../palette';
import { actorSprite, applyBaseState, setOpacity } from './actor-sprite';
import type { ActorSprite } from './actor-sprite';
import { createGlow } from './glow';

const HW = SOCS.width / 2;
const HH = SOCS.height / 2;
/** Kinase-inhibitory region: a tapered wedge pointing left (it plugs into the JAK). */
const KIR: number[] = [-HW, -4, -HW + 18, -13, -HW + 18, 9, -HW, 4];
const SH2 = { x: -4, y: -1, r: 21 };
const BOX = { x: 11, y: -10, w: HW - 11, h: HH + 10, r: 8 };

const LABEL_FONT_SIZE = 15;

function traceShape(g: Graphics): void {
  g.poly(KIR).circle(SH2.x, SH2.y, SH2.r).roundRect(BOX.x, BOX.y, BOX.w, BOX.h, BOX.r);
}

function drawBody(): Graphics {
  const c = PALETTE.socs;
  const g = new Graphics();
  g.poly(KIR).fill({ color: c.body }).stroke({ width: 1.8, color: c.edge, join: 'round' });
  g.roundRect(BOX.x, BOX.y, BOX.w, BOX.h, BOX.r).fill({ color: c.box }).stroke({ width: 1.8, color: c.edge });
  // "SOCS box" ridges, so the box reads as a separate module.
  g.moveTo(BOX.x + 9, BOX.y + 8).lineTo(BOX.x + BOX.w - 5, BOX.y + 8)
    .moveTo(BOX.x + 9, BOX.y + 16).lineTo(BOX.x + BOX.w - 5, BOX.y + 16)
    .moveTo(BOX.x + 9, BOX.y + 24).lineTo(BOX.x + BOX.w - 5, BOX.y + 24)
    .stroke({ width: 2, color: 0xffffff, alpha: 0.3, cap: 'round' });
  g.circle(SH2.x, SH2.y, SH2.r).fill({ color: c.body }).stroke({ width: 1.8, color: c.edge });
  g.ellipse(SH2.x - 7, SH2.y - 10, 8, 5).fill({ color: 0xffffff, alpha: 0.25 });
  return g;
}

/** Create a SOCS protein. Container origin = centre; label on the SH2 domain. `active` = glow. */
export function createSocsSprite(def: ActorDef): ActorSprite {
  const side: 0 | 1 = def.side ?? 0;
  const scaler = new LabelScaler();
  const container = new Container({ label: `socs:${def.id}` });
  const glow = createGlow(traceShape, 12);
  const body = drawBody();
  // Side 1 mirrors the wedge so the inhibitory region points at a JAK on its left.
  if (side === 1) {
    glow.scale.x = -1;
    body.scale.x = -1;
  }
  const label = createLabel(def.label, {
    fontSize: LABEL_FONT_SIZE,
    fontWeight: '700',
    fill: PALETTE.text.inverse,
    halo: PALETTE.socs.halo,
  });
  label.position.set((side === 1 ? -1 : 1) * SH2.x, SH2.y + 1);
  scaler.add(label, { fontSize: LABEL_FONT_SIZE });
  const named = { x: -HW, y: -HH, width: SOCS.width, height: SOCS.height };
  // On the SH2 domain while it fits; else below, above or beside the protein.
  const places: readonly LabelPlace[] = [
    { x: label.x, y: label.y, anchorX: 0.5, anchorY: 0.5, inside: true },
    { x: 0, y: HH + 3, anchorX: 0.5, anchorY: 0 },
    { x: 0, y: -HH - 3, anchorX: 0.5, anchorY: 1 },
    { x: HW + 4, y: 0, anchorX: 0, anchorY: 0.5 },
    { x: -HW - 4, y: 0, anchorX: 1, anchorY: 0.5 },
  ];
  container.addChild(glow, body, label);

  return actorSprite(container, scaler, (state) => {
    applyBaseState(container, state);
    setOpacity(glow, state.active);
    label.rotation = -state.rotation;
  }, [{ texts: [label], priority: LABEL_PRIORITY.socs, subject: def.id, places: () => places, body: () => named }]);
}
