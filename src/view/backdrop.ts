/**
 * The static scenery of the cell: outside, the plasma membrane, cytoplasm, the nucleus with its pore, and
 * the DNA with the GAS motif, plus the region labels. Drawn once, in stage units (see model/geometry.ts).
 * The cell kind adds its own tint, quiet cues on the stage and an inset pictogram of the whole cell
 * (see view/cells/).
 */
import { Container, FillGradient, Graphics, type Text } from 'pixi.js';
import type { CellKind } from '../model/cell-kind';
import { DNA, MEMBRANE, NUCLEUS, PORE, STAGE, nucleusTopAt } from '../model/geometry';
import { MINI_PAIR } from '../model/population-layout';
import type { CellColours } from './cells/cell-decor';
import { mix } from './cells/colour';
import { createCellDecor } from './cells/create-cell-decor';
import { INSET } from './cells/inset';
import { createLabel, labelBoost, LabelScaler, MIN_SCREEN_FONT_PX } from './label';
import type { LabelOptions } from './label';
import { LABEL_PRIORITY, type LabelPlace, type LabelSpot, type LocalBox } from './label-placer';
import { PALETTE } from './palette';
import { destroyTree } from './destroy-tree';

export type { CellKind } from '../model/cell-kind';

/** The cell the scene is set in, and the texts of the region labels (localised by the caller). */
export interface BackdropInfo {
  /** Decides the tint, the stage cues and the inset pictogram. */
  cellKind: CellKind;
  cellLabel: string;
  /**
   * Optional caption naming the cell kind's signature structure on the stage (e.g. "Keratin filaments").
   * Shown only for kinds that have room for one.
   */
  detailLabel?: string;
  outsideLabel: string;
  membraneLabel: string;
  cytoplasmLabel: string;
  nucleusLabel: string;
  poreLabel: string;
  dnaLabel: string;
  gasLabel: string;
  /** The word a gene card shows at its usual level (drawn by the gene sprites, carried here with the other stage words). */
  baselineLabel?: string;
}

/** The drawn scenery. Put it below all actors. */
export interface Backdrop {
  /** The shapes: they never move, so the stage draws them once into a bitmap. */
  readonly container: Container;
  /** The region and structure names, drawn live above the shapes: the label layout moves and hides them. */
  readonly labels: Container;
  /** Where each name may go (see label-placer.ts). */
  readonly spots: readonly LabelSpot[];
  setViewScale(screenPxPerUnit: number, resolution: number, minPx?: number): void;
  destroy(): void;
}

const S = PALETTE.stage;
/** Distance between the two membranes of the nuclear envelope. */
const ENVELOPE_GAP = 9;
/** Opening of the nuclear pore (stage units), wide enough for a STAT dimer to be shown squeezing through. */
const PORE_OPENING = 40;
const MARGIN = 16;
/** Smallest view scale (screen px per stage unit) at which the scenery caption is shown. */
const CAPTION_MIN_SCALE = 0.5;
/** Gap between the cell label and the inset pictogram below it (and between the inset and the membrane). */
const INSET_GAP = 6;
/** The inset is enlarged like a 20-unit label on small screens, but by less than text is. */
const INSET_MAX_BOOST = 1.35;
/** Smallest inset scale: below it the pictogram is unreadable, so it may rather touch the receptors. */
const INSET_MIN_SCALE = 0.6;

/** A vertical two-stop gradient over a shape's own bounds (the Canvas renderer draws it as a pattern). */
function verticalGradient(top: number, bottom: number): FillGradient {
  return new FillGradient({
    type: 'linear',
    start: { x: 0, y: 0 },
    end: { x: 0, y: 1 },
    colorStops: [
      { offset: 0, color: top },
      { offset: 1, color: bottom },
    ],
    textureSpace: 'local',
  });
}

