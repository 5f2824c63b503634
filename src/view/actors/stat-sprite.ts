/**
 * A STAT transcription factor: an elongated body (N-terminal, coiled-coil and DNA-binding domains), an SH2
 * domain at one end (it grips phospho-tyrosines) and a short C-terminal tail carrying its own tyrosine.
 */
import { Container, Graphics } from 'pixi.js';
import type { ActorDef } from '../../model/actor';
import { STAT } from '../../model/geometry';
import { createLabel, LabelScaler } from '../label';
import { LABEL_PRIORITY, type LabelPlace } from '../label-placer';
import { PALETTE } from '../palette';
import { actorSprite, applyBaseState, clamp01, setOpacity } from './actor-sprite';
import type { ActorSprite } from './actor-sprite';
import { createGlow } from './glow';
import { createPhosphateBadge } from './phosphate-badge';

const HW = STAT.width / 2;
const HH = STAT.height / 2;

/*
 * Side-0 frame: the SH2 end points right (+x), toward the receptor tail a docked STAT hangs on
 * (STAT.dockOffsetX puts the STAT's right edge at the tail's left edge). Side 1 is the mirror image.
 */
const N_DOMAIN = { x: -HW + 13, y: -4, r: 13 };
const CORE = { x: -HW + 14, y: -17, w: 66, h: 34, r: 17 };
/** Where the coiled-coil ends and the DNA-binding domain begins (a tonal split). */
const DBD_X = -12;
const SH2 = { x: HW - 23, y: -5, r: 20 };
const TYROSINE = { x: HW - 8, y: HH - 6 };

const LABEL_FONT_SIZE = 18;

function traceBody(g: Graphics): void {
  g.circle(N_DOMAIN.x, N_DOMAIN.y, N_DOMAIN.r)
    .roundRect(CORE.x, CORE.y, CORE.w, CORE.h, CORE.r)
    .circle(SH2.x, SH2.y, SH2.r);
}

function drawBody(): Graphics {
  const c = PALETTE.stat;
  const g = new Graphics();
  // C-terminal tail behind the SH2 domain: a short flexible strand ending in the tyrosine.
  g.moveTo(SH2.x + 4, SH2.y + 12)
    .quadraticCurveTo(TYROSINE.x - 2, SH2.y + 20, TYROSINE.x, TYROSINE.y)
    .stroke({ width: 5, color: c.tail, cap: 'round' });
  g.circle(N_DOMAIN.x, N_DOMAIN.y, N_DOMAIN.r).fill({ color: c.body }).stroke({ width: 1.8, color: c.edge });
  g.roundRect(CORE.x, CORE.y, CORE.w, CORE.h, CORE.r).fill({ color: c.body }).stroke({ width: 1.8, color: c.edge });
  // DNA-binding half of the core, a shade deeper.
  g.roundRect(DBD_X, CORE.y + 1, CORE.x + CORE.w - DBD_X - 1, CORE.h - 2, CORE.r - 1).fill({ color: c.dbd });
  g.moveTo(DBD_X, CORE.y + 4).lineTo(DBD_X, CORE.y + CORE.h - 4).stroke({ width: 1.4, color: c.edge, alpha: 0.5 });
  g.circle(SH2.x, SH2.y, SH2.r).fill({ color: c.sh2 }).stroke({ width: 1.8, color: c.edge });
  // The SH2 pocket that grips a phospho-tyrosine, facing the docking partner.
  g.arc(SH2.x + 6, SH2.y, 8, -Math.PI / 2.4, Math.PI / 2.4).stroke({ width: 2.2, color: c.edge, alpha: 0.7, cap: 'round' });
  g.circle(TYROSINE.x, TYROSINE.y, 4.5).fill({ color: 0xffffff }).stroke({ width: 2, color: c.edge });
  // Soft highlights.
  g.ellipse(CORE.x + 26, CORE.y + 7, 20, 4).ellipse(SH2.x - 6, SH2.y - 10, 7, 5).fill({ color: 0xffffff, alpha: 0.35 });
  return g;
}

/**
 * Create a STAT. Container origin = STAT centre. `state.value` is the STAT's facing: 0 points the SH2 end
 * right (docking on a chain to its right), 1 points it left; values between turn it over, so a STAT that
 * must face the other way flips smoothly instead of snapping. `phospho` = P badge on the tail tyrosine;
 * `active` = glow. Label and badge stay upright when the container rotates.
 */
export function createStatSprite(def: ActorDef): ActorSprite {
  const scaler = new LabelScaler();
  const container = new Container({ label: `stat:${def.id}` });

  const glow = createGlow(traceBody, 12);
  const body = drawBody();
  const badge = createPhosphateBadge(scaler);
  badge.y = TYROSINE.y + 3;

  const label = createLabel(def.label, {
    fontSize: LABEL_FONT_SIZE,
    fontWeight: '700',
    fill: PALETTE.stat.label,
    // Halo in the body's own colour: the label reads without punching a white hole in the molecule.
    halo: PALETTE.stat.body,
  });
  label.position.set(CORE.x + CORE.w / 2 - 4, 1);
  scaler.add(label, { fontSize: LABEL_FONT_SIZE });
  /** +1 while the SH2 end points right; the label sits on the core, whichever way the STAT faces. */
  let dir = 1;
  const named = { x: -HW, y: -HH, width: STAT.width, height: STAT.height };
  // Too big for the body (a phone): above, below or beside it.
  const places = (): readonly LabelPlace[] => [
    { x: dir * (CORE.x + CORE.w / 2 - 4), y: 1, anchorX: 0.5, anchorY: 0.5, inside: true },
    { x: 0, y: -HH - 3, anchorX: 0.5, anchorY: 1 },
    { x: 0, y: HH + 3, anchorX: 0.5, anchorY: 0 },
    { x: -HW - 4, y: 0, anchorX: 1, anchorY: 0.5 },
    { x: HW + 4, y: 0, anchorX: 0, anchorY: 0.5 },
  ];

  container.addChild(glow, body, badge, label);

  return actorSprite(container, scaler, (state) => {
    applyBaseState(container, state);
    dir = 1 - 2 * clamp01(state.value);
    glow.scale.x = dir;
    body.scale.x = dir;
    badge.x = dir * (TYROSINE.x + 2);
    setOpacity(glow, state.active);
    setOpacity(badge, state.phospho);
    // Keep text upright: rotate label and badge about their own centres against the body.
    badge.rotation = -state.rotation;
    label.rotation = -state.rotation;
  }, [{ texts: [label], priority: LABEL_PRIORITY.stat, subject: def.id, places, body: () => named }]);
}
