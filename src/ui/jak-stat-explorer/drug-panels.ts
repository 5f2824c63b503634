/**
 * The drug's side of the narration panel: the occupancy bars (per JAK and the resulting signal) and the drug
 * facts card. Plain Lit templates fed from the model; every figure carries its source ids.
 */
import { html, nothing } from 'lit';
import { DRUG_IDS, DRUGS } from '../../../scenes/drugs';
import { assaysOf, twoSignificant } from '../../model/dose-response';
import type { Drug, DrugData } from '../../model/drug-schema';
import { JAK_NAMES } from '../../model/overview';
import { percentWords } from '../../model/signal-band';
import { EXPOSURES, occupancyAt, type OccupancyCertainty, type SignalBound } from '../../model/simulate-pathway';
import type { Treatment } from '../../model/treatment';
import type { UiStrings } from '../../i18n/locales/en';
import type { DrugControlsText } from '../../i18n/ui-strings';
import { EXPOSURE_RANGE } from '../attribute-values';

/** Where a model assumption stated in the panel is sourced (docs/sources.md). */
const BOTH_FREE_SOURCES = ['S37', 'S8', 'S34'];
const ATP_SOURCES = ['S28'];

const sourceList = (ids: readonly string[]) => html`<span class="src">[${ids.join(', ')}]</span>`;

/** An occupancy in words: "50%", "under 1%", "at most 3%" or "not established". */
export function occupancyWords(t: DrugControlsText, fraction: number, certainty: OccupancyCertainty): string {
  if (certainty === 'not-established') return t.notEstablished;
  const p = percentWords(fraction, t.underOnePercent);
  return certainty === 'at-most' && p !== t.underOnePercent ? t.atMost(p) : p;
}

/** The signal in words, with its bound: "8%", "at most 9%", "at least 7%". */
export function signalWords(t: DrugControlsText, fraction: number, bound: SignalBound): string {
  const p = percentWords(fraction, t.underOnePercent);
  if (bound === 'at-least') return t.atLeast(p);
  if (bound === 'unknown') return t.eitherWay(p);
  return bound === 'at-most' && p !== t.underOnePercent ? t.atMost(p) : p;
}

/** A row's note: the "assumed" tag where the figure is an assumption, and the potency's own note. */
function noteLine(t: DrugControlsText, assumed: boolean, note: string | undefined) {
  if (!assumed && !note) return nothing;
  return html`<span class="note">${assumed ? html`<span class="tag assumed">${t.assumed}</span> ` : nothing}${note ?? ''}</span>`;
}

/**
 * Per-JAK occupancy bars for the drug at its exposure, with the scene's resulting signal and the model's
 * assumptions. The scene's JAKs show the simulation's own figures; the others (drawn faint) the model's
 * occupancy at the same exposure. Assumed figures are tagged and drawn differently; bounds say "at most".
 */
export function occupancyPanel(strings: UiStrings, treatment: Treatment) {
  const t = strings.drug;
  const { drug, exposure, simulation } = treatment;
  const signalText = signalWords(t, simulation.signal, simulation.signalBound);
  return html`
    <section class="occupancy" aria-label=${t.occupancyTitle(drug.name, exposure)}>
      <h3>${t.occupancyTitle(drug.name, exposure)}</h3>
      <ul class="bars">
        ${JAK_NAMES.map((jak) => {
          const inScene = simulation.jaks[jak];
          const potency = drug.potency[jak];
          const { occupancy, certainty, sources } = inScene ?? occupancyAt(potency, exposure);
          const valueText = occupancyWords(t, occupancy, certainty);
          return html`<li class="${inScene ? 'used' : 'unused'} ${certainty}">
            <span class="jak">${jak}</span>
            <meter min="0" max="1" .value=${certainty === 'not-established' ? 0 : occupancy} aria-label=${t.occupancyOf(jak)} aria-valuetext=${valueText}></meter>
            <span class="value">${valueText}</span>
            ${sourceList(sources)}
            ${noteLine(t, certainty === 'assumed', potency.kind === 'ratio' ? undefined : potency.note)}
          </li>`;
        })}
        <li class="signal ${simulation.assumed ? 'assumed' : ''}">
          <span class="jak">${t.signal}</span>
          <meter min="0" max="1" .value=${simulation.signal} aria-label=${t.signal} aria-valuetext=${signalText}></meter>
          <span class="value">${signalText}</span>
          <span class="src"></span>
          ${noteLine(t, simulation.assumed, simulation.assumed ? t.signalAssumed : undefined)}
        </li>
      </ul>
      <p class="caveat">${t.caveat}</p>
      ${assumptionsList(t)}
    </section>
  `;
}

