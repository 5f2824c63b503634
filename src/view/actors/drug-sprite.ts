/**
 * A JAK-inhibitor drug molecule, drawn the way a chemist draws a small molecule: a six-membered ring fused to
 * a five-membered one (the pyrrolopyrimidine / purine-like core that tofacitinib, abrocitinib, ruxolitinib
 * and baricitinib share, which mimics ATP's adenine) with one side chain. A skeletal formula instead of a
 * blob tells students that this is a different kind of thing from the proteins around it.
 */
import { Container, Graphics } from 'pixi.js';
import type { ActorDef } from '../../model/actor';
import { DRUG, JAK } from '../../model/geometry';
import { createLabel, LabelScaler } from '../label';
import { LABEL_PRIORITY, type LabelPlace } from '../label-placer';
import { actorSprite, applyBaseState, setOpacity } from './actor-sprite';
import type { ActorSprite } from './actor-sprite';
import { DRUG_COLOURS } from './drug-colours';
import { createGlow } from './glow';

const R = DRUG.radius;
const C = DRUG_COLOURS.drug;

/*
 * Layout in the side-0 frame (origin = molecule centre = JAK pocket centre when bound). The fused core sits
 * over the round pocket; the side chain points right, along the cleft that opens toward the partner JAK
 * (see jak-sprite.ts), so a bound drug fills the whole notch: a plug in the pocket.
 */
/** Bond length of the core rings, chosen so the core spans ≈ 2·R, wider than the pocket disc (radius 12). */
const BOND = 9;
/** Six-membered ring, pointy-top (vertical edges left and right, so the pentagon can fuse on the left). */
const HEX = { x: 4, y: 0, r: BOND };
const HEX_APOTHEM = (BOND * Math.sqrt(3)) / 2;
/** Five-membered ring sharing the hexagon's left edge. */
const PENT_R = BOND / (2 * Math.sin(Math.PI / 5));
const PENT_APOTHEM = PENT_R * Math.cos(Math.PI / 5);
const PENT = { x: HEX.x - HEX_APOTHEM - PENT_APOTHEM, y: 0, r: PENT_R };
/**
 * Side chain: a bond leaving the hexagon's lower-right vertex at the usual 120° zig-zag, up into a small ring
 * that lies in the cleft (centred on y = 0, where the cleft is widest open).
 */
const SIDE_START = { x: HEX.x + HEX_APOTHEM, y: BOND / 2 };
const SIDE_RING = { x: SIDE_START.x + 8.8, y: -0.5, r: 5.2 };

const LABEL_FONT_SIZE = 14;
/**
 * With a side (i.e. meant for a pocket) the label goes just under the JAK (its bottom is 22 below the pocket),
 * so it does not sit on the kinase lobes or on the partner's label.
 */
const LABEL_BELOW_POCKET = JAK.height / 2 - JAK.pocket.y + 1;

function ringPoints(cx: number, cy: number, r: number, sides: number, start: number): number[] {
  const points: number[] = [];
  for (let i = 0; i < sides; i++) {
    const a = start + (i * 2 * Math.PI) / sides;
    points.push(cx + r * Math.cos(a), cy + r * Math.sin(a));
  }
  return points;
}

/** Pointy-top hexagon: vertices at −90°, −30°, 30°, 90°, 150°, 210°. */
const HEX_POINTS = ringPoints(HEX.x, HEX.y, HEX.r, 6, -Math.PI / 2);
/** Pentagon with a vertex pointing left (away from the shared edge). */
const PENT_POINTS = ringPoints(PENT.x, PENT.y, PENT.r, 5, Math.PI);
/** Four-membered (cyclobutyl-like) side ring, drawn as a diamond so it reads as a ring, not a box. */
const SIDE_POINTS = ringPoints(SIDE_RING.x, SIDE_RING.y, SIDE_RING.r, 4, 0);

function vertex(points: readonly number[], i: number): { x: number; y: number } {
  const n = points.length / 2;
  const k = ((i % n) + n) % n;
  return { x: points[2 * k] ?? 0, y: points[2 * k + 1] ?? 0 };
}

function traceOutline(g: Graphics): void {
  g.poly(HEX_POINTS).poly(PENT_POINTS).poly(SIDE_POINTS);
}

/** A double bond drawn inside a ring: a shorter line parallel to edge i → i+1, pulled toward the centre. */
function innerBond(g: Graphics, points: readonly number[], cx: number, cy: number, i: number): void {
  const a = vertex(points, i);
  const b = vertex(points, i + 1);
  const pull = 0.3;
  const trim = 0.2;
  const ax = a.x + (cx - a.x) * pull;
  const ay = a.y + (cy - a.y) * pull;
  const bx = b.x + (cx - b.x) * pull;
  const by = b.y + (cy - b.y) * pull;
  g.moveTo(ax + (bx - ax) * trim, ay + (by - ay) * trim).lineTo(bx + (ax - bx) * trim, by + (ay - by) * trim);
}

