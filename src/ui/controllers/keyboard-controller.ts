/**
 * The keyboard controller: shortcuts on the focused widget. Native behaviour wins where a control has its
 * own (the slider's arrows and Home/End, a button's Space, a select's keys).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What each shortcut does. */
export interface KeyCommands {
  togglePlay(): void;
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  toggleShortcuts(): void;
  togglePresenter(): void;
  /** W: the whole cell, or each step's close-up. */
  toggleWholeCell(): void;
  /** Escape: close what is open, else leave presenter mode. */
  escape(): void;
}

/** Keys that still work when a slider has focus. */
const GLOBAL_KEYS = new Set(['?', 'f', 'F', 'w', 'W', 'Escape', ' ']);

type Host = ReactiveControllerHost & HTMLElement;

export class KeyboardController implements ReactiveController {
  private readonly bindings: ReadonlyMap<string, () => void>;

  constructor(private readonly host: Host, commands: KeyCommands) {
    host.addController(this);
    this.bindings = new Map([
      [' ', commands.togglePlay],
      ['ArrowRight', commands.next],
      ['ArrowLeft', commands.previous],
      // Presentation clickers send PageDown / PageUp.
      ['PageDown', commands.next],
      ['PageUp', commands.previous],
      ['Home', commands.first],
      ['End', commands.last],
      ['?', commands.toggleShortcuts],
      ['f', commands.togglePresenter],
      ['F', commands.togglePresenter],
      ['w', commands.toggleWholeCell],
      ['W', commands.toggleWholeCell],
      ['Escape', commands.escape],
    ]);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const command = this.bindings.get(event.key);
    if (!command) return;
    const origin = event.composedPath()[0];
    if (origin instanceof HTMLSelectElement) return;
    if (origin instanceof HTMLInputElement && !GLOBAL_KEYS.has(event.key)) return;
    const onButton = origin instanceof HTMLButtonElement || (origin instanceof HTMLElement && origin.tagName === 'SUMMARY');
    if (onButton && event.key === ' ') return;
    event.preventDefault();
    command();
  };
}
