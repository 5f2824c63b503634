/**
 * The dose-response plot: occupancy of each JAK and the scene's signal against exposure (log axis, 0.1× to 1000×
 * the drug's own JAK1 IC50), with the chosen exposure marked, the notes that say how far the numbers go, and a
 * data table with the same figures. Inline SVG; every number comes from `doseResponse` (the model).
 *
 * Colour is never the only cue: each curve carries a direct label, used JAKs are thicker, at-most curves dashed,
 * assumed curves dotted, and the legend says so in words.
 */
import { html, nothing, svg } from 'lit';
import { DECADES, doseResponse, type DosePoint, type DoseResponse, type JakCurve } from '../../../model/dose-response';
import type { Drug } from '../../../model/drug-schema';
import { percentWords } from '../../../model/signal-band';
import type { JakName, Scene } from '../../../model/scene-schema';
import type { UiStrings } from '../../../i18n/locales/en';
import type { DrugControlsText } from '../../../i18n/ui-strings';
import { occupancyWords } from './treatment-panels';

/** The plot's box in SVG units; text is 13 units, so at least 11 px wherever the plot is 340 px wide or more. */
const BOX = { width: 400, height: 250, left: 46, right: 390, top: 22, bottom: 200 } as const;
const LOG_MIN = Math.log10(DECADES[0]!);
const LOG_SPAN = Math.log10(DECADES.at(-1)!) - LOG_MIN;
const X = (exposure: number) => BOX.left + ((Math.log10(exposure) - LOG_MIN) / LOG_SPAN) * (BOX.right - BOX.left);
const Y = (fraction: number) => BOX.bottom - fraction * (BOX.bottom - BOX.top);
/** Approximate width of a label in SVG units (13-unit bold text). */
const labelWidth = (text: string) => text.length * 8 + 4;

/** The last plot computed: a render without a change of scene, drug or exposure reuses it. */
let last: { scene: Scene; drug: Drug; exposure: number; value: DoseResponse } | undefined;

function cached(scene: Scene, drug: Drug, exposure: number): DoseResponse {
  if (last?.scene !== scene || last.drug !== drug || last.exposure !== exposure) last = { scene, drug, exposure, value: doseResponse(scene, drug, exposure) };
  return last.value;
}

/** A drawn series: its points in SVG units, CSS classes and direct label. */
interface Series {
  readonly points: readonly (readonly [number, number])[];
  readonly className: string;
  readonly label: string;
}

function seriesOf(plot: DoseResponse, t: DrugControlsText, cytokine: string): Series[] {
  const line = (value: (p: DosePoint) => number) => plot.samples.map((p) => [X(p.exposure), Y(value(p))] as const);
  const jaks = plot.jaks
    .filter((curve) => curve.halfAt !== undefined)
    .map((curve): Series => ({
      points: line((p) => p.occupancy[curve.jak]!),
      className: `${curve.jak.toLowerCase()} ${curve.inScene ? 'used' : 'unused'} ${curve.certainty}`,
      label: curve.jak,
    }));
  return [{ points: line((p) => p.signal), className: `signal ${plot.signalAssumed ? 'assumed' : ''}`, label: t.signalCurve(cytokine) }, ...jaks];
}

/** Box of a label: [x0, y0, x1, y1] in SVG units. */
type Box = readonly [number, number, number, number];

const inside = ([x, y]: readonly [number, number], b: Box, margin = 0) => x >= b[0] - margin && x <= b[2] + margin && y >= b[1] - margin && y <= b[3] + margin;

/**
 * Places each series' direct label beside its own curve, where it covers and crowds the fewest lines (curves and
 * the chosen-exposure marker) and no other label: a small greedy search over the curve's points, trying
 * above-left and below-right of each.
 */
