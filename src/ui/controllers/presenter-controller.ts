/**
 * The presenter controller: presenter mode asks for full screen (a projector shows only the widget) and
 * leaving full screen with the browser's own Escape leaves presenter mode. Switching the mode off and on again
 * while the browser is still changing full screen ends in the mode last asked for: an exit this controller
 * asked for is never taken for the user's Escape.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { presenter: boolean };

export class PresenterController implements ReactiveController {
  /** Full-screen exits this controller asked for that the browser has not reported yet. */
  private exitsAsked = 0;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    if (document.fullscreenElement === this.host) this.exit();
  }

  /** Brings full screen in line with the mode; without the Fullscreen API the widget's CSS fills the window. */
  apply(): void {
    if (typeof document === 'undefined' || !this.host.isConnected) return;
    const full = document.fullscreenElement === this.host;
    if (this.host.presenter && !full && this.exitsAsked === 0) this.enter();
    else if (!this.host.presenter && full) this.exit();
  }

  private enter(): void {
    if (typeof this.host.requestFullscreen !== 'function' || document.fullscreenElement) return;
    // Refused without a user gesture or inside an iframe: CSS still fills the window, which is enough.
    this.host.requestFullscreen().catch(() => {});
  }

  private exit(): void {
    this.exitsAsked++;
    document.exitFullscreen().catch(() => {
      this.exitsAsked = Math.max(0, this.exitsAsked - 1);
    });
  }

  private readonly onFullscreenChange = (): void => {
    const full = document.fullscreenElement === this.host;
    if (full) {
      // Entered: if the mode was switched off meanwhile, leave again.
      if (!this.host.presenter) this.exit();
      return;
    }
    if (this.exitsAsked > 0) {
      // Our own exit finished: if the mode was switched on again meanwhile, enter again.
      this.exitsAsked--;
      if (this.host.presenter) this.enter();
      return;
    }
    // The user left full screen (Escape, the browser's own control): leave presenter mode too.
    if (this.host.presenter) this.host.presenter = false;
  };
}
