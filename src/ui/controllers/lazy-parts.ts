/**
 * Parts of a widget that its first frame does not need (the drug's panels and plot), each loaded as a module
 * of its own the first time a widget shows it: a dynamic `import()` of a same-origin file, so no eval and
 * fine under `script-src 'self'`. Until a part has loaded it renders nothing; the host then updates again,
 * and `settled` lets `updateComplete` wait for it. A page that never shows a part never fetches it.
 */
import type { ReactiveControllerHost } from 'lit';

/** A module loaded at most once per page, whichever widget asks first. */
export interface LazyModule<M> {
  /** The module once loaded. */
  readonly module: M | undefined;
  /** It failed to load (missing file, network): the part stays away, and nobody asks again. */
  readonly failed: boolean;
  /** Loads the module (once); resolves when it has loaded or failed, never rejects. */
  load(): Promise<M | undefined>;
}

/** Wraps a dynamic import so that it runs once and its module can be read synchronously afterwards. */
export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let loading: Promise<M | undefined> | undefined;
  const part: { module: M | undefined; failed: boolean; load(): Promise<M | undefined> } = {
    module: undefined,
    failed: false,
    load: () =>
      (loading ??= importer().then(
        (module) => (part.module = module),
        (error: unknown) => {
          // Said once per page: a part that failed is not asked for again.
          part.failed = true;
          console.error('[jak-stat-explorer] could not load a part of the widget (is chunks/ beside the script?):', error);
          return undefined;
        },
      )),
  };
  return part;
}

/** A widget's use of lazy parts: the ones it asked for that are still loading. */
export class LazyParts {
  private readonly pending = new Map<LazyModule<unknown>, Promise<unknown>>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The part's module if it has loaded; otherwise undefined, and the host updates again once it has. */
  use<M>(part: LazyModule<M>): M | undefined {
    if (part.module || part.failed || this.pending.has(part)) return part.module;
    const done = part.load().then(() => {
      this.pending.delete(part);
      this.host.requestUpdate();
    });
    this.pending.set(part, done);
    return undefined;
  }

  /** Runs `update` (the host's own updateComplete) until no part it asked for is still loading. */
  async settled(update: () => Promise<boolean>): Promise<boolean> {
    let complete = await update();
    while (this.pending.size > 0) {
      await Promise.all(this.pending.values());
      complete = await update();
    }
    return complete;
  }
}