function placeLabels(series: readonly Series[], obstacles: readonly (readonly [number, number])[]) {
  const placed: Box[] = [];
  return series.map((s) => {
    const w = labelWidth(s.label);
    const others = [...obstacles, ...series.filter((o) => o !== s).flatMap((o) => o.points)];
    let best = { score: Infinity, x: 0, y: 0, anchor: 'start' as 'start' | 'end', box: [0, 0, 0, 0] as Box };
    s.points.forEach(([px, py], i) => {
      if (i % 2) return;
      for (const anchor of ['end', 'start'] as const) {
        const x = anchor === 'end' ? px - 4 : px + 4;
        const y = anchor === 'end' ? py - 5 : py + 14;
        const box: Box = anchor === 'end' ? [x - w, y - 11, x, y + 2] : [x, y - 11, x + w, y + 2];
        const outside = box[0] < BOX.left || box[2] > BOX.right || box[1] < BOX.top - 8 || box[3] > BOX.bottom;
        const score = (outside ? 1000 : 0)
          + 2 * s.points.filter((p) => inside(p, box)).length
          + 2 * others.filter((p) => inside(p, box)).length
          + others.filter((p) => inside(p, box, 10)).length
          + 50 * placed.filter((b) => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3]).length;
        if (score < best.score) best = { score, x, y, anchor, box };
      }
    });
    placed.push(best.box);
    return { x: best.x, y: best.y, anchor: best.anchor, text: s.label };
  });
}

/** The plot's SVG: grid, decade ticks, curves, the chosen-exposure marker and direct labels. */
function plotSvg(plot: DoseResponse, t: DrugControlsText, cytokine: string) {
  const series = seriesOf(plot, t, cytokine);
  const x = X(plot.exposure);
  const markerPoints = Array.from({ length: 31 }, (_, i) => [x, BOX.top + (i * (BOX.bottom - BOX.top)) / 30] as const);
  const chosenValues = [plot.chosen.signal, ...plot.jaks.filter((c) => c.halfAt !== undefined).map((c) => plot.chosen.occupancy[c.jak]!)];
  return html`<svg class="dr-plot" viewBox="0 0 ${BOX.width} ${BOX.height}" role="img" aria-labelledby="dr-selectivity">
    ${[0, 0.25, 0.5, 0.75, 1].map((f) => svg`<line class="grid" x1=${BOX.left} x2=${BOX.right} y1=${Y(f)} y2=${Y(f)}></line>`)}
    ${[0, 0.5, 1].map((f) => svg`<text class="tick" x=${BOX.left - 5} y=${Y(f) + 4} text-anchor="end">${Math.round(f * 100)}%</text>`)}
    ${DECADES.map((d) => svg`<line class="grid" x1=${X(d)} x2=${X(d)} y1=${BOX.top} y2=${BOX.bottom}></line>
      <text class="tick" x=${X(d)} y=${BOX.bottom + 16} text-anchor=${d === DECADES[0] ? 'start' : d === DECADES.at(-1) ? 'end' : 'middle'}>${t.exposureTick(d)}</text>`)}
    <text class="axis" x=${(BOX.left + BOX.right) / 2} y=${BOX.height - 12} text-anchor="middle">${t.axisExposure}</text>
    <line class="marker" x1=${x} x2=${x} y1=${BOX.top - 4} y2=${BOX.bottom}></line>
    <text class="marker-label" x=${x} y=${BOX.top - 8} text-anchor=${x < BOX.left + 30 ? 'start' : x > BOX.right - 30 ? 'end' : 'middle'}>${t.exposureTick(plot.exposure)}</text>
    ${series.map((s) => svg`<polyline class="curve ${s.className}" points=${s.points.map((p) => p.join(',')).join(' ')}></polyline>`)}
    ${chosenValues.map((v, i) => svg`<circle class="dot ${series[i]!.className}" cx=${x} cy=${Y(v)} r="3.5"></circle>`)}
    ${placeLabels(series, markerPoints).map((l) => svg`<text class="label" x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`)}
  </svg>`;
}

/** A legend entry: a short sample of the curve's line, then words. */
function legendItem(className: string | undefined, text: string) {
  return html`<li>${className
    ? html`<svg class="swatch" viewBox="0 0 28 10" aria-hidden="true"><line class="curve ${className}" x1="2" x2="26" y1="5" y2="5"></line></svg>`
    : html`<span class="swatch none" aria-hidden="true">–</span>`}${text}</li>`;
}

