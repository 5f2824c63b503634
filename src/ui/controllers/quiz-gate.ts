/**
 * The quiz gate: in quiz mode, asked before every advance past a step that has an unanswered "what happens
 * next?" checkpoint. It holds the playback there and shows the question; answering fires `checkpoint` and
 * lets the playback move on. Out of quiz mode it never holds.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Checkpoint } from '../../i18n/content-types';
import type { CheckpointActions, CheckpointState } from '../jak-stat-explorer/checkpoint-panel';
import { fire } from '../jak-stat-explorer/events';
import type { AdvanceGate } from './playback-controller';

/** What the gate needs from the element. */
export interface QuizSource {
  /** Whether quiz mode is on. */
  isEnabled(): boolean;
  /** The checkpoint asked at the end of a step (1-based), if any. */
  checkpointAt(step: number): Checkpoint | undefined;
  /** Moves on after an answer (the element's Next). */
  moveOn(): void;
}

type Host = ReactiveControllerHost & EventTarget;

export class QuizGate implements AdvanceGate {
  /** The question being asked, and the step it belongs to. */
  asking: (CheckpointState & { readonly step: number }) | undefined;
  private readonly answered = new Set<string>();

  constructor(private readonly host: Host, private readonly source: QuizSource) {
  }

  get holding(): boolean {
    return this.asking !== undefined;
  }

  mayLeave(step: number): boolean {
    return this.unanswered(step) === undefined;
  }

  hold(step: number): void {
    const checkpoint = this.unanswered(step);
    if (!checkpoint || this.asking?.step === step) return;
    this.asking = { checkpoint, chosen: undefined, checked: false, step };
    this.host.requestUpdate();
  }

  /** The shown step changed: a question belongs to the step it was asked at, so moving elsewhere closes it. */
  stepShown(step: number): void {
    if (this.asking && this.asking.step !== step) this.close();
  }

  /** Forgets the answers (a new scene, or quiz mode switched). */
  reset(): void {
    this.answered.clear();
    this.close();
  }

  /** What the checkpoint panel's controls do. */
  readonly actions: CheckpointActions = {
    choose: (index) => {
      if (this.asking && !this.asking.checked) this.update({ ...this.asking, chosen: index });
    },
    check: () => {
      const asking = this.asking;
      if (!asking || asking.chosen === undefined) return;
      this.update({ ...asking, checked: true });
      const correct = asking.checkpoint.answers[asking.chosen]?.correct ?? false;
      fire(this.host, 'checkpoint', { questionId: asking.checkpoint.id, correct });
    },
    resume: () => {
      if (!this.asking) return;
      this.answered.add(this.asking.checkpoint.id);
      this.close();
      this.source.moveOn();
    },
  };

  private unanswered(step: number): Checkpoint | undefined {
    if (!this.source.isEnabled()) return undefined;
    const checkpoint = this.source.checkpointAt(step);
    return checkpoint && !this.answered.has(checkpoint.id) ? checkpoint : undefined;
  }

  private update(asking: QuizGate['asking']): void {
    this.asking = asking;
    this.host.requestUpdate();
  }

  private close(): void {
    if (!this.asking) return;
    this.asking = undefined;
    this.host.requestUpdate();
  }
}
