/**
 * A "what happens next?" checkpoint: the question, its answers as radio buttons, and after checking, the
 * feedback for the answer chosen.
 */
import { html, nothing } from 'lit';
import type { Checkpoint } from '../../i18n/content-types';
import type { UiStrings } from '../../i18n/locales/en';
import { mayClaimCompleteBlock } from '../../model/signal-band';
import type { StepFacts } from '../../model/step-facts';

/** Where the learner is in one checkpoint. */
export interface CheckpointState {
  readonly checkpoint: Checkpoint;
  /** Index of the chosen answer, if any. */
  readonly chosen: number | undefined;
  /** Set once the answer has been checked. */
  readonly checked: boolean;
}

export interface CheckpointActions {
  choose(index: number): void;
  check(): void;
  resume(): void;
}

/**
 * A checkpoint as it reads after a step with these facts: where a drug means its premise did not happen (the
 * drug stopped the step in the pair shown, or little signal is left), its `underDrug` question is asked.
 */
export function checkpointUnder(checkpoint: Checkpoint, facts: StepFacts | undefined): Checkpoint {
  const variant = checkpoint.underDrug;
  if (!variant || !facts?.cell.treated) return checkpoint;
  const applies = variant.when === 'pair-stopped' ? facts.pair.pluggedJaks.length > 0 : mayClaimCompleteBlock(facts.cell.signal);
  return applies ? { ...checkpoint, question: variant.question } : checkpoint;
}

export function checkpointPanel(t: UiStrings, state: CheckpointState, actions: CheckpointActions, facts?: StepFacts) {
  const { chosen, checked } = state;
  const checkpoint = checkpointUnder(state.checkpoint, facts);
  const answer = chosen === undefined ? undefined : checkpoint.answers[chosen];
  return html`<form class="checkpoint" @submit=${(e: Event) => { e.preventDefault(); if (checked) actions.resume(); else actions.check(); }}>
    <fieldset ?disabled=${checked}>
      <legend><span class="tag">${t.quiz.title}</span> ${checkpoint.question}</legend>
      ${checkpoint.answers.map((a, i) => html`<label class="answer">
        <input type="radio" name="answer" .checked=${chosen === i} @change=${() => actions.choose(i)} />
        <span>${a.text}</span>
      </label>`)}
    </fieldset>
    ${checked && answer
      ? html`<p class="feedback ${answer.correct ? 'right' : 'wrong'}" role="status">
          <strong>${answer.correct ? t.quiz.right : t.quiz.wrong}</strong> ${answer.feedback}
          <span class="src">[${checkpoint.sources.join(', ')}]</span>
        </p>`
      : nothing}
    <button type="submit" class="checkpoint-action" ?disabled=${chosen === undefined}>${checked ? t.quiz.continue : t.quiz.answer}</button>
  </form>`;
}
