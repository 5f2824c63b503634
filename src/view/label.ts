/**
 * On-stage labels and the rule that keeps them legible at any stage size.
 *
 * The stage is 1280 logical units wide but may be shown 375 px wide (1 unit ≈ 0.29 px). Labels are made
 * once; on resize (or zoom) they are enlarged ("boosted") just enough to stay at or above a minimum size on
 * screen (12 CSS px, 20 in presenter mode), and their text is re-rasterised at a matching resolution so that
 * the enlargement stays crisp. A label that would need more than its largest boost is not drawn at all: no
 * label is ever drawn below the minimum. Where labels go so that they never meet is label-layout.ts's job.
 */
import { Text } from 'pixi.js';
import { TextStyle, type Container, type TextStyleFontWeight } from 'pixi.js';
import { PALETTE } from './palette';

/** System fonts only: the animation must work offline, so no web fonts are loaded. */
export const LABEL_FONT_FAMILY =
  '"Inter", "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif';

/** Smallest on-screen font size (CSS px) that a label is boosted to, unless the view asks for more. */
export const MIN_SCREEN_FONT_PX = 12;

/** The minimum in presenter mode: text read from the back of a classroom. */
export const PRESENTER_FONT_PX = 20;

/**
 * Largest enlargement. It reaches the minimum for the smallest labels (12 units, or 14 on a molecule drawn at
 * 85 %) on a 16:9 stage in a 375 px wide phone's widget (~355 px of canvas); where the camera zooms in, far
 * less is needed. Crowding is the layout's to resolve, by moving or hiding.
 */
export const MAX_LABEL_BOOST = 4;

/** How a label looks. Sizes are in stage units (= CSS px when the stage is shown 1280 wide). */
export interface LabelOptions {
  fontSize?: number;
  fill?: number;
  /** Halo (outline) colour; `null` for none. Defaults to the light halo. */
  halo?: number | null;
  /** Halo stroke width in stage units; defaults to ~30 % of the font size. */
  haloWidth?: number;
  fontWeight?: TextStyleFontWeight;
  fontStyle?: 'normal' | 'italic';
  letterSpacing?: number;
  /** Anchor: 0 = left/top, 0.5 = centre, 1 = right/bottom. The label grows away from its anchor. */
  anchorX?: number;
  anchorY?: number;
  /** Wrap onto several lines at `width` stage units. */
  wrap?: { width: number; align: 'left' | 'center' | 'right'; lineHeight: number };
}

/**
 * Styles are shared between labels that look alike, across every widget on the page: Pixi's text-measurement
 * cache keeps the styles it has seen, so a fresh style per label per widget grew the heap with every mount.
 * Shared styles are never mutated (wrapping and the like go through LabelOptions).
 */
const sharedStyles = new Map<string, TextStyle>();

function sharedStyle(options: ConstructorParameters<typeof TextStyle>[0]): TextStyle {
  const key = JSON.stringify(options);
  let style = sharedStyles.get(key);
  if (!style) {
    style = new TextStyle(options);
    sharedStyles.set(key, style);
  }
  return style;
}

/** Create a label `Text`. Create once; never re-create per frame. */
export function createLabel(text: string, options: LabelOptions = {}): Text {
  const fontSize = options.fontSize ?? 20;
  const halo = options.halo === undefined ? PALETTE.text.halo : options.halo;
  const label = new Text({
    text,
    style: sharedStyle({
      fontFamily: LABEL_FONT_FAMILY,
      fontSize,
      fontWeight: options.fontWeight ?? '600',
      fontStyle: options.fontStyle ?? 'normal',
      fill: options.fill ?? PALETTE.text.label,
      letterSpacing: options.letterSpacing ?? 0,
      // The stroke is centred on the glyph outline, so only half of it shows as a halo.
      ...(halo === null
        ? {}
        : { stroke: { color: halo, width: options.haloWidth ?? Math.max(3, fontSize * 0.3), join: 'round' as const } }),
      ...(options.wrap
        ? { wordWrap: true, wordWrapWidth: options.wrap.width, align: options.wrap.align, lineHeight: options.wrap.lineHeight }
        : {}),
    }),
    anchor: { x: options.anchorX ?? 0.5, y: options.anchorY ?? 0.5 },
    resolution: 1,
  });
  return label;
}

/** How much to enlarge text of `fontSize` units so that it is at least `minPx` CSS px on screen (within `maxBoost`). */
export function labelBoost(
  fontSize: number,
  screenPxPerUnit: number,
  maxBoost: number = MAX_LABEL_BOOST,
  minPx: number = MIN_SCREEN_FONT_PX,
): number {
  if (!(screenPxPerUnit > 0) || !(fontSize > 0)) return 1;
  const wanted = minPx / (fontSize * screenPxPerUnit);
  return Math.min(Math.max(wanted, 1), Math.max(1, maxBoost));
}

