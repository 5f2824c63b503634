/** The playback controls: step buttons, play/pause, restart, the mode toggles and the progress bar. */
import { html, nothing, svg } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import type { UiStrings } from '../../../i18n/locales/en';
import type { CompiledTimeline } from '../../../timeline/build-timeline';
import type { PlaybackSpan } from '../../controllers/playback-controller';
import { icons } from '../icons';
import { exportMenuTemplate, type ExportMenu } from './export-menu-template';

export interface ControlsModel {
  readonly t: UiStrings;
  readonly compiled: CompiledTimeline;
  readonly step: number;
  readonly stepCount: number;
  readonly time: number;
  readonly playing: boolean;
  readonly reducedMotion: boolean;
  readonly readAloud: boolean | undefined;
  readonly presenter: boolean;
  readonly wholeCell: boolean;
  readonly shortcutsOpen: boolean;
  /** The step range (`from`/`to`) and its time span: the bar covers only that span. */
  readonly span: PlaybackSpan;
  /** The progress bar, moved every frame without re-rendering. */
  readonly seekRef: Ref<HTMLInputElement>;
  /** The export menu; absent where there is no picture to save (text mode). */
  readonly exportMenu: ExportMenu | undefined;
}

export interface ControlsActions {
  previous(): void;
  togglePlay(): void;
  next(): void;
  restart(): void;
  toggle(mode: 'reducedMotion' | 'readAloud' | 'presenter' | 'wholeCell' | 'shortcutsOpen'): void;
  seek(time: number): void;
}

export function controlsTemplate(m: ControlsModel, a: ControlsActions) {
  const { t } = m;
  const { first, last, start, end } = m.span;
  const length = end - start;
  const counter = t.ui.stepOf(m.step, m.stepCount);
  const toggle = (cls: string, pressed: boolean, label: string, mode: Parameters<ControlsActions['toggle']>[0], icon: unknown) =>
    html`<button type="button" class=${cls} aria-pressed=${pressed ? 'true' : 'false'} aria-label=${label} title=${label}
      @click=${() => a.toggle(mode)}>${icon}</button>`;
  return html`<div class="controls" part="controls" role="group" aria-label=${t.ui.controls}>
    <button type="button" class="previous" aria-label=${t.ui.previous} title=${t.ui.previous}
      ?disabled=${m.step <= first && !m.playing} @click=${a.previous}>${icons.previous}</button>
    <button type="button" class="play" aria-label=${m.playing ? t.ui.pause : t.ui.play} title=${m.playing ? t.ui.pause : t.ui.play}
      @click=${a.togglePlay}>${m.playing ? icons.pause : icons.play}</button>
    <button type="button" class="next" aria-label=${t.ui.next} title=${t.ui.next}
      ?disabled=${m.step >= last} @click=${a.next}>${icons.next}</button>
    <button type="button" class="restart" aria-label=${t.ui.restart} title=${t.ui.restart} @click=${a.restart}>${icons.restart}</button>
    ${toggle('motion', m.reducedMotion, t.ui.reducedMotion, 'reducedMotion', icons.motion)}
    ${toggle('whole-cell', m.wholeCell, t.ui.wholeCell, 'wholeCell', icons.wholeCell)}
    ${m.readAloud === undefined ? nothing : toggle('read-aloud', m.readAloud, t.ui.readAloud, 'readAloud', icons.speak)}
    ${toggle('presenter-toggle', m.presenter, t.ui.presenter, 'presenter', icons.presenter)}
    <button type="button" class="shortcuts-toggle" aria-expanded=${m.shortcutsOpen ? 'true' : 'false'} aria-label=${t.ui.shortcuts} title=${t.ui.shortcuts}
      @click=${() => a.toggle('shortcutsOpen')}>?</button>
    ${m.exportMenu ? exportMenuTemplate(t, m.exportMenu) : nothing}
    <div class="progress">
      <svg class="ticks" aria-hidden="true">
        ${m.compiled.stepEnds.slice(first - 1, last - 1).map((t) => svg`<rect x=${`${((t - start) / length) * 100}%`} y="16" width="2" height="12" rx="1"></rect>`)}
      </svg>
      <input type="range" class="seek" min=${start} max=${end} step="0.01" .value=${String(m.time)} ${ref(m.seekRef)}
        aria-label=${t.ui.progress} aria-valuetext=${counter}
        @input=${(event: Event) => a.seek(Number((event.target as HTMLInputElement).value))} />
    </div>
    <span class="count" aria-hidden="true">${counter}</span>
  </div>`;
}
