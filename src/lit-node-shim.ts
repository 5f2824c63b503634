/**
 * Stands in for `@lit-labs/ssr-dom-shim` in the embed module (see vite.lib.config.ts). Lit's "node" builds,
 * which let the module be imported where there is no DOM, take exactly two things from that package: a base
 * class to extend when `globalThis.HTMLElement` is missing, and a `customElements` registry to install when
 * `globalThis.customElements` is missing. In a browser neither is used. Lit's full shim (an event target,
 * attributes, element internals, a window object) serves server-side rendering, which needs Lit itself
 * unbundled, so the embed module carries this much smaller stand-in: the module still imports in Node and
 * `defineJakStatExplorer()` still registers the elements there.
 */

/** The base class Lit extends where there is no DOM. Never instantiated by the widget itself. */
export class HTMLElement {}

/** A registry with what defining and looking up elements needs: `define`, `get`, `getName`, `whenDefined`. */
class CustomElementRegistry {
  private readonly byName = new Map<string, CustomElementConstructor>();
  private readonly waiting = new Map<string, (ctor: CustomElementConstructor) => void>();
  private readonly pending = new Map<string, Promise<CustomElementConstructor>>();

  define(name: string, ctor: CustomElementConstructor): void {
    if (this.byName.has(name)) throw new Error(`"${name}" has already been defined`);
    // Reading `observedAttributes` finalizes a Lit class, as a real registry does.
    void (ctor as { observedAttributes?: unknown }).observedAttributes;
    this.byName.set(name, ctor);
    this.waiting.get(name)?.(ctor);
  }

  get(name: string): CustomElementConstructor | undefined {
    return this.byName.get(name);
  }

  getName(ctor: CustomElementConstructor): string | null {
    for (const [name, defined] of this.byName) if (defined === ctor) return name;
    return null;
  }

  whenDefined(name: string): Promise<CustomElementConstructor> {
    const ctor = this.byName.get(name);
    if (ctor) return Promise.resolve(ctor);
    let promise = this.pending.get(name);
    if (!promise) {
      promise = new Promise((resolve) => this.waiting.set(name, resolve));
      this.pending.set(name, promise);
    }
    return promise;
  }
}

/** Installed by Lit as `globalThis.customElements` only where none exists. */
export const customElements = new CustomElementRegistry();