/** Text rasterisation resolution for a boosted label, rounded up to 0.5 steps (so small resizes do not re-render). */
export function textResolutionFor(resolution: number, screenPxPerUnit: number, boost: number): number {
  const raw = resolution * screenPxPerUnit * boost;
  return Math.max(1, Math.ceil(raw * 2) / 2);
}

/** Options for one item registered with a {@link LabelScaler}. */
export interface ScaledLabelOptions {
  /** The font size (stage units) that decides the boost; for a group, that of its main text. */
  fontSize: number;
  /** Texts whose resolution follows the boost; defaults to `[target]` if the target is a Text. */
  texts?: readonly Text[];
  /** Cap on the boost (e.g. small badges that must not hide what they sit on). */
  maxBoost?: number;
  /** Cap on the boosted width in stage units (e.g. a word that must stay inside its gauge). */
  maxWidth?: number;
  /**
   * Whether this is text that must reach the minimum size or not be drawn (default: whether the target is a Text).
   * Marks (P badges, arrows) are merely enlarged as far as their cap allows.
   */
  text?: boolean;
}

interface ScaledItem {
  readonly target: Container;
  readonly fontSize: number;
  readonly texts: readonly Text[];
  readonly maxBoost: number;
  readonly maxWidth: number | undefined;
  readonly text: boolean;
  /** Unboosted width, measured lazily (measuring text needs a canvas). */
  naturalWidth: number | undefined;
  /** Device pixel ratio and minimum label size (CSS px) of the last view-scale change. */
  resolution: number;
  minPx: number;
  /** Whether it reached the minimum at the last fit. */
  legible: boolean;
}

/** Registered texts, so that the label layout can fit each to the scale it is really drawn at. */
const textItems = new WeakMap<Container, ScaledItem>();

/**
 * Sizes an item for `screenPxPerUnit` screen px per unit of its parent: its boost and text resolution, and
 * whether text reaches the minimum within its caps (a label that cannot is not drawn).
 */
function fitItem(item: ScaledItem, screenPxPerUnit: number): boolean {
  let boost = labelBoost(item.fontSize, screenPxPerUnit, item.maxBoost, item.minPx);
  if (item.maxWidth !== undefined) {
    item.naturalWidth ??= item.target.getLocalBounds().width;
    if (item.naturalWidth > 0) boost = Math.max(1, Math.min(boost, item.maxWidth / item.naturalWidth));
  }
  // A hair of tolerance: boosts are exact quotients, and a label exactly at the minimum is legible.
  item.legible = !item.text || !(screenPxPerUnit > 0) || item.fontSize * boost * screenPxPerUnit >= item.minPx - 0.01;
  if (item.target.scale.x !== boost || item.target.scale.y !== boost) item.target.scale.set(boost);
  const textResolution = textResolutionFor(item.resolution, screenPxPerUnit, boost);
  for (const text of item.texts) {
    if (text.resolution !== textResolution) text.resolution = textResolution;
  }
  return item.legible;
}

/**
 * Fits a registered text to the scale it is really drawn at (`screenPxPerUnit`: screen px per unit of its
 * parent, camera zoom and the actor's own scale included): enlarged to the minimum size, never more than needed,
 * re-rasterised to stay crisp. Returns false when it cannot reach the minimum: then it must not be drawn.
 * Unregistered text is left as it is.
 */
export function fitLabelToScreen(text: Container, screenPxPerUnit: number): boolean {
  const item = textItems.get(text);
  return item ? fitItem(item, screenPxPerUnit) : true;
}

/** Whether a registered text reached the minimum size at its last fit (unregistered text: true). */
export function isLegible(text: Container): boolean {
  return textItems.get(text)?.legible ?? true;
}

/**
 * Keeps a set of labels (or small label-like groups, e.g. a P badge) legible: on each view-scale change it
 * sets their scale to the boost and their text resolution to match. Positions are not touched: where labels
 * go is the label layout's job (label-placer.ts), which also fits each text again to the scale it is drawn at.
 */
export class LabelScaler {
  private readonly items: ScaledItem[] = [];

  /** Register a label or a group holding text. */
  add(target: Container, options: ScaledLabelOptions): void {
    const texts = options.texts ?? (target instanceof Text ? [target] : []);
    const item: ScaledItem = {
      target,
      fontSize: options.fontSize,
      texts,
      maxBoost: options.maxBoost ?? MAX_LABEL_BOOST,
      maxWidth: options.maxWidth,
      text: options.text ?? target instanceof Text,
      naturalWidth: undefined,
      resolution: 1,
      minPx: MIN_SCREEN_FONT_PX,
      legible: true,
    };
    this.items.push(item);
    if (item.text) textItems.set(target, item);
  }

  /**
   * Apply a new view scale (screen px per stage unit, whatever zoom makes it), device resolution and minimum
   * label size in CSS px. Cheap to call repeatedly.
   */
  setViewScale(screenPxPerUnit: number, resolution: number, minPx: number = MIN_SCREEN_FONT_PX): void {
    for (const item of this.items) {
      item.resolution = resolution;
      item.minPx = minPx;
      fitItem(item, screenPxPerUnit);
    }
  }
}
