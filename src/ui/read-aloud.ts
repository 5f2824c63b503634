/**
 * Read-aloud through the Web Speech API. Where speech synthesis is missing (or fails), it does nothing and says
 * so through `available`: the widget hides the button rather than showing an error.
 */

/** Speaks narration, one utterance at a time: a new step interrupts the old one. */
export class ReadAloud {
  private get synth(): SpeechSynthesis | undefined {
    return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined' ? speechSynthesis : undefined;
  }

  /** Whether this browser can speak. */
  get available(): boolean {
    return this.synth !== undefined;
  }

  /** Speaks `text` in `lang` (a BCP 47 code such as "es"), replacing anything still being spoken. */
  speak(text: string, lang: string): void {
    const synth = this.synth;
    if (!synth) return;
    try {
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      const voice = synth.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang.toLowerCase()));
      if (voice) utterance.voice = voice;
      synth.speak(utterance);
    } catch {
      // Speech is a convenience: a browser that refuses it leaves the widget as it was.
    }
  }

  /** Stops speaking. */
  stop(): void {
    try {
      this.synth?.cancel();
    } catch {
      // As above: nothing to undo.
    }
  }
}
