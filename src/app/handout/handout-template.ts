/**
 * The handout as Lit templates (rendered into the page's light DOM, so print styles reach it): a header, one
 * section per step (heading, picture, narration, drug note, simplification note, sources), the glossary terms
 * the narration uses, the drug card, the checkpoint questions and, on a page of its own, their answer key.
 * Every text comes from the session (the same plan, describer and locale the widget shows); the drug card is
 * the widget's own panels.
 */
import { html, nothing } from 'lit';
import type { Checkpoint, GlossaryEntry } from '../../i18n/content-types';
import { getSource } from '../../model/source-works';
import { describeSessionStep } from '../../session/step-description';
import type { SceneSession } from '../../session/scene-session';
import { checkpointUnder } from '../../ui/jak-stat-explorer/checkpoint-panel';
import { checkpointFor } from '../../ui/jak-stat-explorer/checkpoint-steps';
import { drugNote } from '../../ui/jak-stat-explorer/drug-panels';
import { splitGlossaryTerms } from '../../ui/jak-stat-explorer/glossary-text';
import { drugFactsCard, occupancyPanel } from '../../ui/jak-stat-explorer/templates/treatment-panels';
import type { HandoutText } from './handout-text';

/** What the handout is made from. */
export interface HandoutModel {
  readonly session: SceneSession;
  readonly text: HandoutText;
  /** The app page showing the same view (the "back" link). */
  readonly appHref: string;
  print(): void;
}

/** A checkpoint as the handout asks it: after which step (1-based), as it reads there (drug variant included). */
export interface HandoutCheckpoint {
  readonly step: number;
  readonly checkpoint: Checkpoint;
}

/** The glossary entries the scene's narration uses, in order of first use. */
export function glossaryUsed(session: SceneSession): GlossaryEntry[] {
  const used = new Map<string, GlossaryEntry>();
  for (const step of session.plan.steps) {
    for (const piece of splitGlossaryTerms(step.text, session.options.locale.glossary)) {
      if (typeof piece !== 'string') used.set(piece.entry.id, piece.entry);
    }
  }
  return [...used.values()];
}

/** The checkpoints asked at the ends of the scene's steps, each as it reads after that step. */
export function checkpointsOf(session: SceneSession): HandoutCheckpoint[] {
  const found: HandoutCheckpoint[] = [];
  session.plan.steps.forEach((step, i) => {
    const checkpoint = checkpointFor(session, i + 1);
    if (checkpoint) found.push({ step: i + 1, checkpoint: checkpointUnder(checkpoint, step.facts) });
  });
  return found;
}

/** "A", "B", "C"… */
const letter = (index: number) => String.fromCharCode(65 + index);

const sourceTag = (ids: readonly string[]) => html`<span class="src">[${ids.join(', ')}]</span>`;

/** A source as listed under a step: its id and the titles of its works, linked where they have an address. */
function sourceItem(id: string) {
  const works = getSource(id).works;
  return html`<li><span class="source-id">${id}</span> ${works.map((work, i) => html`${i > 0 ? '; ' : ''}${work.url
    ? html`<a href=${work.url} rel="noopener noreferrer">${work.title}</a>`
    : work.title}`)}</li>`;
}

/** The handout's sections for one session. */
export function handoutTemplate(m: HandoutModel) {
  const { session, text } = m;
  const t = session.options.locale.ui;
  const scene = session.scene;
  const treatment = session.plan.treatment;
  const drugLine = treatment ? t.drug.treated(treatment.drug.name, treatment.exposure) : t.drug.untreated;
  const glossary = glossaryUsed(session);
  const checkpoints = checkpointsOf(session);
  const count = session.stepCount;
  return html`
    <header class="handout-header">
      <div>
        <h1>${text.title(scene.title)}</h1>
        <p class="subtitle">${scene.cytokine.label} · ${scene.cell.label} · ${drugLine}</p>
        <p class="summary">${scene.summary}</p>
      </div>
      <div class="handout-actions">
        <button type="button" class="print-button" @click=${() => m.print()}>${text.print}</button>
        <a class="back-link" href=${m.appHref}>${text.back}</a>
      </div>
    </header>
    <main class="handout">
      <p class="drawing" role="status">${text.drawing}</p>
      ${session.plan.steps.map((step, i) => html`
        <section class="step" aria-labelledby=${`step-${i + 1}`}>
          <h2 id=${`step-${i + 1}`}>${t.ui.stepOf(i + 1, count)}: ${step.title}</h2>
          <figure class="picture">
            <img data-step=${i + 1} width="1280" height="720" alt=${describeSessionStep(session, i).now} />
          </figure>
          <div class="words">
            <p class="narration">${step.text}</p>
            ${drugNote(t, treatment?.drug.name, step.drugNote)}
            ${step.simplified ? html`<p class="simplified"><span class="tag">${t.ui.simplified}</span> ${step.simplified}</p>` : nothing}
          </div>
          <div class="sources">
            <h3>${t.ui.sources}</h3>
            <ul>${step.sources.map(sourceItem)}</ul>
          </div>
        </section>`)}
      ${glossary.length === 0 ? nothing : html`
        <section class="glossary" aria-labelledby="glossary">
          <h2 id="glossary">${text.glossary}</h2>
          <dl>${glossary.map((entry) => html`<div class="term"><dt>${entry.terms[entry.terms.length - 1]}</dt><dd>${entry.definition} ${sourceTag(entry.sources)}</dd></div>`)}</dl>
        </section>`}
      ${treatment ? html`
        <section class="drug-card" aria-labelledby="drug-card">
          <h2 id="drug-card">${text.drugCard}: ${treatment.drug.name}</h2>
          ${occupancyPanel(t, treatment)}
          ${drugFactsCard(t, treatment.drug)}
        </section>` : nothing}
      ${checkpoints.length === 0 ? nothing : html`
        <section class="checkpoints" aria-labelledby="checkpoints">
          <h2 id="checkpoints">${text.checkpoints}</h2>
          <ol>${checkpoints.map(({ step, checkpoint }) => html`<li class="question">
            <p><span class="after">${text.afterStep(step)}</span> ${checkpoint.question}</p>
            <ol class="answers" type="A">${checkpoint.answers.map((a) => html`<li>${a.text}</li>`)}</ol>
          </li>`)}</ol>
        </section>
        <section class="answer-key" aria-labelledby="answer-key">
          <h2 id="answer-key">${text.answerKey}</h2>
          <ol>${checkpoints.map(({ checkpoint }) => {
            const right = Math.max(0, checkpoint.answers.findIndex((a) => a.correct));
            const answer = checkpoint.answers[right]!;
            return html`<li><strong>${letter(right)}</strong> · ${answer.text} <span class="feedback">${answer.feedback}</span> ${sourceTag(checkpoint.sources)}</li>`;
          })}</ol>
        </section>`}
    </main>
    <footer class="handout-footer"><p>${text.footer}</p></footer>
  `;
}
