/**
 * The speech controller: read-aloud speaks each step's narration in the widget's language as it is shown,
 * and stops when switched off or when the widget leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ReadAloud } from '../read-aloud';

/** What is read aloud of a step. */
export interface SpokenStep {
  readonly title: string;
  readonly text: string;
}

export class SpeechController implements ReactiveController {
  private readonly speech = new ReadAloud();
  private enabled = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whether this browser can speak (the button is hidden where it cannot). */
  get available(): boolean {
    return this.speech.available;
  }

  /** Switches read-aloud on (speaking the step shown now) or off. */
  setEnabled(enabled: boolean, step: SpokenStep, lang: string): void {
    this.enabled = enabled;
    if (enabled) this.stepShown(step, lang);
    else this.speech.stop();
  }

  /** A step was shown: speak its title and narration if read-aloud is on. */
  stepShown(step: SpokenStep, lang: string): void {
    if (this.enabled) this.speech.speak(`${step.title}. ${step.text}`, lang);
  }

  hostDisconnected(): void {
    this.speech.stop();
  }
}