function drawBody(): Graphics {
  const g = new Graphics();
  const edge = { width: 2.4, color: C.edge, join: 'round' } as const;
  // Side-chain bond, behind the rings, into the diamond's left vertex.
  const joint = vertex(SIDE_POINTS, 2);
  g.moveTo(SIDE_START.x, SIDE_START.y).lineTo(joint.x, joint.y).stroke({ width: 2.8, color: C.edge, cap: 'round' });
  g.poly(SIDE_POINTS).fill({ color: C.side }).stroke(edge);
  g.poly(PENT_POINTS).fill({ color: C.ring2 }).stroke(edge);
  g.poly(HEX_POINTS).fill({ color: C.ring }).stroke(edge);
  // Alternating double bonds: three in the hexagon (not on the shared edge, index 3 → 4), one in the pentagon.
  innerBond(g, HEX_POINTS, HEX.x, HEX.y, 0);
  innerBond(g, HEX_POINTS, HEX.x, HEX.y, 2);
  innerBond(g, HEX_POINTS, HEX.x, HEX.y, 4);
  innerBond(g, PENT_POINTS, PENT.x, PENT.y, 0);
  g.stroke({ width: 1.6, color: C.bond, cap: 'round' });
  // Flat highlight on the hexagon's upper-left, as on the proteins.
  g.ellipse(HEX.x - 2.5, HEX.y - 3.2, 2.8, 1.4).fill({ color: 0xffffff, alpha: 0.35 });
  return g;
}

/**
 * Create a drug molecule. Container origin = molecule centre: put it at JAK centre + JAK.pocket to show it
 * bound (it then covers the pocket notch, side chain along the cleft). `def.side` (optional) says which
 * JAK's pocket it is meant for: side 1 mirrors the molecule like the JAK, and the label grows away from
 * the partner (0 → left, 1 → right, as for ATP); without a side the label sits below-right. `active` =
 * glow (bound); `phospho` and `value` are unused. The label stays upright and in place while the molecule
 * tumbles (`rotation` turns only the drawing).
 */
export function createDrugSprite(def: ActorDef): ActorSprite {
  const scaler = new LabelScaler();
  const container = new Container({ label: `drug:${def.id}` });

  const glow = createGlow(traceOutline, 9);
  const body = drawBody();
  const molecule = new Container();
  molecule.addChild(glow, body);
  if (def.side === 1) molecule.scale.x = -1;

  const side = def.side;
  const place =
    side === 0
      ? { anchorX: 1, anchorY: 0, x: 8, y: LABEL_BELOW_POCKET }
      : side === 1
        ? { anchorX: 0, anchorY: 0, x: -8, y: LABEL_BELOW_POCKET }
        : { anchorX: 0, anchorY: 0, x: R * 0.5, y: R * 0.6 };
  const label = createLabel(def.label, {
    fontSize: LABEL_FONT_SIZE,
    fontWeight: '700',
    fill: C.label,
    anchorX: place.anchorX,
    anchorY: place.anchorY,
  });
  label.position.set(place.x, place.y);
  scaler.add(label, { fontSize: LABEL_FONT_SIZE });
  // Other places: centred below, beside (outward first), above.
  const outward = side === 1 ? 1 : -1;
  const places: readonly LabelPlace[] = [
    { x: place.x, y: place.y, anchorX: place.anchorX, anchorY: place.anchorY },
    { x: 0, y: R - 2, anchorX: 0.5, anchorY: 0 },
    { x: outward * (R + 6), y: 0, anchorX: outward < 0 ? 1 : 0, anchorY: 0.5 },
    { x: -outward * (R + 14), y: 0, anchorX: outward < 0 ? 0 : 1, anchorY: 0.5 },
    { x: 0, y: -R + 2, anchorX: 0.5, anchorY: 1 },
  ];
  // The rings and side chain as drawn upright (mirrored on side 1).
  const reach = SIDE_RING.x + SIDE_RING.r;
  const tail = PENT.x - PENT.r;
  const named = { x: side === 1 ? -reach : tail, y: -BOND - 1, width: reach - tail, height: 2 * BOND + 2 };

  container.addChild(molecule, label);

  return actorSprite(container, scaler, (state) => {
    applyBaseState(container, state);
    // Rotate the molecule only, so the label neither tilts nor orbits.
    container.rotation = 0;
    molecule.rotation = state.rotation;
    setOpacity(glow, state.active);
  }, [{ texts: [label], priority: LABEL_PRIORITY.drug, subject: def.id, places: () => places, body: () => named }]);
}
