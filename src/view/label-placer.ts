/**
 * Keeps a stage's labels apart on screen. Sprites and the backdrop describe their labels as spots (the places
 * each may take, in its owner's own units, and the box of what it names); the placer measures them in screen
 * space through their real transforms (any stage scale, letterbox or camera), runs the collision pass
 * (label-layout.ts) and moves, shows or hides the texts. Cheap enough to run on every drawn frame that moved
 * something: a few dozen boxes, no text is measured or re-rendered.
 */
import { Matrix, type Container, type Text } from 'pixi.js';
import { fitLabelToScreen, isLegible } from './label';
import { layoutLabels, type Box, type CandidateBox, type LayoutLabel } from './label-layout';

/** One place for a spot's texts: a point in the owner's units and the texts' anchor there. */
export interface LabelPlace {
  readonly x: number;
  readonly y: number;
  readonly anchorX: number;
  readonly anchorY: number;
  /** Printed on the named thing: taken only where the text fits on it. */
  readonly inside?: boolean;
}

/** A box in the owner's units. */
export interface LocalBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Placement order: higher first. Names of molecules come before the cell's title, structures (pore, DNA) and
 * region names (outside, cytoplasm), which give way first on a crowded screen.
 */
export const LABEL_PRIORITY = {
  cytokine: 90,
  receptor: 88,
  jak: 86,
  drug: 84,
  stat: 82,
  gene: 80,
  socs: 78,
  route: 74,
  atp: 70,
  title: 60,
  structure: 40,
  region: 20,
  caption: 10,
} as const;

/** A label (or a few texts that take turns in one place, like ATP and ADP) and where it may go. */
export interface LabelSpot {
  /** Texts drawn in this spot; they are children of one owner and move together. */
  readonly texts: readonly Text[];
  readonly priority: number;
  /** What it names (an actor id, or a structure such as `pore`): it stays while the step is about that. */
  readonly subject?: string;
  /** Where it may go, best first, in the owner's units. Read on every pass (it may follow the actor's state). */
  places(): readonly LabelPlace[];
  /** The box of what it names, in the owner's units; a label must not cover it (or, inside, must fit on it). */
  body?(): LocalBox | undefined;
  /** Drawn beneath the molecules (the backdrop's names): a place over a molecule is no place for it. */
  readonly beneath?: boolean;
}

/** Share of a label beneath the molecules that may lie under one (a letter's edge, not a word). */
const BENEATH_MAX_COVER = 0.04;

/** A shown label's box, for tests and tools. */
export interface LabelBox extends Box {
  readonly text: string;
  /** Its font size as drawn, in CSS px. */
  readonly fontPx: number;
  /** The box of what it names, in CSS px, if it names a drawn thing. */
  readonly named?: Box;
  /** Whether it is printed on what it names (then it lies within `named`; otherwise it keeps clear of it). */
  readonly inside: boolean;
}

/** Opacity below which a label counts as not shown. */
export const SHOWN_ALPHA = 0.05;

interface SpotState {
  readonly spot: LabelSpot;
  /** The drawn box (for repainting). */
  drawn: Box | undefined;
  /** Whether its texts show at all (legible, on screen, chosen). */
  shown: boolean;
  /** Whether the place taken is on what it names. */
  inside: boolean;
  /** Its owner's units to screen px, reused from pass to pass (no garbage per frame). */
  readonly matrix: Matrix;
}

const scratch = new Matrix();

export class LabelPlacer {
  private readonly spots: SpotState[] = [];

  /** The stage's root: screen space is its parent's space (the canvas, in CSS px). */
  constructor(private readonly root: Container) {}

  add(spots: readonly LabelSpot[]): void {
    for (const spot of spots) this.spots.push({ spot, drawn: undefined, shown: false, inside: false, matrix: new Matrix() });
  }

