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
  load(): Promise<M>;
}

/** Wraps a dynamic import so that it runs once and its module can be read synchronously afterwards. */
export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let loading: Promise<M> | undefined;
  const part: { module: M | undefined; load(): Promise<M> } = {
    module: undefined,
    load: () => (loading ??= importer().then((module) => (part.module = module))),
  };
  return part;
}

/** A widget's use of lazy parts: what it asked for and is still loading. */
export class LazyParts {
  private readonly pending = new Set<Promise<unknown>>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The part's module if it has loaded; otherwise undefined, and the host updates again once it has. */
  use<M>(part: LazyModule<M>): M | undefined {
    if (part.module) return part.module;
    const done = part.load().then(
      () => this.host.requestUpdate(),
      (error: unknown) => console.error('[jak-stat-explorer] could not load a part of the widget:', error),
    );
    this.pending.add(done);
    void done.finally(() => this.pending.delete(done));
    return undefined;
  }

  /** Runs `update` (the host's own updateComplete) until no part it asked for is still loading. */
  async settled(update: () => Promise<boolean>): Promise<boolean> {
    let complete = await update();
    while (this.pending.size > 0) {
      await Promise.all(this.pending);
      complete = await update();
    }
    return complete;
  }
}