function legend(plot: DoseResponse, t: DrugControlsText, cytokine: string) {
  const drawn = (curve: JakCurve) => curve.certainty !== 'not-established';
  return html`<ul class="dr-legend">
    ${legendItem(`signal ${plot.signalAssumed ? 'assumed' : ''}`, t.legendSignal(cytokine, plot.signalBound, plot.signalAssumed))}
    ${plot.jaks.map((curve) => drawn(curve)
      ? legendItem(`${curve.jak.toLowerCase()} ${curve.inScene ? 'used' : 'unused'} ${curve.certainty}`, t.legendJak(curve.jak, curve.certainty as 'exact' | 'at-most' | 'assumed', curve.inScene))
      : legendItem(undefined, t.legendNotEstablished(curve.jak)))}
  </ul>`;
}

/** The sentence that makes selectivity fading visible in numbers. */
function selectivityText(plot: DoseResponse, t: DrugControlsText): string {
  const s = plot.selectivity;
  if (!s) return '';
  const at = (p: { exposure: number; jak1: number; other: number }) => ({
    x: p.exposure,
    jak1: occupancyWords(t, p.jak1, plot.jaks[0]!.certainty),
    other: occupancyWords(t, p.other, s.certainty),
  });
  return t.selectivityCaption(s.jak, at(s.low), at(s.high), s.fades);
}

/** The accessible table: the same figures as the plot, at the table's exposures and the chosen one. */
function dataTable(plot: DoseResponse, t: DrugControlsText, drugName: string, cytokine: string) {
  const columns = plot.jaks.filter((curve) => curve.certainty !== 'not-established');
  const cell = (v: number) => percentWords(v, t.underOnePercent);
  return html`<details class="dr-data">
    <summary>${t.tableSummary}</summary>
    <table>
      <caption>${t.tableCaption(drugName, cytokine)}</caption>
      <thead><tr>
        <th scope="col">${t.tableExposure}</th>
        ${columns.map((c) => html`<th scope="col" class=${c.inScene ? 'used' : ''} data-jak=${c.jak}>${t.tableJak(c.jak, c.certainty)}</th>`)}
        <th scope="col" data-jak="signal">${t.tableSignal(plot.signalBound)}</th>
      </tr></thead>
      <tbody>
        ${plot.rows.map((row) => html`<tr class=${row.exposure === plot.exposure ? 'chosen' : ''} data-exposure=${row.exposure}>
          <th scope="row">${t.exposureTick(row.exposure)}${row.exposure === plot.exposure ? html` <span class="chosen-tag">${t.chosen}</span>` : nothing}</th>
          ${columns.map((c) => html`<td>${cell(row.occupancy[c.jak as JakName]!)}</td>`)}
          <td>${cell(row.signal)}</td>
        </tr>`)}
      </tbody>
    </table>
  </details>`;
}

/**
 * The dose-response figure for a drug on a scene at the chosen exposure (CSS part `dose-response`), named by
 * its caption, with the notes on exposure scale, assay and ATP under it.
 */
export function doseResponseTemplate(strings: UiStrings, scene: Scene, drug: Drug, exposure: number) {
  const t = strings.drug;
  const plot = cached(scene, drug, exposure);
  const cytokine = scene.cytokine.label;
  const assaySources = [...new Set([...plot.assays.flatMap((a) => a.sources), 'S28'])];
  return html`<figure class="dose-response" part="dose-response" aria-labelledby="dr-title">
    <figcaption id="dr-title">${t.plotTitle(drug.name, cytokine)}</figcaption>
    <p class="dr-axis-y" aria-hidden="true">${t.axisPercent}</p>
    ${plotSvg(plot, t, cytokine)}
    <p id="dr-selectivity" class="dr-selectivity">${selectivityText(plot, t) || t.plotTitle(drug.name, cytokine)}</p>
    ${legend(plot, t, cytokine)}
    <p class="caveat">${t.scaleNote}</p>
    <p class="caveat">${t.assayNote(plot.assays.map((a) => a.assay))} <span class="src">[${assaySources.join(', ')}]</span></p>
    ${dataTable(plot, t, drug.name, cytokine)}
  </figure>`;
}