/** Outside, cytoplasm and the nucleus with its double envelope. Gradients are returned for disposal. */
function drawRegions(tint: CellColours): { graphics: Graphics; gradients: FillGradient[] } {
  const g = new Graphics();
  // The outside's top colour is shared by every kind so that letterboxing blends in.
  const outside = verticalGradient(S.outside, tint.outsideShade);
  const cytoplasm = verticalGradient(tint.cytoplasm, tint.cytoplasmShade);
  g.rect(0, 0, STAGE.width, MEMBRANE.top + 2).fill(outside);
  g.rect(0, MEMBRANE.bottom - 2, STAGE.width, STAGE.height - MEMBRANE.bottom + 2).fill(cytoplasm);
  // Envelope: outer membrane, perinuclear space, inner membrane.
  g.ellipse(NUCLEUS.cx, NUCLEUS.cy, NUCLEUS.rx, NUCLEUS.ry).fill({ color: S.envelopeGap }).stroke({
    width: 2.5,
    color: S.envelope,
  });
  g.ellipse(NUCLEUS.cx, NUCLEUS.cy, NUCLEUS.rx - ENVELOPE_GAP, NUCLEUS.ry - ENVELOPE_GAP)
    .fill({ color: S.nucleus })
    .stroke({ width: 2.5, color: S.envelope });
  return { graphics: g, gradients: [outside, cytoplasm] };
}

/** The plasma membrane: two leaflets of phospholipids (heads + two tails each), in one Graphics. */
function drawMembrane(): Graphics {
  const g = new Graphics();
  const headR = 6.2;
  const spacing = 13.2;
  const topHeadY = MEMBRANE.top + headR + 0.5;
  const bottomHeadY = MEMBRANE.bottom - headR - 0.5;
  const mid = MEMBRANE.mid;
  g.rect(0, MEMBRANE.top, STAGE.width, MEMBRANE.bottom - MEMBRANE.top).fill({ color: S.membraneBand });
  // Tails: one straight, one with the kink of an unsaturated fatty acid.
  for (let x = spacing / 2 - 3; x < STAGE.width + spacing; x += spacing) {
    for (const [headY, sign] of [
      [topHeadY, 1],
      [bottomHeadY, -1],
    ] as const) {
      const start = headY + sign * (headR - 1);
      const end = mid - sign * 1.5;
      g.moveTo(x - 2.3, start).lineTo(x - 2.3, end);
      g.moveTo(x + 2.3, start)
        .lineTo(x + 2.3, (start + end) / 2)
        .lineTo(x + 4.3, end);
    }
  }
  g.stroke({ width: 1.6, color: S.lipidTail, cap: 'round', join: 'round' });
  for (let x = spacing / 2 - 3; x < STAGE.width + spacing; x += spacing) {
    g.circle(x, topHeadY, headR).circle(x, bottomHeadY, headR);
  }
  g.fill({ color: S.lipidHead }).stroke({ width: 1.2, color: S.lipidHeadEdge });
  return g;
}

/** Angle of the nuclear envelope's tangent at x. */
function envelopeAngle(x: number): number {
  return Math.atan2(nucleusTopAt(x + 1) - nucleusTopAt(x - 1), 2);
}

/** The cytoplasm gradient's colour at a given y (to paint over the envelope seamlessly). */
function cytoplasmAt(y: number, tint: CellColours): number {
  const top = MEMBRANE.bottom - 2;
  return mix(tint.cytoplasm, tint.cytoplasmShade, Math.max(0, Math.min(1, (y - top) / (STAGE.height - top))));
}

/**
 * A nuclear pore complex in cross-section, centred on the envelope at PORE: an opening flanked by the
 * scaffold rings, a faint selective mesh (FG repeats) across the channel, cytoplasmic filaments above
 * and the nuclear basket below.
 */