  /**
   * Places every label for the picture as it stands now (`focus`: the subjects the step is about) inside a
   * canvas of `width` × `height` CSS px; `drawn` are other things on screen labels should not cover (CSS px).
   * Returns the boxes that must be repainted (where labels were and are).
   */
  layout(width: number, height: number, focus: ReadonlySet<string>, drawn: readonly Box[] = []): Box[] {
    const live: { state: SpotState; label: LayoutLabel; places: readonly LabelPlace[]; matrix: Matrix }[] = [];
    const obstacles: Box[] = [...drawn];
    // A label drawn last time and hidden or moved now leaves its old box to repaint.
    const repaint: Box[] = [];
    const named = new Map<LocalBox, Box>();
    for (const state of this.spots) {
      const { spot } = state;
      const owner = spot.texts[0]?.parent;
      if (!owner || opacity(owner, this.root) <= 0.002) {
        this.hide(state, repaint);
        continue;
      }
      const matrix = screenMatrix(owner, this.root, state.matrix);
      const local = spot.body?.();
      // Labels that name the same thing (the DNA and its GAS motif) share one obstacle.
      let body = local && named.get(local);
      if (local && !body) {
        body = screenBox(matrix, local);
        named.set(local, body);
        obstacles.push(body);
      }
      const unit = Math.hypot(matrix.a, matrix.b);
      let legible = false;
      for (const text of spot.texts) legible = fitLabelToScreen(text, unit) || legible;
      if (!legible || !spot.texts.some((text) => text.visible && text.alpha > 0.002)) {
        this.hide(state, repaint);
        continue;
      }
      const places = spot.places();
      const { width: w, height: h } = textSize(spot.texts, matrix);
      const candidates: CandidateBox[] = places.map((place) => {
        const x = matrix.a * place.x + matrix.c * place.y + matrix.tx;
        const y = matrix.b * place.x + matrix.d * place.y + matrix.ty;
        return { x: x - place.anchorX * w, y: y - place.anchorY * h, width: w, height: h, inside: place.inside };
      });
      const keep = spot.subject !== undefined && focus.has(spot.subject);
      const maxCover = spot.beneath ? BENEATH_MAX_COVER : undefined;
      live.push({ state, places, matrix, label: { candidates, body, keep, maxCover } });
    }
    // Subjects of the step first, then by priority (a stable sort keeps declaration order among equals).
    live.sort((a, b) => Number(b.label.keep) - Number(a.label.keep) || b.state.spot.priority - a.state.spot.priority);
    const placements = layoutLabels({ labels: live.map((item) => item.label), area: { x: 0, y: 0, width, height }, obstacles });
    live.forEach(({ state, places, matrix }, i) => {
      const placement = placements[i]!;
      const before = state.drawn;
      if (placement.candidate < 0 || !placement.box) {
        this.hide(state, repaint);
        return;
      }
      const place = places[placement.candidate]!;
      // The nudge is in screen px; the owner's units are the screen's through the inverse of its matrix.
      const inverse = scratch.copyFrom(matrix).invert();
      const sx = matrix.a * place.x + matrix.c * place.y + matrix.tx + placement.dx;
      const sy = matrix.b * place.x + matrix.d * place.y + matrix.ty + placement.dy;
      const x = inverse.a * sx + inverse.c * sy + inverse.tx;
      const y = inverse.b * sx + inverse.d * sy + inverse.ty;
      for (const text of state.spot.texts) {
        if (text.x !== x || text.y !== y) text.position.set(x, y);
        if (text.anchor.x !== place.anchorX || text.anchor.y !== place.anchorY) text.anchor.set(place.anchorX, place.anchorY);
        text.renderable = isLegible(text);
      }
      state.shown = true;
      state.inside = place.inside === true && placement.dx === 0 && placement.dy === 0;
      state.drawn = placement.box;
      if (!before || before.x !== placement.box.x || before.y !== placement.box.y || before.width !== placement.box.width) {
        if (before) repaint.push(before);
        repaint.push(placement.box);
      }
    });
    return repaint;
  }

  /** The boxes of the labels shown now (opacity above SHOWN_ALPHA), in CSS px on the canvas. */
  boxes(): LabelBox[] {
    const out: LabelBox[] = [];
    for (const { spot, shown, inside } of this.spots) {
      const owner = spot.texts[0]?.parent;
      if (!shown || !owner) continue;
      const ownerAlpha = opacity(owner, this.root);
      const local = spot.body?.();
      const named = local && screenBox(screenMatrix(owner, this.root, new Matrix()), local);
      for (const text of spot.texts) {
        if (!text.visible || !text.renderable || ownerAlpha * text.alpha <= SHOWN_ALPHA) continue;
        // Measured by Pixi itself, independently of the layout's own arithmetic.
        const { x, y, width, height } = text.getBounds();
        const fontPx = (Number(text.style.fontSize) * height) / text.bounds.height;
        out.push({ text: text.text, x, y, width, height, fontPx, inside, ...(named ? { named } : {}) });
      }
    }
    return out;
  }

  private hide(state: SpotState, repaint: Box[]): void {
    for (const text of state.spot.texts) text.renderable = false;
    if (state.drawn) repaint.push(state.drawn);
    state.drawn = undefined;
    state.shown = false;
  }
}

/** The matrix from `node`'s units to its stage root's parent (the canvas, CSS px). */
function screenMatrix(node: Container, root: Container, out: Matrix): Matrix {
  out.identity();
  for (let current: Container | null = node; current; current = current.parent) {
    current.updateLocalTransform();
    out.prepend(current.localTransform);
    if (current === root) break;
  }
  return out;
}

/** How opaque `node` is on screen (0 when it or a parent is hidden). */
function opacity(node: Container, root: Container): number {
  let alpha = 1;
  for (let current: Container | null = node; current; current = current.parent) {
    if (!current.visible) return 0;
    alpha *= current.alpha;
    if (current === root) break;
  }
  return alpha;
}

/** The size on screen of the largest of a spot's texts (they share one place, upright whatever the owner's turn). */
function textSize(texts: readonly Text[], matrix: Matrix): { width: number; height: number } {
  const unit = Math.hypot(matrix.a, matrix.b);
  let width = 0;
  let height = 0;
  for (const text of texts) {
    const bounds = text.bounds;
    width = Math.max(width, bounds.width * Math.abs(text.scale.x) * unit);
    height = Math.max(height, bounds.height * Math.abs(text.scale.y) * unit);
  }
  return { width, height };
}

/** A box in `matrix`'s source units as an axis-aligned box on screen. */
function screenBox(matrix: Matrix, box: LocalBox): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of [
    [box.x, box.y],
    [box.x + box.width, box.y],
    [box.x, box.y + box.height],
    [box.x + box.width, box.y + box.height],
  ] as const) {
    const sx = matrix.a * x + matrix.c * y + matrix.tx;
    const sy = matrix.b * x + matrix.d * y + matrix.ty;
    minX = Math.min(minX, sx);
    minY = Math.min(minY, sy);
    maxX = Math.max(maxX, sx);
    maxY = Math.max(maxY, sy);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
