/**
 * What a learning platform (LMS) hears from the explorer through SCORM 1.2: the checkpoint answers as a score,
 * whether the lesson is finished, and where to resume. Pure logic over the run-time API (any object with its
 * six functions), so it is unit-tested in Node and driven against a real run-time in e2e tests.
 *
 * - score: `cmi.core.score.raw` = round(100 × correct / asked), min 0, max 100, over the checkpoints answered
 *   (each question counted once, its first answer);
 * - `cmi.core.lesson_status`: `incomplete` until the last step is reached; then `passed` or `failed` against the
 *   mastery score (the LMS's `cmi.student_data.mastery_score`, from the manifest, else the page's), or
 *   `completed` without one, or without any question asked;
 * - `cmi.core.lesson_location` and `cmi.suspend_data` hold the step and the answers, so a relaunch resumes there;
 * - every change is committed (`LMSCommit`), and `finish()` sets the session time and exit, commits and ends.
 */
import type { Scorm12Api } from './find-api';

export interface ScormSessionOptions {
  /** The page's own mastery score (0–100), used when the LMS gives none. */
  readonly mastery?: number;
  /** The step (1-based) that finishes the lesson: the last of the scene, or of its step range. */
  lastStep(): number;
  /** Milliseconds now (tests pass their own). */
  now?(): number;
}

/** What is kept between launches in `cmi.suspend_data`. */
interface Suspended {
  /** The step shown last. */
  s: number;
  /** Answers by question id: 1 right, 0 wrong. */
  a: Record<string, 0 | 1>;
  /** Whether the last step was reached. */
  e?: 1;
}

export class ScormSession {
  private step = 1;
  private answers: Record<string, 0 | 1> = {};
  private reachedEnd = false;
  private mastery: number | undefined;
  private startedAt = 0;
  private open = false;

  constructor(private readonly api: Scorm12Api, private readonly options: ScormSessionOptions) {}

  /**
   * Opens the session (`LMSInitialize`) and reads what an earlier launch left. Returns the step to resume at,
   * or undefined for a first launch (or when the LMS refuses to start: then nothing more is sent).
   */
  start(): number | undefined {
    if (this.api.LMSInitialize('') !== 'true') return undefined;
    this.open = true;
    this.startedAt = this.now();
    const lms = Number.parseFloat(this.api.LMSGetValue('cmi.student_data.mastery_score'));
    this.mastery = Number.isFinite(lms) ? lms : this.options.mastery;
    const resumed = readSuspended(this.api.LMSGetValue('cmi.suspend_data'));
    const location = Number.parseInt(this.api.LMSGetValue('cmi.core.lesson_location'), 10);
    if (resumed) {
      this.answers = resumed.a;
      this.reachedEnd = resumed.e === 1;
    }
    const step = resumed?.s ?? (Number.isInteger(location) && location >= 1 ? location : undefined);
    this.api.LMSSetValue('cmi.core.score.min', '0');
    this.api.LMSSetValue('cmi.core.score.max', '100');
    const status = this.api.LMSGetValue('cmi.core.lesson_status');
    if (status === '' || status === 'not attempted') this.api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
    this.api.LMSCommit('');
    if (step !== undefined) this.step = step;
    return step;
  }

  /** A checkpoint was answered: the score and status follow. A question answered before keeps its first answer. */
  answered(questionId: string, correct: boolean): void {
    if (!this.open) return;
    if (!(questionId in this.answers)) this.answers[questionId] = correct ? 1 : 0;
    this.report();
  }

  /** A step was shown: it is where a relaunch resumes, and reaching the last finishes the lesson. */
  stepShown(step: number): void {
    if (!this.open) return;
    this.step = step;
    if (step >= this.options.lastStep()) this.reachedEnd = true;
    this.report();
  }

  /** Ends the session (the page is going away): session time, exit (suspend unless finished), commit, finish. */
  finish(): void {
    if (!this.open) return;
    this.open = false;
    this.api.LMSSetValue('cmi.core.session_time', sessionTime(this.now() - this.startedAt));
    this.api.LMSSetValue('cmi.core.exit', this.reachedEnd ? '' : 'suspend');
    this.api.LMSCommit('');
    this.api.LMSFinish('');
  }

  /** round(100 × correct / asked), or undefined before any question. */
  get score(): number | undefined {
    const asked = Object.values(this.answers);
    if (asked.length === 0) return undefined;
    const correct = asked.filter((a) => a === 1).length;
    return Math.min(100, Math.max(0, Math.round((100 * correct) / asked.length)));
  }

  /** The lesson status now. */
  get status(): 'incomplete' | 'completed' | 'passed' | 'failed' {
    if (!this.reachedEnd) return 'incomplete';
    const score = this.score;
    if (this.mastery === undefined || score === undefined) return 'completed';
    return score >= this.mastery ? 'passed' : 'failed';
  }

  private report(): void {
    const score = this.score;
    if (score !== undefined) this.api.LMSSetValue('cmi.core.score.raw', String(score));
    this.api.LMSSetValue('cmi.core.lesson_status', this.status);
    this.api.LMSSetValue('cmi.core.lesson_location', String(this.step));
    const suspended: Suspended = { s: this.step, a: this.answers, ...(this.reachedEnd ? { e: 1 as const } : {}) };
    this.api.LMSSetValue('cmi.suspend_data', JSON.stringify(suspended));
    this.api.LMSCommit('');
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }
}

/** Suspend data from an earlier launch, or undefined if there is none or it is not ours. */
function readSuspended(text: string): Suspended | undefined {
  if (!text) return undefined;
  try {
    const data = JSON.parse(text) as Partial<Suspended>;
    if (!Number.isInteger(data.s) || (data.s as number) < 1 || typeof data.a !== 'object' || data.a === null) return undefined;
    const answers: Record<string, 0 | 1> = {};
    for (const [id, value] of Object.entries(data.a)) if (value === 0 || value === 1) answers[id] = value;
    return { s: data.s as number, a: answers, ...(data.e === 1 ? { e: 1 as const } : {}) };
  } catch {
    return undefined;
  }
}

/** SCORM 1.2's CMITimespan: HHHH:MM:SS.SS. */
export function sessionTime(milliseconds: number): string {
  const total = Math.max(0, milliseconds) / 1000;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${String(hours).padStart(4, '0')}:${String(minutes).padStart(2, '0')}:${seconds.toFixed(2).padStart(5, '0')}`;
}