function drawPore(tint: CellColours): Graphics {
  const g = new Graphics();
  const half = PORE_OPENING / 2;
  const ring = 15;
  const midY = ENVELOPE_GAP / 2;
  // Open the envelope: cytoplasm colour over the outer half, nucleus colour over the inner half.
  g.rect(-half - 2, midY - 9, PORE_OPENING + 4, 9).fill({ color: cytoplasmAt(PORE.y, tint) });
  g.rect(-half - 2, midY, PORE_OPENING + 4, 9).fill({ color: S.nucleus });
  // Cytoplasmic filaments and nuclear basket.
  g.moveTo(-half - ring / 2, midY - 13)
    .quadraticCurveTo(-half - 14, midY - 28, -half - 4, midY - 38)
    .moveTo(half + ring / 2, midY - 13)
    .quadraticCurveTo(half + 14, midY - 28, half + 4, midY - 38)
    .moveTo(-half - ring / 2, midY + 13)
    .quadraticCurveTo(-half + 2, midY + 34, -9, midY + 40)
    .lineTo(9, midY + 40)
    .quadraticCurveTo(half - 2, midY + 34, half + ring / 2, midY + 13)
    .stroke({ width: 2.6, color: S.poreFibril, cap: 'round', join: 'round' });
  // Selective mesh in the channel.
  for (const dy of [-5, 0, 5]) {
    g.moveTo(-half, midY + dy)
      .quadraticCurveTo(-half / 2, midY + dy - 4, 0, midY + dy)
      .quadraticCurveTo(half / 2, midY + dy + 4, half, midY + dy);
  }
  g.stroke({ width: 1.2, color: S.poreFibril, alpha: 0.55 });
  // Scaffold rings where the two envelope membranes fuse.
  g.roundRect(-half - ring, midY - 15, ring, 30, 7.5)
    .roundRect(half, midY - 15, ring, 30, 7.5)
    .fill({ color: S.poreRing })
    .stroke({ width: 1.6, color: S.envelope });
  g.roundRect(-half - ring + 3.5, midY - 11, 3.5, 12, 1.75)
    .roundRect(half + 3.5, midY - 11, 3.5, 12, 1.75)
    .fill({ color: 0xffffff, alpha: 0.35 });
  g.position.set(PORE.x, PORE.y);
  g.rotation = envelopeAngle(PORE.x);
  return g;
}

/**
 * DNA as a B-form double helix seen from the side: two backbones offset by less than half a turn (so the
 * major and minor grooves show), base-pair rungs between them, and the GAS motif highlighted.
 */
function drawDna(): Graphics {
  const g = new Graphics();
  const amplitude = 13;
  const period = 68;
  const k = (2 * Math.PI) / period;
  const phases = [0, Math.PI * 0.78] as const;
  const step = 4;
  const gasLeft = DNA.gasX - DNA.gasWidth / 2;
  const gasRight = DNA.gasX + DNA.gasWidth / 2;
  const yAt = (x: number, phase: number): number => DNA.y + amplitude * Math.sin(k * (x - DNA.left) + phase);
  const frontAt = (x: number, phase: number): boolean => Math.cos(k * (x - DNA.left) + phase) > 0;

  // GAS highlight band, behind everything.
  g.roundRect(gasLeft, DNA.y - amplitude - 7, DNA.gasWidth, 2 * amplitude + 14, 11)
    .fill({ color: S.gasBand })
    .stroke({ width: 1.5, color: S.gasEdge, alpha: 0.55 });

  /** Trace the parts of both backbones that are in front (or behind), as one path. */
  const traceBackbones = (front: boolean): void => {
    for (const phase of phases) {
      let drawing = false;
      for (let x = DNA.left; x < DNA.right; x += step) {
        const x2 = Math.min(x + step, DNA.right);
        const inFront = frontAt((x + x2) / 2, phase) === front;
        if (inFront) {
          if (!drawing) g.moveTo(x, yAt(x, phase));
          g.lineTo(x2, yAt(x2, phase));
        }
        drawing = inFront;
      }
    }
  };

  traceBackbones(false);
  g.stroke({ width: 4, color: S.dnaBack, cap: 'round', join: 'round' });

  // Base pairs: ordinary rungs, then the GAS motif's rungs in the highlight colour.
  const rungStep = period / 6;
  const traceRungs = (inGas: boolean): void => {
    for (let x = DNA.left + rungStep / 2; x < DNA.right; x += rungStep) {
      if ((x >= gasLeft && x <= gasRight) !== inGas) continue;
      const y1 = yAt(x, phases[0]);
      const y2 = yAt(x, phases[1]);
      if (Math.abs(y1 - y2) < 4) continue;
      g.moveTo(x, y1).lineTo(x, y2);
    }
  };
  traceRungs(false);
  g.stroke({ width: 2.6, color: S.dnaRung, cap: 'round' });
  traceRungs(true);
  g.stroke({ width: 3.2, color: S.gasRung, cap: 'round' });

  traceBackbones(true);
  g.stroke({ width: 5, color: S.dnaFront, cap: 'round', join: 'round' });
  return g;
}

