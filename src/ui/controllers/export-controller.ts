/**
 * The export controller: `exportImage()`, `exportClip()` and the export menu. What draws, encodes and saves
 * (and the muxer) is in lazy modules, dist/chunks/export-image.js and export-clip.js, fetched the first time a
 * picture or a clip is asked for; the core holds only this. Failures reject (never throw at the caller) and
 * warn; those a user can act on are shown in the widget's message banner.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { UiStrings } from '../../i18n/ui-strings';
import type { ExportContext } from '../export/export-context';
import { handoutHref } from '../handout-link';
import { lazyModule, type LazyModule } from './lazy-parts';
import type { Warn } from './warn-once';

const IMAGE = lazyModule(() => import('../export/export-image'));
const CLIP = lazyModule(() => import('../export/export-clip'));

/** The export context, with the widget's words and the address of a handout page ('' for none). */
type Context = ExportContext & { readonly t: UiStrings; readonly handout: string };

export class ExportController implements ReactiveController {
  /** The menu is open. */
  open = false;
  /** Percent done while the menu's clip is being made. */
  progress: number | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly context: () => Context,
    private readonly warn: Warn,
    private readonly show: (message: string) => void,
  ) {
    host.addController(this);
  }

  /** Runs `work` with a lazy export module and the widget's context. */
  run<M, T>(part: LazyModule<M>, work: (module: M, context: Context) => Promise<T>): Promise<T> {
    const context = this.context();
    return part.load().then((module) => {
      if (!module) throw new Error('The export module could not be loaded.');
      return work(module, context);
    }).catch((error: Error) => {
      if (error.name !== 'AbortError') this.warn(error.message);
      if (error.name === 'NotSupportedError') this.show(context.t.export.noVideo);
      throw error;
    });
  }

  readonly image = IMAGE;
  readonly clip = CLIP;

  /** The printable handout of the view shown, where the page offers a handout page. */
  get handoutHref(): string | undefined {
    const { handout, session } = this.context();
    const { drug, exposure, locale } = session.options;
    return handout ? handoutHref({ scene: session.scene.id, drug: drug?.id, exposure, lang: locale.code }, handout) : undefined;
  }

  /** Opens or closes the menu; opened, its first item takes focus. */
  toggle(open = !this.open): void {
    this.open = open;
    this.host.requestUpdate();
    if (open) void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('.export-menu button')?.focus());
  }

  /** The menu's "Save picture". */
  savePicture(): void {
    this.toggle(false);
    this.fromMenu(this.run(IMAGE, (m, context) => m.savePicture(context)));
  }

  /** The menu's "Save video clip", its progress shown on the item; pressed again while it is made, it cancels. */
  saveClip(): void {
    if (this.making) {
      this.making.abort();
      return;
    }
    const making = (this.making = new AbortController());
    const shown = (percent?: number) => { this.progress = percent; this.host.requestUpdate(); };
    this.fromMenu(this.run(CLIP, (m, context) => m.saveClip(context, shown, making.signal)).finally(() => { this.making = undefined; }));
  }

  /** Cancels the clip the menu is making when the widget leaves the page. */
  hostDisconnected(): void {
    this.making?.abort();
  }

  /** The clip the menu is making, to cancel it. */
  private making: AbortController | undefined;

  /** A menu action's failure is shown in the widget (a missing encoder was said already; a cancel is no failure). */
  private fromMenu(work: Promise<void>): void {
    work.catch((error: Error) => { if (error.name !== 'NotSupportedError' && error.name !== 'AbortError') this.show(this.context().t.export.failed(error.message)); });
  }
}
