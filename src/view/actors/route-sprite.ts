/**
 * Where the drug comes from: a blood capillary in cross-section (a pill's drug, carried by the blood) or a
 * layer of cream on the skin surface (a topical drug). Scenery-like, but an actor so that a scene can fade it
 * in only when the drug story starts.
 */
import { Container, FillGradient, Graphics } from 'pixi.js';
import type { ActorDef } from '../../model/actor';
import { ROUTE } from '../../model/geometry';
import { createLabel, LabelScaler } from '../label';
import { LABEL_PRIORITY, type LabelPlace, type LabelSpot } from '../label-placer';
import { PALETTE } from '../palette';
import { actorSprite, applyBaseState, setOpacity } from './actor-sprite';
import type { ActorSprite } from './actor-sprite';
import { DRUG_COLOURS } from './drug-colours';

const V = DRUG_COLOURS.vessel;
const K = DRUG_COLOURS.cream;
const VESSEL_R = ROUTE.vessel.radius;
/** Thickness of the endothelial wall; the lumen is what is left inside. */
const WALL = 9;
const LUMEN_R = VESSEL_R - WALL;

const CREAM_HW = (ROUTE.cream.right - ROUTE.cream.left) / 2;
const CREAM_HH = (ROUTE.cream.bottom - ROUTE.cream.top) / 2;

const LABEL_FONT_SIZE = 15;
/** Wrap width of the vessel caption (stage units, before enlargement): "Blood vessel" breaks into two lines. */
const VESSEL_LABEL_WRAP = 64;

/** Points of an ellipse turned by `angle` (Graphics.ellipse cannot be rotated in place). */
function rotatedEllipse(cx: number, cy: number, rx: number, ry: number, angle: number, steps = 20): number[] {
  const points: number[] = [];
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  for (let i = 0; i < steps; i++) {
    const t = (i * 2 * Math.PI) / steps;
    const x = rx * Math.cos(t);
    const y = ry * Math.sin(t);
    points.push(cx + x * cos - y * sin, cy + x * sin + y * cos);
  }
  return points;
}

/** A red blood cell seen face-on: a disc with the paler central dip of the biconcave shape. */
function faceOnCell(g: Graphics, x: number, y: number, r: number): void {
  g.circle(x, y, r).fill({ color: V.rbc }).stroke({ width: 1.6, color: V.rbcEdge });
  g.circle(x + 0.6, y + 0.8, r * 0.42).fill({ color: V.rbcPallor });
  // Thin bright rim on the upper-left of the doughnut, so it reads as a raised edge.
  const a0 = Math.PI * 0.95;
  g.moveTo(x + (r - 2.6) * Math.cos(a0), y + (r - 2.6) * Math.sin(a0))
    .arc(x, y, r - 2.6, a0, Math.PI * 1.45)
    .stroke({ width: 1.6, color: 0xffffff, alpha: 0.4, cap: 'round' });
}

/** A red blood cell seen edge-on: the biconcave "dumbbell" profile, thick at the rims and pinched in the middle. */
function edgeOnCell(g: Graphics, x: number, y: number, half: number, thick: number, angle: number): void {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const p = (u: number, v: number): [number, number] => [x + u * cos - v * sin, y + u * sin + v * cos];
  // Half-thickness along the cell: rounded ends, thickest near the rims, dimpled (≈ 2/3) in the middle.
  const halfAt = (u: number): number => {
    const t = Math.abs(u) / half;
    const dimple = 0.66 + 0.34 * Math.sin(Math.min(1, t * 1.25) * Math.PI * 0.5);
    return (thick / 2) * Math.sqrt(Math.max(0, 1 - t ** 4)) * dimple;
  };
  const steps = 24;
  const path: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const u = -half + (2 * half * i) / steps;
    path.push(p(u, -halfAt(u)));
  }
  for (let i = steps; i >= 0; i--) {
    const u = -half + (2 * half * i) / steps;
    path.push(p(u, halfAt(u)));
  }
  g.poly(path.flat()).fill({ color: V.rbc }).stroke({ width: 1.6, color: V.rbcEdge, join: 'round' });
}

