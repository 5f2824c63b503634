/**
 * The collision pass for on-stage labels, on plain boxes in screen space (CSS px on the canvas), so that it
 * works at any stage size, letterbox or camera zoom, and can be tested without a canvas.
 *
 * Labels are placed one by one in priority order. Each offers candidate places, best first; a place is taken
 * if it lies on the canvas, meets no label placed before it (with a small gap), and does not cover what the
 * label names (a name printed on its molecule must fit on it instead). The first place that covers no other
 * molecule wins; a label that must stay (it names what the step is about) is otherwise nudged outward until it
 * finds such a place. Only then does covering count as a cost against the order of preference. A label that
 * finds no place at all is hidden, unless it must stay: then it is nudged until it fits.
 *
 * The result depends on the boxes alone, never on earlier layouts: like every other part of the picture, the
 * labels at a moment are the same whatever path led there (seeking stays a pure function of time).
 */

/** An axis-aligned box in CSS px. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One place a label may take. */
export interface CandidateBox extends Box {
  /** The label is printed on what it names here: it must lie within the body instead of clear of it. */
  readonly inside?: boolean;
}

/** A label to place. */
export interface LayoutLabel {
  /** Where it may go, best first. */
  readonly candidates: readonly CandidateBox[];
  /** What it names (its molecule or structure), which it must not cover. */
  readonly body?: Box | undefined;
  /** It names what the current step is about: it is nudged into a free place rather than hidden. */
  readonly keep?: boolean;
  /**
   * The largest share of its box that may lie over obstacles; beyond it a place does not qualify. For labels
   * drawn beneath the molecules (a covered one cannot be read). Default: any (covering is only a cost).
   */
  readonly maxCover?: number | undefined;
}

/** Where a label went. */
export interface Placement {
  /** The candidate taken; -1 when hidden. */
  readonly candidate: number;
  /** Shift from that candidate (a nudged label that must stay); 0, 0 otherwise. */
  readonly dx: number;
  readonly dy: number;
  /** The box it covers (when shown). */
  readonly box: Box | undefined;
}

/** The scene the labels are placed in. */
export interface LayoutInput {
  /** In priority order: earlier labels get the better places. */
  readonly labels: readonly LayoutLabel[];
  /** The visible area; labels must lie inside it. */
  readonly area: Box;
  /** Things labels should rather not cover (other molecules, structures): a cost, not a rule. */
  readonly obstacles?: readonly Box[];
}

/** CSS px kept clear between two labels, so that their halos do not touch. */
export const LABEL_GAP = 2;
/** How far (CSS px) a label printed on its molecule may reach past the molecule's box (its halo). */
const INSIDE_SLACK = 3;
/** Cost of covering obstacles, per covered share of the label's own area, against one step down the preferences. */
const COVER_COST = 2;
/** A place covering at most this share of the label's area (a letter's edge) counts as clear of other things. */
const CLEAR_COVER = 0.05;
/** Rings and directions tried when nudging a label that must stay. */
const NUDGE_RINGS = 8;
const NUDGE_DIRECTIONS = 16;

/** Whether two boxes overlap by more than nothing, with `gap` CSS px kept between them. */
export function intersects(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function contains(outer: Box, inner: Box, slack: number): boolean {
  return (
    inner.x >= outer.x - slack &&
    inner.y >= outer.y - slack &&
    inner.x + inner.width <= outer.x + outer.width + slack &&
    inner.y + inner.height <= outer.y + outer.height + slack
  );
}

function shifted(box: Box, dx: number, dy: number): Box {
  return { x: box.x + dx, y: box.y + dy, width: box.width, height: box.height };
}

/**
 * Places labels so that no two shown labels' boxes meet and none covers what it names. Pure: the same input
 * gives the same placements, one per label, in input order.
 */
export function layoutLabels(input: LayoutInput): Placement[] {
  const { area } = input;
  const obstacles = input.obstacles ?? [];
  const placed: Box[] = [];

  /** Whether a label may sit at `box` (candidate kind `inside`), given the labels placed so far. */
  const fits = (label: LayoutLabel, box: Box, inside: boolean): boolean => {
    if (!contains(area, box, 0)) return false;
    if (label.body) {
      if (inside ? !contains(label.body, box, INSIDE_SLACK) : intersects(label.body, box)) return false;
    }
    for (const other of placed) if (intersects(other, box, LABEL_GAP)) return false;
    return true;
  };
  /** How much of other things a box covers, as a share of its own area. */
  const cover = (label: LayoutLabel, box: Box): number => {
    const own = box.width * box.height;
    if (!(own > 0)) return 0;
    let covered = 0;
    for (const obstacle of obstacles) if (obstacle !== label.body) covered += overlapArea(obstacle, box);
    return Math.min(1, covered / own);
  };

  return input.labels.map((label): Placement => {
    const take = (index: number): Placement => {
      const box = label.candidates[index]!;
      placed.push(box);
      return { candidate: index, dx: 0, dy: 0, box };
    };
    const allowed = (box: Box) => label.maxCover === undefined || cover(label, box) <= label.maxCover;
    // The first place, in the label's own order of preference, that covers (nearly) nothing else: a molecule
    // drawn over a label hides it, so a clear place beats a better-ranked covered one.
    let clear = -1;
    let best = -1;
    let bestScore = Infinity;
    label.candidates.forEach((candidate, index) => {
      if (!fits(label, candidate, candidate.inside === true)) return;
      const covered = cover(label, candidate);
      if (label.maxCover !== undefined && covered > label.maxCover) return;
      if (clear < 0 && covered <= CLEAR_COVER) clear = index;
      const score = index + COVER_COST * covered;
      if (score < bestScore) {
        bestScore = score;
        best = index;
      }
    });
    if (clear >= 0) return take(clear);
    // A label that must stay looks for a clear place nearby before it settles for covering something.
    const nudged = label.keep && label.candidates.length > 0 ? nudge(label, (box) => fits(label, box, false) && cover(label, box) <= CLEAR_COVER && allowed(box)) : undefined;
    if (nudged) {
      placed.push(nudged.box);
      return nudged;
    }
    if (best >= 0) return take(best);
    if (label.keep && label.candidates.length > 0) {
      const anywhere = nudge(label, (box) => fits(label, box, false) && allowed(box));
      if (anywhere) {
        placed.push(anywhere.box);
        return anywhere;
      }
    }
    return { candidate: -1, dx: 0, dy: 0, box: undefined };
  });
}

/** Moves a label's first outside place outward in widening rings until it fits (undefined if it never does). */
function nudge(label: LayoutLabel, fits: (box: Box) => boolean): (Placement & { box: Box }) | undefined {
  let start = label.candidates.findIndex((candidate) => candidate.inside !== true);
  if (start < 0) start = 0;
  const from = label.candidates[start]!;
  const step = Math.max(4, from.height * 0.75);
  for (let ring = 1; ring <= NUDGE_RINGS; ring++) {
    for (let i = 0; i < NUDGE_DIRECTIONS; i++) {
      // Start straight down and alternate sides, so that equal rings prefer vertical moves (text is wide).
      const k = (i % 2 === 0 ? 1 : -1) * Math.ceil(i / 2);
      const angle = Math.PI / 2 + (k * 2 * Math.PI) / NUDGE_DIRECTIONS;
      const dx = Math.round(Math.cos(angle) * ring * step * 1.6);
      const dy = Math.round(Math.sin(angle) * ring * step);
      const box = shifted(from, dx, dy);
      if (fits(box)) return { candidate: start, dx, dy, box };
    }
  }
  return undefined;
}
