/**
 * The drug's side of the narration panel: the occupancy bars (per JAK and the resulting signal) and the drug
 * facts card. Plain Lit templates fed from the model; every figure carries its source ids.
 */
import { html, nothing } from 'lit';
import type { Drug } from '../../model/drug-schema';
import { JAK_NAMES } from '../../model/overview';
import type { Treatment } from '../../model/treatment';
import type { UiStrings } from '../../i18n/locales/en';

const pct = (value: number) => `${Math.round(value * 100)}%`;

/** Per-JAK occupancy bars for the drug at its exposure, with the scene's resulting signal. */
export function occupancyPanel(strings: UiStrings, treatment: Treatment, sceneJaks: ReadonlySet<string>) {
  const t = strings.drug;
  const { drug, exposure, simulation } = treatment;
  return html`
    <section class="occupancy" aria-label=${t.occupancyTitle(drug.name, exposure)}>
      <h3>${t.occupancyTitle(drug.name, exposure)}</h3>
      <ul class="bars">
        ${JAK_NAMES.map((jak) => {
          const potency = drug.potency[jak];
          const info = potency.kind === 'ratio' ? exposure / (exposure + potency.ratio) : undefined;
          const used = sceneJaks.has(jak);
          const valueText = info === undefined ? t.notEstablished : `${potency.kind === 'ratio' && potency.atLeast ? '≤ ' : ''}${pct(info)}`;
          return html`<li class=${used ? 'used' : 'unused'}>
            <span class="jak">${jak}</span>
            <meter min="0" max="1" .value=${info ?? 0} aria-label=${t.occupancyOf(jak)} aria-valuetext=${valueText}></meter>
            <span class="value">${valueText}</span>
            <span class="src">[${potency.sources.join(', ')}]</span>
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