/** The capillary: sheath, endothelial wall with cell junctions and nuclei, plasma-filled lumen, red cells. */
function drawVessel(): Graphics {
  const g = new Graphics();
  g.circle(0, 0, VESSEL_R + 4).fill({ color: V.sheath, alpha: 0.7 });
  g.circle(0, 0, VESSEL_R).fill({ color: V.wall }).stroke({ width: 2, color: V.wallEdge });
  g.circle(0, 0, LUMEN_R).fill({ color: V.lumen }).stroke({ width: 1.4, color: V.wallEdge, alpha: 0.8 });
  // Faint plasma shading toward the lower right, for a little depth.
  g.circle(6, 7, LUMEN_R - 9).fill({ color: V.lumenShade, alpha: 0.45 });
  // Junctions between the (two or three) endothelial cells that make up a capillary's circumference.
  for (const a of [-0.35, 1.75, 3.6]) {
    g.moveTo(Math.cos(a) * LUMEN_R, Math.sin(a) * LUMEN_R).lineTo(Math.cos(a + 0.08) * VESSEL_R, Math.sin(a + 0.08) * VESSEL_R);
  }
  g.stroke({ width: 1.3, color: V.wallEdge, alpha: 0.8 });
  // Flattened endothelial nuclei, lying along the wall and bulging a little into the lumen.
  for (const a of [0.75, 2.7, -1.6]) {
    const r = VESSEL_R - WALL / 2 - 1.5;
    g.poly(rotatedEllipse(Math.cos(a) * r, Math.sin(a) * r, 9, 3.6, a + Math.PI / 2)).fill({ color: V.nucleus }).stroke({
      width: 1,
      color: V.wallEdge,
    });
  }
  faceOnCell(g, -11, -12, 15);
  faceOnCell(g, 17, 7, 14);
  edgeOnCell(g, -9, 22, 15, 10.5, -0.25);
  // Highlight on the upper-left of the wall.
  const h0 = Math.PI * 1.05;
  g.moveTo((VESSEL_R - 3) * Math.cos(h0), (VESSEL_R - 3) * Math.sin(h0))
    .arc(0, 0, VESSEL_R - 3, h0, Math.PI * 1.4)
    .stroke({ width: 2.4, color: 0xffffff, alpha: 0.45, cap: 'round' });
  return g;
}

/** Translucent drug-coloured rings around the vessel: the drug leaving the blood (shown with `active`). */
function drawVesselRelease(): Graphics {
  const g = new Graphics();
  for (const [extra, width, alpha] of [
    [14, 16, 0.1],
    [10, 10, 0.14],
    [6, 5, 0.2],
  ] as const) {
    g.circle(0, 0, VESSEL_R + extra - 4).stroke({ width, color: DRUG_COLOURS.drug.ring, alpha });
  }
  return g;
}

/** y of the cream's wavy lower edge at x (relative to the cream centre). */
function creamBottomAt(x: number): number {
  const wave = 2.6 * Math.sin(x / 23) + 1.4 * Math.sin(x / 9.5 + 1.3);
  return CREAM_HH - 4 + wave * 0.9;
}

/** Trace the cream's outline: flat top (the stage edge), rounded ends, wavy lower edge. */
function traceCream(g: Graphics): void {
  const end = 16;
  const left = -CREAM_HW;
  const right = CREAM_HW;
  g.moveTo(left, -CREAM_HH).lineTo(right, -CREAM_HH);
  g.quadraticCurveTo(right, creamBottomAt(right - end), right - end, creamBottomAt(right - end));
  for (let x = right - end; x >= left + end; x -= 4) g.lineTo(x, creamBottomAt(x));
  g.lineTo(left + end, creamBottomAt(left + end));
  g.quadraticCurveTo(left, creamBottomAt(left + end), left, -CREAM_HH);
  g.closePath();
}

/** Just the wavy lower edge (the cream's visible boundary), optionally shifted down by `dy`. */
function traceCreamEdge(g: Graphics, dy = 0): void {
  const end = 16;
  g.moveTo(CREAM_HW, -CREAM_HH + 2).quadraticCurveTo(
    CREAM_HW,
    creamBottomAt(CREAM_HW - end) + dy,
    CREAM_HW - end,
    creamBottomAt(CREAM_HW - end) + dy,
  );
  for (let x = CREAM_HW - end; x >= -CREAM_HW + end; x -= 4) g.lineTo(x, creamBottomAt(x) + dy);
  g.lineTo(-CREAM_HW + end, creamBottomAt(-CREAM_HW + end) + dy);
  g.quadraticCurveTo(-CREAM_HW, creamBottomAt(-CREAM_HW + end) + dy, -CREAM_HW, -CREAM_HH + 2);
}

function drawCream(gradient: FillGradient): Graphics {
  const g = new Graphics();
  // A soft shadow under the lower edge, so the layer sits on the surface rather than floating.
  traceCreamEdge(g, 2.5);
  g.stroke({ width: 4, color: K.edge, alpha: 0.3, join: 'round' });
  traceCream(g);
  g.fill(gradient);
  traceCreamEdge(g);
  g.stroke({ width: 1.8, color: K.edge, join: 'round' });
  // Gloss: a long sheen along the top, and a few highlight blobs and bubbles kept clear of the central label.
  g.roundRect(-CREAM_HW + 26, -CREAM_HH + 3, 2 * CREAM_HW - 60, 3.2, 1.6).fill({ color: K.highlight, alpha: 0.85 });
  for (const [x, y, rx, ry] of [
    [-286, 3, 20, 3.2],
    [-205, 7, 11, 2.4],
    [-150, 1, 7, 2],
    [170, 5, 16, 2.8],
    [238, 1, 8, 2.2],
    [296, 6, 13, 2.6],
  ] as const) {
    g.ellipse(x, y, rx, ry);
  }
  g.fill({ color: K.highlight, alpha: 0.9 });
  for (const [x, y, r] of [
    [-252, 2, 2.4],
    [-176, 8, 1.8],
    [205, 9, 2],
    [320, 0, 1.6],
  ] as const) {
    g.circle(x, y, r);
  }
  g.fill({ color: K.highlight, alpha: 0.7 }).stroke({ width: 0.9, color: K.edge, alpha: 0.7 });
  return g;
}

