/**
 * The panels shown with a drug: the occupancy bars (per JAK and the resulting signal, with the model's
 * assumptions), the dose-response plot and the drug facts card. Plain Lit templates fed from the model; every
 * figure carries its source ids. A module of its own, loaded the first time a widget shows a drug
 * (LazyParts): a first frame without a drug does not need it.
 */
import { html, nothing } from 'lit';
import { DRUGS } from '../../../../scenes/drugs';
import { assaysOf } from '../../../model/dose-response';
import type { Drug } from '../../../model/drug-schema';
import { JAK_NAMES } from '../../../model/overview';
import { percentWords } from '../../../model/signal-band';
import { occupancyAt, type OccupancyCertainty, type SignalBound } from '../../../model/simulate-pathway';
import type { Treatment } from '../../../model/treatment';
import type { UiStrings } from '../../../i18n/locales/en';
import type { DrugControlsText } from '../../../i18n/ui-strings';
import type { SceneSession } from '../../../session/scene-session';
import { doseResponseTemplate } from './dose-response-template';

/** The occupancy panel, the dose-response plot and the facts card for a session's drug (nothing without one). */
export function treatmentPanels(t: UiStrings, session: SceneSession) {
  const treatment = session.plan.treatment;
  if (!treatment) return nothing;
  return html`${occupancyPanel(t, treatment)}${doseResponseTemplate(t, session.scene, treatment.drug, treatment.exposure)}${drugFactsCard(t, treatment.drug)}`;
}

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
