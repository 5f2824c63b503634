/** The narration: step counter, title, text with glossary terms, checkpoint, drug note, simplification, sources. */
import { html, nothing } from 'lit';
import type { UiStrings } from '../../../i18n/locales/en';
import type { SceneSession } from '../../../session/scene-session';
import { lazyModule, type LazyParts } from '../../controllers/lazy-parts';
import { checkpointPanel, type CheckpointActions, type CheckpointState } from '../checkpoint-panel';
import { drugNote } from '../drug-panels';
import { glossaryDefinitions, glossaryText, splitGlossaryTerms, type GlossaryView } from '../glossary-text';

export interface NarrationModel {
  readonly t: UiStrings;
  readonly session: SceneSession;
  readonly step: number;
  readonly glossary: GlossaryView;
  readonly asking: CheckpointState | undefined;
  readonly quizActions: CheckpointActions;
  /** Loads the sources' titles and addresses when a reader first opens them. */
  readonly parts: LazyParts;
}

/** The works behind the source ids: a module of their own (dist/chunks/source-works.js), loaded when first opened. */
export const SOURCE_WORKS = lazyModule(() => import('../../../model/source-works'));

export function narrationTemplate(m: NarrationModel) {
  const { t, session } = m;
  const current = session.plan.steps[m.step - 1]!;
  const pieces = splitGlossaryTerms(current.text, session.options.locale.glossary);
  return html`<section class="narration" part="narration">
    <p class="counter">${t.ui.stepOf(m.step, session.stepCount)}</p>
    <h2 class="title">${current.title}</h2>
    <p class="text">${glossaryText(pieces, m.glossary)}</p>
    ${glossaryDefinitions(pieces, m.glossary)}
    ${m.asking ? checkpointPanel(t, m.asking, m.quizActions, current.facts) : nothing}
    ${drugNote(t, session.plan.treatment?.drug.name, current.drugNote)}
    ${current.simplified ? html`<p class="simplified"><span class="tag">${t.ui.simplified}</span> ${current.simplified}</p>` : nothing}
    <details class="sources" @toggle=${(event: Event) => { if ((event.target as HTMLDetailsElement).open) m.parts.use(SOURCE_WORKS); }}>
      <summary>${t.ui.sources} (${current.sources.length})</summary>
      <ul>${current.sources.map((id) => html`<li>${sourceLinks(id)}</li>`)}</ul>
    </details>
  </section>`;
}

/** A source's works as links; until they have loaded (or if they cannot), its id. */
function sourceLinks(id: string) {
  const works = SOURCE_WORKS.module;
  if (!works) return id;
  return works.getSource(id).works.map((work, i) => html`${i > 0 ? '; ' : ''}${work.url
    ? html`<a href=${work.url} target="_blank" rel="noopener noreferrer">${work.title}</a>`
    : work.title}`);
}