/** The drug seeping out of the cream into the skin: a fuchsia haze under the lower edge. */
function drawCreamRelease(): Graphics {
  const g = new Graphics();
  for (const [dy, width, alpha] of [
    [7, 14, 0.07],
    [4.5, 8, 0.1],
    [2, 3.5, 0.16],
  ] as const) {
    traceCreamEdge(g, dy);
    g.stroke({ width, color: DRUG_COLOURS.drug.ring, alpha, join: 'round' });
  }
  return g;
}

/**
 * Create a route sprite; `def.route` chooses the picture (default `oral`). Container origin: for `oral`, the
 * vessel centre (place it at ROUTE.vessel.x/y); for `topical`, the centre of ROUTE.cream, i.e.
 * ((left + right) / 2, (top + bottom) / 2). `def.label` is the caption: left of the vessel, or inside the
 * cream. `active` shows the drug being released (a fuchsia haze, a slightly brighter cream); `value`,
 * `phospho` and `rotation` are unused (the scenery never turns).
 */
export function createRouteSprite(def: ActorDef): ActorSprite {
  const scaler = new LabelScaler();
  const container = new Container({ label: `route:${def.id}` });
  const topical = def.route === 'topical';
  const gradients: FillGradient[] = [];

  let release: Graphics;
  let sheen: Graphics | undefined;
  let spot: LabelSpot;
  if (topical) {
    const gradient = new FillGradient({
      type: 'linear',
      start: { x: 0, y: 0 },
      end: { x: 0, y: 1 },
      colorStops: [
        { offset: 0, color: K.top },
        { offset: 1, color: K.bottom },
      ],
      textureSpace: 'local',
    });
    gradients.push(gradient);
    release = drawCreamRelease();
    sheen = new Graphics();
    traceCream(sheen);
    sheen.fill({ color: 0xffffff, alpha: 0.35 });
    // Anchored at the top so that, enlarged on a phone, the caption grows down into the stage, not off it.
    const label = createLabel(def.label, {
      fontSize: LABEL_FONT_SIZE,
      fontWeight: '700',
      fill: K.label,
      halo: K.halo,
      anchorX: 0.5,
      anchorY: 0,
    });
    label.position.set(0, -CREAM_HH + 6);
    scaler.add(label, { fontSize: LABEL_FONT_SIZE });
    const cream = { x: -CREAM_HW, y: -CREAM_HH, width: 2 * CREAM_HW, height: 2 * CREAM_HH };
    // In the cream while it fits; else just under it.
    const places: readonly LabelPlace[] = [
      { x: 0, y: -CREAM_HH + 6, anchorX: 0.5, anchorY: 0, inside: true },
      { x: 0, y: CREAM_HH + 4, anchorX: 0.5, anchorY: 0 },
      { x: -CREAM_HW / 2, y: CREAM_HH + 4, anchorX: 0.5, anchorY: 0 },
    ];
    spot = { texts: [label], priority: LABEL_PRIORITY.route, subject: def.id, places: () => places, body: () => cream };
    container.addChild(release, drawCream(gradient), sheen, label);
  } else {
    release = drawVesselRelease();
    // Left of the vessel: there is no room to its right (stage edge) or below (the membrane's region label).
    const label = createLabel(def.label, {
      fontSize: LABEL_FONT_SIZE,
      fontWeight: '700',
      fill: V.label,
      halo: PALETTE.stage.outside,
      anchorX: 1,
      anchorY: 0.5,
      // Two short lines rather than one long one: enlarged on a phone, a one-line caption would reach the
      // receptors' labels; wrapped, it stays in the corner between the vessel and the chains.
      wrap: { width: VESSEL_LABEL_WRAP, align: 'right', lineHeight: LABEL_FONT_SIZE * 1.15 },
    });
    label.position.set(-VESSEL_R - 9, 0);
    scaler.add(label, { fontSize: LABEL_FONT_SIZE });
    const vessel = { x: -VESSEL_R - 4, y: -VESSEL_R - 4, width: 2 * VESSEL_R + 8, height: 2 * VESSEL_R + 8 };
    // Left of the vessel; else below or above it.
    const places: readonly LabelPlace[] = [
      { x: -VESSEL_R - 9, y: 0, anchorX: 1, anchorY: 0.5 },
      { x: 0, y: VESSEL_R + 6, anchorX: 0.5, anchorY: 0 },
      { x: -VESSEL_R - 9, y: VESSEL_R * 0.6, anchorX: 1, anchorY: 0.5 },
    ];
    spot = { texts: [label], priority: LABEL_PRIORITY.route, subject: def.id, places: () => places, body: () => vessel };
    container.addChild(release, drawVessel(), label);
  }

  return actorSprite(
    container,
    scaler,
    (state) => {
      applyBaseState(container, state);
      container.rotation = 0;
      setOpacity(release, state.active);
      if (sheen) setOpacity(sheen, state.active);
    },
    [spot],
    () => {
      for (const gradient of gradients) gradient.destroy();
    },
  );
}
