/**
 * The drug's side of the narration panel: the occupancy bars (per JAK and the resulting signal) and the drug
 * facts card. Plain Lit templates fed from the model; every figure carries its source ids.
 */
import { html, nothing } from 'lit';
import { DRUG_IDS } from '../../../scenes/drugs';
import type { Drug, DrugData } from '../../model/drug-schema';
import { JAK_NAMES } from '../../model/overview';
import { EXPOSURES, occupancyAt } from '../../model/simulate-pathway';
import type { Treatment } from '../../model/treatment';
import type { UiStrings } from '../../i18n/locales/en';

const pct = (value: number) => `${Math.round(value * 100)}%`;

/**
 * Per-JAK occupancy bars for the drug at its exposure, with the scene's resulting signal. The scene's JAKs
 * show the simulation's own figures; the others (drawn faint) the model's occupancy at the same exposure.
 */
export function occupancyPanel(strings: UiStrings, treatment: Treatment) {
  const t = strings.drug;
  const { drug, exposure, simulation } = treatment;
  return html`
    <section class="occupancy" aria-label=${t.occupancyTitle(drug.name, exposure)}>
      <h3>${t.occupancyTitle(drug.name, exposure)}</h3>
      <ul class="bars">
        ${JAK_NAMES.map((jak) => {
          const inScene = simulation.jaks[jak];
          const { occupancy, certainty, sources } = inScene ?? occupancyAt(drug.potency[jak], exposure);
          const valueText = certainty === 'not-established' ? t.notEstablished : `${certainty === 'at-most' ? '≤ ' : ''}${pct(occupancy)}`;
          return html`<li class=${inScene ? 'used' : 'unused'}>
            <span class="jak">${jak}</span>
            <meter min="0" max="1" .value=${certainty === 'not-established' ? 0 : occupancy} aria-label=${t.occupancyOf(jak)} aria-valuetext=${valueText}></meter>
            <span class="value">${valueText}</span>
            <span class="src">[${sources.join(', ')}]</span>
          </li>`;
        })}
        <li class="signal">
          <span class="jak">${t.signal}</span>
          <meter min="0" max="1" .value=${simulation.signal} aria-label=${t.signal} aria-valuetext=${pct(simulation.signal)}></meter>
          <span class="value">${pct(simulation.signal)}</span>
          <span class="src"></span>
        </li>
      </ul>
      <p class="caveat">${t.caveat}</p>
    </section>
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

/** The drug, exposure and compare pickers. */
export function drugControls(m: DrugControlsModel) {
  const t = m.t.drug;
  const hasDrug = m.drug !== 'none';
  return html`
    <div class="drug-controls" role="group" aria-label=${t.drug}>
      <label>${t.drug}
        <select class="drug-picker" @change=${(e: Event) => m.set({ drug: (e.target as HTMLSelectElement).value })}>
          ${DRUG_IDS.map((id) => html`<option value=${id} ?selected=${id === m.drug}>${id === 'none' ? t.none : m.drugLabel(id)}</option>`)}
        </select>
      </label>
      <label>${t.exposure}
        <select class="exposure-picker" ?disabled=${!hasDrug} @change=${(e: Event) => m.set({ exposure: Number((e.target as HTMLSelectElement).value) })}>
          ${EXPOSURES.map((x) => html`<option value=${x} ?selected=${x === m.exposure}>${t.exposureOption(x)}</option>`)}
        </select>
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