/** The model's assumptions, each with its sources; which assay each drug's ratios come from is read from the data. */
function assumptionsList(t: DrugControlsText) {
  const drugs = Object.values(DRUGS);
  const notEstablished = [...new Set(drugs.flatMap((d) => Object.values(d.potency).flatMap((p) => (p.kind === 'not-established' ? p.sources : []))))];
  const item = (text: string, sources: readonly string[]) => html`<li>${text} ${sourceList(sources)}</li>`;
  return html`
    <details class="assumptions">
      <summary>${t.assumptionsTitle}</summary>
      <ul>
        ${item(t.assumeBothFree, BOTH_FREE_SOURCES)}
        ${item(t.assumeNotEstablishedFree, notEstablished)}
        ${drugs.map((d) => {
          const assays = assaysOf(d);
          return assays.length === 0 ? nothing : item(t.assumeAssay(d.name, assays.map((a) => a.assay)), [...new Set(assays.flatMap((a) => a.sources))]);
        })}
        ${item(t.assumeAtp, ATP_SOURCES)}
      </ul>
    </details>
  `;
}

/** Route, approval, side effects and boxed warning, in plain words, with sources. */
export function drugFactsCard(strings: UiStrings, drug: Drug) {
  const t = strings.drug;
  const row = (label: string, fact: { text: string; sources: readonly string[] }) =>
    html`<dt>${label}</dt><dd>${fact.text} <span class="src">[${fact.sources.join(', ')}]</span></dd>`;
  return html`
    <details class="facts">
      <summary>${t.factsTitle(drug.name, drug.brand)}</summary>
      <dl>
        ${row(t.route, drug.dosing)}
        ${row(t.approval, drug.approval)}
        ${row(t.mechanism, drug.mechanism)}
        ${row(t.selectivity, drug.selectivityNote)}
        ${row(t.sideEffects, drug.commonSideEffects)}
        ${row(t.boxedWarning, drug.boxedWarning)}
      </dl>
      <p class="caveat">${t.notAdvice}</p>
    </details>
  `;
}

/** The "with the drug" note of a step, if any. */
export function drugNote(strings: UiStrings, drugName: string | undefined, note: string | undefined) {
  if (!drugName || !note) return nothing;
  return html`<p class="drug-note"><span class="tag drug">${strings.drug.withDrug(drugName)}</span> ${note}</p>`;
}

/** What the drug controls show and change. */
export interface DrugControlsModel {
  readonly t: UiStrings;
  readonly drug: string;
  readonly exposure: number;
  readonly compare: boolean;
  /** The drug's name in the widget's language. */
  drugLabel(id: string): string;
  set(change: { drug?: string; exposure?: number; compare?: boolean }): void;
}

/** The exposure a slider position (log10 of the exposure) stands for, to two significant figures, within range. */
export function exposureAt(position: number): number {
  return Math.min(EXPOSURE_RANGE.max, Math.max(EXPOSURE_RANGE.min, twoSignificant(10 ** position)));
}

/**
 * The drug, exposure and compare pickers. The exposure has preset choices and a continuous log-scale slider;
 * each change replans the scene, so the slider sets a new exposure only when its rounded value changes.
 */
export function drugControls(m: DrugControlsModel) {
  const t = m.t.drug;
  const hasDrug = m.drug !== 'none';
  const preset = EXPOSURES.includes(m.exposure);
  const slide = (e: Event) => {
    const x = exposureAt(Number((e.target as HTMLInputElement).value));
    if (x !== m.exposure) m.set({ exposure: x });
  };
  return html`
    <div class="drug-controls" role="group" aria-label=${t.drug}>
      <label>${t.drug}
        <select class="drug-picker" @change=${(e: Event) => m.set({ drug: (e.target as HTMLSelectElement).value })}>
          ${DRUG_IDS.map((id) => html`<option value=${id} ?selected=${id === m.drug}>${id === 'none' ? t.none : m.drugLabel(id)}</option>`)}
        </select>
      </label>
      <label>${t.exposure}
        <select class="exposure-picker" ?disabled=${!hasDrug} @change=${(e: Event) => m.set({ exposure: Number((e.target as HTMLSelectElement).value) })}>
          ${preset ? nothing : html`<option value=${m.exposure} selected>${t.customExposure(m.exposure)}</option>`}
          ${EXPOSURES.map((x) => html`<option value=${x} ?selected=${x === m.exposure}>${t.exposureOption(x)}</option>`)}
        </select>
      </label>
      <label class="slider">${t.exposureSlider}
        <input type="range" class="exposure-slider" min=${Math.log10(EXPOSURE_RANGE.min)} max=${Math.log10(EXPOSURE_RANGE.max)} step="0.05"
          .value=${String(Math.log10(m.exposure))} aria-valuetext=${t.exposureOption(m.exposure)} ?disabled=${!hasDrug}
          @input=${slide} @change=${slide} />
      </label>
      <label class="check">
        <input type="checkbox" class="compare-toggle" .checked=${m.compare} ?disabled=${!hasDrug}
          @change=${(e: Event) => m.set({ compare: (e.target as HTMLInputElement).checked })} />
        ${t.compare}
      </label>
    </div>
  `;
}

/** A drug's label in the picker: its name in the language, and its brand. */
export function drugOptionLabel(data: DrugData, localName: string | undefined): string {
  return `${localName ?? data.name} (${data.brand})`;
}
