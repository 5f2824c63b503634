/**
 * `exportImage()`: a PNG of the step shown, drawn offscreen by the same stage code at the step's end state,
 * with a caption strip under it saying what it shows and where that comes from. A lazy module of its own
 * (dist/chunks/export-image.js), loaded the first time a picture is asked for.
 */
import { STAGE } from '../../model/geometry';
import type { getSource as GetSource } from '../../model/source-works';
import type { SceneSession } from '../../session/scene-session';
import { renderStill, stillStageOf } from '../../view/render-still';
import type { ExportContext, ExportImageOptions } from './export-context';

/** The product's name, as printed under every picture (a name, not translated). */
export const PRODUCT_NAME = 'JAK-STAT Explorer';

const SCALE_RANGE = { min: 0.5, max: 4 } as const;
/** A source's title in the strip is cut to this many characters. */
const SHORT_TITLE = 48;

/** The caption strip's text: heading, what is shown, and the credit line with the step's sources. */
export interface CaptionLines {
  readonly heading: string;
  readonly detail: string;
  readonly credit: string;
}

/** Checks `exportImage()` options; throws an Error that names the bad option. */
export function checkImageOptions(options: unknown): Required<ExportImageOptions> {
  if (options !== undefined && (typeof options !== 'object' || options === null)) throw new Error('exportImage(options): options must be an object.');
  const { scale = 1, caption = true } = (options ?? {}) as ExportImageOptions;
  if (typeof scale !== 'number' || !Number.isFinite(scale) || scale < SCALE_RANGE.min || scale > SCALE_RANGE.max) {
    throw new Error(`exportImage(options): scale must be a number from ${SCALE_RANGE.min} to ${SCALE_RANGE.max}, not ${String(scale)}.`);
  }
  if (typeof caption !== 'boolean') throw new Error(`exportImage(options): caption must be true or false, not ${String(caption)}.`);
  return { scale, caption };
}

/** A title cut to `length` characters, with an ellipsis when cut. */
function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

/**
 * The caption of step `step` (1-based) of a session, in the session's language; `getSource` from the source
 * registry's works (a lazy module of its own, chunks/source-works.js).
 */
export function captionLines(session: SceneSession, step: number, getSource: typeof GetSource): CaptionLines {
  const t = session.options.locale.ui;
  const shown = session.plan.steps[step - 1]!;
  const treatment = session.plan.treatment;
  const drug = treatment ? t.drug.treated(treatment.drug.name, treatment.exposure) : t.drug.untreated;
  const sources = shown.sources.map((id) => `${id} ${shorten(getSource(id).works[0]?.title ?? '', SHORT_TITLE)}`).join('; ');
  return {
    heading: `${t.ui.stepOf(step, session.stepCount)} · ${shown.title}`,
    detail: `${session.scene.title} · ${drug}`,
    credit: sources ? `${PRODUCT_NAME} · ${t.ui.sources}: ${sources}` : PRODUCT_NAME,
  };
}

/** `text` cut with an ellipsis to fit `width` pixels in the context's current font. */
function fitText(context: CanvasRenderingContext2D, text: string, width: number): string {
  if (context.measureText(text).width <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (context.measureText(`${text.slice(0, mid)}…`).width <= width) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}

/**
 * `text` in lines that fit `width` pixels in the context's current font, broken between words, at most
 * `maxLines` of them (the last cut with an ellipsis if the text goes on).
 */
export function wrapText(context: CanvasRenderingContext2D, text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const longer = line ? `${line} ${word}` : word;
    if (!line || context.measureText(longer).width <= width) line = longer;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  if (lines.length <= maxLines) return lines.map((each) => fitText(context, each, width));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitText(context, `${kept[maxLines - 1]} ${lines[maxLines]}…`, width);
  return kept.map((each) => fitText(context, each, width));
}

/**
 * The picture with the caption strip drawn under it, in a new canvas (sizes scale with `scale`): the heading and
 * what is shown on a line each, the credit with the sources on up to three.
 */
export function withCaptionStrip(picture: HTMLCanvasElement, lines: CaptionLines, scale: number): HTMLCanvasElement {
  const unit = (px: number) => Math.round(px * scale);
  const pad = unit(20);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d')!;
  const width = picture.width - pad * 2;
  const rows = [
    { text: lines.heading, font: `bold ${unit(26)}px system-ui, sans-serif`, colour: '#1d2433', height: unit(36), max: 1 },
    { text: lines.detail, font: `${unit(20)}px system-ui, sans-serif`, colour: '#1d2433', height: unit(30), max: 1 },
    { text: lines.credit, font: `${unit(15)}px system-ui, sans-serif`, colour: '#4a5468', height: unit(22), max: 3 },
  ].flatMap((row) => {
    context.font = row.font;
    return wrapText(context, row.text, width, row.max).map((text) => ({ ...row, text }));
  });
  const strip = pad * 2 + rows.reduce((sum, row) => sum + row.height, 0);
  canvas.width = picture.width;
  canvas.height = picture.height + strip;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(picture, 0, 0);
  context.fillStyle = '#d5d9e2';
  context.fillRect(0, picture.height, canvas.width, Math.max(1, unit(2)));
  context.textBaseline = 'middle';
  let y = picture.height + pad;
  for (const row of rows) {
    context.font = row.font;
    context.fillStyle = row.colour;
    context.fillText(row.text, pad, y + row.height / 2);
    y += row.height;
  }
  return canvas;
}

/** A canvas as a PNG. */
function pngOf(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('exportImage(): the browser could not encode the PNG.'))), 'image/png');
  });
}

/** A PNG of the step shown, `1280 × scale` pixels wide, with its caption strip unless `caption` is false. */
export async function exportImage(context: ExportContext, options?: ExportImageOptions): Promise<Blob> {
  const { scale, caption } = checkImageOptions(options);
  const { session, step, wholeCell } = context;
  const picture = await renderStill({ stage: stillStageOf(session, wholeCell), step, width: STAGE.width, height: STAGE.height, resolution: scale });
  if (!caption) return pngOf(picture);
  const { getSource } = await import('../../model/source-works');
  return pngOf(withCaptionStrip(picture, captionLines(session, step, getSource), scale));
}

/** Offers `blob` for download under `name`, through an object URL and a download link (no network). */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has read the URL long before then.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The export menu's "Save picture": the step shown as `jak-stat-<scene>-step-<n>.png`. */
export async function savePicture(context: ExportContext): Promise<void> {
  saveFile(await exportImage(context), `jak-stat-${context.session.scene.id}-step-${context.step}.png`);
}
