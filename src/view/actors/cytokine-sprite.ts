/**
 * A cytokine (e.g. IL-13): a compact four-helix-bundle protein, drawn as a rounded globule with its four
 * α-helices showing through.
 */
import { Container, Graphics } from 'pixi.js';
import type { ActorDef } from '../../model/actor';
import { CYTOKINE } from '../../model/geometry';
import { createLabel, LabelScaler } from '../label';
import { LABEL_PRIORITY, type LabelPlace } from '../label-placer';
import { PALETTE } from '../palette';
import { actorSprite, applyBaseState, setOpacity } from './actor-sprite';
import type { ActorSprite } from './actor-sprite';
import { createGlow } from './glow';

const R = CYTOKINE.radius;
/** The four helices (x centre, half-length, vertical offset), up-up-down-down like the real fold. */
const HELICES: readonly { x: number; half: number; dy: number }[] = [
  { x: -16.5, half: 17, dy: 2 },
  { x: -5.5, half: 23, dy: -1 },
  { x: 5.5, half: 23, dy: 1 },
  { x: 16.5, half: 17, dy: -2 },
];
const HELIX_W = 10.5;

const LABEL_FONT_SIZE = 20;

function traceGlobule(g: Graphics): void {
  g.circle(0, 0, R);
}

function drawBody(): Graphics {
  const c = PALETTE.cytokine;
  const g = new Graphics();
  traceGlobule(g);
  g.fill({ color: c.helix }).stroke({ width: 2, color: c.edge });
  // Connecting loops between helices (top and bottom), behind them.
  g.moveTo(HELICES[0]!.x, -HELICES[0]!.half + HELICES[0]!.dy)
    .quadraticCurveTo(-10, -R + 2, HELICES[1]!.x, -HELICES[1]!.half + HELICES[1]!.dy)
    .moveTo(HELICES[1]!.x, HELICES[1]!.half + HELICES[1]!.dy)
    .quadraticCurveTo(0, R - 1, HELICES[2]!.x, HELICES[2]!.half + HELICES[2]!.dy)
    .moveTo(HELICES[2]!.x, -HELICES[2]!.half + HELICES[2]!.dy)
    .quadraticCurveTo(10, -R + 2, HELICES[3]!.x, -HELICES[3]!.half + HELICES[3]!.dy)
    .stroke({ width: 2.2, color: c.edge, alpha: 0.7, cap: 'round' });
  for (const h of HELICES) g.roundRect(h.x - HELIX_W / 2, h.dy - h.half, HELIX_W, 2 * h.half, HELIX_W / 2);
  g.fill({ color: c.fill }).stroke({ width: 1.5, color: c.edge });
  // Helical turns.
  for (const h of HELICES) {
    for (let y = h.dy - h.half + 6; y <= h.dy + h.half - 5; y += 6) {
      g.moveTo(h.x - HELIX_W / 2 + 1.5, y + 2).lineTo(h.x + HELIX_W / 2 - 1.5, y - 2);
    }
  }
  g.stroke({ width: 1.4, color: 0xffffff, alpha: 0.55, cap: 'round' });
  // Soft top-left highlight over the whole globule.
  g.ellipse(-11, -14, 11, 7).fill({ color: 0xffffff, alpha: 0.28 });
  return g;
}

/**
 * Create a cytokine. Container origin = centre; label above it (it arrives from outside, where there is
 * room). `active` = glow.
 */
export function createCytokineSprite(def: ActorDef): ActorSprite {
  const scaler = new LabelScaler();
  const container = new Container({ label: `cytokine:${def.id}` });
  const glow = createGlow(traceGlobule, 14);
  const body = drawBody();
  const label = createLabel(def.label, {
    fontSize: LABEL_FONT_SIZE,
    fontWeight: '800',
    fill: PALETTE.cytokine.label,
    anchorX: 0.5,
    anchorY: 1,
  });
  label.position.set(0, -R - 4);
  scaler.add(label, { fontSize: LABEL_FONT_SIZE });
  const named = { x: -R, y: -R, width: 2 * R, height: 2 * R };
  const places: readonly LabelPlace[] = [
    { x: 0, y: -R - 4, anchorX: 0.5, anchorY: 1 },
    { x: -R - 6, y: 0, anchorX: 1, anchorY: 0.5 },
    { x: R + 6, y: 0, anchorX: 0, anchorY: 0.5 },
    { x: 0, y: R + 4, anchorX: 0.5, anchorY: 0 },
  ];
  container.addChild(glow, body, label);

  return actorSprite(container, scaler, (state) => {
    applyBaseState(container, state);
    setOpacity(glow, state.active);
    // The globule may tumble; the label must not.
    label.rotation = -state.rotation;
  }, [{ texts: [label], priority: LABEL_PRIORITY.cytokine, subject: def.id, places: () => places, body: () => named }]);
}
