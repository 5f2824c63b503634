/**
 * The ATP-pocket close-up, shown during JAK activation: the kinase domain of one JAK of the featured pair (the
 * one holding the drug, else JAK1) magnified. A free pocket takes ATP in, and a phosphate moves onto the
 * activation-loop tyrosine; a pocket the drug fills keeps ATP out. Where the drug fills some pockets and not
 * others, both states are shown, each with its share of pockets. Every figure and word comes from the
 * simulation; the animation is CSS (atp-inset.styles.ts), cross-fades only under reduced motion.
 */
import { html, nothing, svg } from 'lit';
import type { UiStrings } from '../../../i18n/locales/en';
import { genericDrugName } from '../../../model/drug-name';
import { percentWords } from '../../../model/signal-band';
import { roleOf } from '../../../model/step-role';
import type { SceneSession } from '../../../session/scene-session';

/** What the close-up shows: the JAK, the drug (if any) and the share of that JAK's pockets it fills. */
export interface AtpInsetFacts {
  readonly jak: string;
  readonly drug: string | undefined;
  readonly occupancy: number;
}

/** The close-up's facts for a session at a step (1-based), or undefined where it is not shown. */
export function atpInsetFacts(session: SceneSession, step: number): AtpInsetFacts | undefined {
  const sceneStep = session.plan.scene.steps[step - 1];
  if (!sceneStep || roleOf(sceneStep) !== 'jak-activation') return undefined;
  const treatment = session.plan.treatment;
  const chains = session.scene.receptor.chains;
  const chain = chains.find((c) => treatment?.boundJaks.has(c.jak.id)) ?? chains.find((c) => c.jak.name === 'JAK1') ?? chains[0];
  const jak = chain.jak.name;
  const drug = treatment && genericDrugName(treatment.drug.name, session.options.locale.treatment.formulations);
  return { jak, drug, occupancy: treatment ? treatment.simulation.occupancy[jak] ?? 0 : 0 };
}

/** The close-up, or nothing outside JAK activation. */
export function atpInsetTemplate(t: UiStrings, session: SceneSession, step: number, view: 'main' | 'baseline') {
  const facts = atpInsetFacts(session, step);
  if (!facts) return nothing;
  const p = t.population;
  const { jak, drug, occupancy } = facts;
  const free = percentWords(1 - occupancy, p.under1);
  const filled = percentWords(occupancy, p.under1);
  const states: ('free' | 'filled')[] = !drug || occupancy <= 0 ? ['free'] : occupancy >= 1 ? ['filled'] : ['free', 'filled'];
  const label =
    states.length === 2 ? p.describeBoth(jak, drug!, free, filled) : states[0] === 'free' ? p.describeFree(jak) : p.describeFilled(jak, drug!);
  return html`<div class="atp-inset ${view}" part="atp-inset" role="img" aria-label=${label}>
    <p class="atp-inset-title">${p.insetTitle(jak)}</p>
    <div class="atp-inset-states">
      ${states.map(
        (state) => html`<div class="atp-state ${state}">
          ${states.length === 2 ? html`<p class="atp-share">${state === 'free' ? p.freeShare(free) : p.filledShare(filled)}</p>` : nothing}
          ${pocketPicture(state, p.tyrosine, drug)}
        </div>`,
      )}
    </div>
  </div>`;
}

/**
 * One state of the pocket, drawn in a 190 × 130 box: N- and C-lobes, the pocket between them, the loop below.
 * What moves (ATP, its last phosphate, the phosphate that lands on the tyrosine) is drawn in HTML layers over
 * the still picture, each its own SVG in the same box: the browser animates an HTML layer's transform and
 * opacity on the compositor, where an animated SVG part would be repainted every frame.
 */
function pocketPicture(state: 'free' | 'filled', tyrosine: string, drug = '') {
  const layer = (cls: string, content: unknown) => html`<div class="ov ${cls} anim"><svg viewBox="0 0 190 130" aria-hidden="true">${content}</svg></div>`;
  return html`<div class="pocket-box"><svg viewBox="0 0 190 130" aria-hidden="true">
    ${svg`<ellipse cx="80" cy="86" rx="62" ry="28" class="lobe"/><ellipse cx="76" cy="42" rx="56" ry="24" class="lobe"/>
    <path d="M100 58L150 52Q160 64 150 76L100 70Z" class="pocket"/><circle cx="126" cy="64" r="14" class="pocket"/>
    <path d="M58 110Q44 126 30 114" class="loop"/><circle cx="30" cy="114" r="7" class="tyr"/><text x="42" y="127" class="start">${tyrosine}</text>`}
    ${state === 'filled'
      ? svg`<polygon points="126,52 136,58 136,70 126,76 116,70 116,58" class="drug"/><text x="4" y="14" class="start drug-name">${drug}</text>`
      : nothing}
  </svg>${state === 'filled'
    ? layer('atp', svg`<g transform="translate(8 -20)">${atpShape(true)}</g>`)
    : html`${layer('atp', svg`${atpShape(false)}`)}<div class="ov atp-follow anim">${layer('p-end', svg`<circle cx="166" cy="52" r="5" class="phos"/>`)}</div>${layer(
      'pm',
      svg`<circle cx="30" cy="114" r="9" class="phos"/><text x="30" y="119">P</text>`,
    )}`}</div>`;
}

/** ATP: adenosine (in the pocket) and its phosphates trailing out of the cleft; the third is drawn here only when it never leaves. */
function atpShape(withLast: boolean) {
  return svg`<circle cx="126" cy="64" r="9" class="adenosine"/><text x="162" y="40">ATP</text>
    <circle cx="144" cy="60" r="5" class="phos"/><circle cx="155" cy="56" r="5" class="phos"/>${withLast ? svg`<circle cx="166" cy="52" r="5" class="phos"/>` : nothing}`;
}