/** Create the backdrop (regions, cell-kind cues, membrane, nucleus, pore, DNA, labels and inset). */
export function createBackdrop(info: BackdropInfo): Backdrop {
  const container = new Container({ label: 'backdrop' });
  const labels = new Container({ label: 'backdrop-labels' });
  const spots: LabelSpot[] = [];
  const scaler = new LabelScaler();
  const tint: CellColours = PALETTE.cells[info.cellKind] ?? PALETTE.cells['tissue-cell'];
  const decor = createCellDecor(info.cellKind);
  const regions = drawRegions(tint);
  // The cues go under the membrane, so that e.g. microvilli grow out of it and junctions tuck under it.
  container.addChild(regions.graphics, decor.scenery, drawMembrane(), drawPore(tint), drawDna());

  /** Region names: small spaced capitals, quiet, kept to the stage edges where molecules do not go. */
  const region = (text: string, halo: number, places: readonly LabelPlace[]): void => {
    const [{ x, y, anchorX, anchorY }] = places as [LabelPlace];
    const options: LabelOptions = {
      fontSize: 14,
      fontWeight: '700',
      letterSpacing: 1.3,
      fill: PALETTE.text.region,
      halo,
      anchorX,
      anchorY,
    };
    const label = createLabel(text.toLocaleUpperCase(), options);
    label.position.set(x, y);
    scaler.add(label, { fontSize: 14 });
    labels.addChild(label);
    spots.push({ texts: [label], priority: LABEL_PRIORITY.region, places: () => places, beneath: true });
  };
  /** Structure names (pore, DNA, GAS): sentence case, in the structure's colour. */
  const structure = (
    text: string,
    fill: number,
    halo: number,
    subject: string,
    body: LocalBox,
    places: readonly LabelPlace[],
  ): void => {
    const [{ x, y, anchorX, anchorY }] = places as [LabelPlace];
    const label = createLabel(text, { fontSize: 16, fontWeight: '700', fill, halo, anchorX, anchorY });
    label.position.set(x, y);
    scaler.add(label, { fontSize: 16 });
    labels.addChild(label);
    spots.push({ texts: [label], priority: LABEL_PRIORITY.structure, subject, places: () => places, body: () => body, beneath: true });
  };

  const cell = createLabel(info.cellLabel, {
    fontSize: 20,
    fontWeight: '800',
    fill: PALETTE.text.label,
    halo: S.outside,
    anchorX: 0,
    anchorY: 0,
  });
  cell.position.set(MARGIN, 12);
  scaler.add(cell, { fontSize: 20 });
  labels.addChild(cell);
  const titlePlaces: readonly LabelPlace[] = [{ x: MARGIN, y: 12, anchorX: 0, anchorY: 0 }];
  spots.push({ texts: [cell], priority: LABEL_PRIORITY.title, places: () => titlePlaces, beneath: true });

  region(info.outsideLabel, S.outside, [{ x: STAGE.width - MARGIN, y: 14, anchorX: 1, anchorY: 0 }]);
  // Above the small receptor pairs' lobes.
  region(info.membraneLabel, tint.outsideShade, [{ x: STAGE.width - MARGIN, y: MINI_PAIR.top - 6, anchorX: 1, anchorY: 1 }]);
  // Below the small receptor pairs' JAKs, at the left or else the right edge, or lower down.
  const cytoplasmY = MINI_PAIR.jak.y + MINI_PAIR.jak.ry + 10;
  region(info.cytoplasmLabel, tint.cytoplasm, [
    { x: MARGIN, y: cytoplasmY, anchorX: 0, anchorY: 0 },
    { x: STAGE.width - MARGIN, y: cytoplasmY, anchorX: 1, anchorY: 0 },
    { x: MARGIN, y: cytoplasmY + 60, anchorX: 0, anchorY: 0 },
  ]);
  // Left of the small STAT dimers (model/population-layout.ts), or at the right.
  region(info.nucleusLabel, S.nucleus, [
    { x: 130, y: DNA.y - 26, anchorX: 0, anchorY: 1 },
    { x: STAGE.width - 130, y: DNA.y - 26, anchorX: 1, anchorY: 1 },
  ]);
  // The pore's filaments, ring and basket; the DNA's helix band (the GAS motif is part of it).
  const pore = { x: PORE.x - PORE_OPENING / 2 - 14, y: PORE.y - 40, width: PORE_OPENING + 28, height: 86 };
  const dna = { x: DNA.left - 4, y: DNA.y - 20, width: DNA.right - DNA.left + 8, height: 40 };
  structure(info.poreLabel, S.poreRing, tint.cytoplasm, 'pore', pore, [
    { x: PORE.x - PORE_OPENING / 2 - 16, y: PORE.y - 16, anchorX: 1, anchorY: 1 },
    { x: PORE.x + 30, y: PORE.y - 16, anchorX: 0, anchorY: 1 },
    { x: PORE.x - PORE_OPENING / 2 - 20, y: PORE.y + 14, anchorX: 1, anchorY: 0 },
    { x: PORE.x + PORE_OPENING / 2 + 20, y: PORE.y + 14, anchorX: 0, anchorY: 0 },
  ]);
  structure(info.dnaLabel, S.dnaFront, S.nucleus, 'dna', dna, [
    { x: DNA.left - 12, y: DNA.y, anchorX: 1, anchorY: 0.5 },
    { x: DNA.left, y: DNA.y - 22, anchorX: 0, anchorY: 1 },
    { x: DNA.left, y: DNA.y + 22, anchorX: 0, anchorY: 0 },
  ]);
  structure(info.gasLabel, S.gasEdge, S.nucleus, 'gas', dna, [
    { x: DNA.gasX, y: STAGE.height - 1, anchorX: 0.5, anchorY: 1 },
    { x: DNA.gasX, y: DNA.y - 22, anchorX: 0.5, anchorY: 1 },
    { x: DNA.gasX - DNA.gasWidth / 2, y: DNA.y - 22, anchorX: 1, anchorY: 1 },
    // Clear of a STAT dimer bound on the motif.
    { x: DNA.gasX - 130, y: DNA.y - 22, anchorX: 1, anchorY: 1 },
  ]);

  let caption: Text | undefined;
  if (info.detailLabel && decor.caption) {
    const { x, y, anchorX, anchorY } = decor.caption;
    // Quieter than the region names: it names scenery, not a place the story happens.
    caption = createLabel(info.detailLabel, {
      fontSize: 13,
      fontWeight: '600',
      fontStyle: 'italic',
      fill: PALETTE.text.region,
      halo: cytoplasmAt(y, tint),
      anchorX,
      anchorY,
    });
    caption.position.set(x, y);
    scaler.add(caption, { fontSize: 13, maxBoost: 2 });
    labels.addChild(caption);
    const captionPlaces: readonly LabelPlace[] = [{ x, y, anchorX, anchorY }];
    spots.push({ texts: [caption], priority: LABEL_PRIORITY.caption, places: () => captionPlaces, beneath: true });
  }

  // The inset sits under the cell label, which it illustrates. It grows a little on small screens (a
  // pictogram 44 px wide is hard to read) and follows the label down as the label is boosted, but never
  // reaches the membrane.
  const inset = decor.inset;
  container.addChild(inset);
  let viewScale = 1;
  let minimum = MIN_SCREEN_FONT_PX;
  const placeInset = (): void => {
    const top = cell.y + cell.height + INSET_GAP;
    const room = (MINI_PAIR.top - INSET_GAP - top) / INSET.height;
    inset.position.set(MARGIN, top);
    inset.scale.set(Math.max(INSET_MIN_SCALE, Math.min(labelBoost(20, viewScale, INSET_MAX_BOOST, minimum), room)));
  };
  placeInset();

  return {
    container,
    labels,
    spots,
    setViewScale(screenPxPerUnit: number, resolution: number, minPx = MIN_SCREEN_FONT_PX): void {
      scaler.setViewScale(screenPxPerUnit, resolution, minPx);
      viewScale = screenPxPerUnit;
      minimum = minPx;
      placeInset();
      // On small screens the boosted caption would crowd the actors; the scenery speaks for itself there.
      if (caption) caption.visible = screenPxPerUnit >= CAPTION_MIN_SCALE;
    },
    destroy(): void {
      destroyTree(labels);
      destroyTree(container);
      for (const gradient of regions.gradients) gradient.destroy();
    },
  };
}
