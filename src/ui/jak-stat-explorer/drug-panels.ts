/**
 * The drug's controls (drug, exposure, compare) and the drug note of a step: the part of the drug's UI that
 * every widget shows. The panels shown with a drug (occupancy, plot, facts) are a module loaded on demand:
 * templates/treatment-panels.ts.
 */
import { html, nothing } from 'lit';
import { DRUG_IDS } from '../../../scenes/drugs';
import { twoSignificant } from '../../model/two-significant';
import type { DrugData } from '../../model/drug-schema';
import { EXPOSURES } from '../../model/simulate-pathway';
import type { UiStrings } from '../../i18n/locales/en';
import { EXPOSURE_RANGE } from '../attribute-values';

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
