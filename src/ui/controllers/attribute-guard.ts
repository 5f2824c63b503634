/**
 * The attribute guard: the one place public inputs are checked. Each input has a default and a check; a value
 * that passes is stored with its honest type (a number stays a number), a value that fails is refused with one
 * console warning and the last good value stays, and removing the attribute (null or undefined) restores the
 * default, as the platform's own elements do.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Checked } from '../attribute-values';
import type { Warn } from './warn-once';

/** How one input is checked. */
export interface InputSpec<T> {
  readonly default: T;
  check(raw: unknown): Checked<T>;
}

export type InputSpecs<V> = { readonly [K in keyof V]: InputSpec<V[K]> };

/** A host whose attributes can be re-reflected (a LitElement). */
type Host = ReactiveControllerHost & { requestUpdate(name?: PropertyKey, oldValue?: unknown): void };

/** Marks a refused input so that the next update reflects the kept value back to its attribute. */
const REFUSED = Symbol('refused');

export class AttributeGuard<V extends object> implements ReactiveController {
  private readonly values: V;
  private readonly refused = new Set<PropertyKey>();

  constructor(
    private readonly host: Host,
    private readonly specs: InputSpecs<V>,
    private readonly warn: Warn,
  ) {
    this.values = Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, (spec as InputSpec<unknown>).default])) as V;
    host.addController(this);
  }

  /** The current good value. */
  get<K extends keyof V>(name: K): V[K] {
    return this.values[name];
  }

  /** Checks a value from an attribute or a script. Returns whether it was taken. */
  set<K extends keyof V>(name: K, raw: unknown): boolean {
    if (raw === null || raw === undefined) {
      this.values[name] = this.specs[name].default;
      return true;
    }
    const checked = this.specs[name].check(raw);
    if (checked.ok) {
      this.values[name] = checked.value;
      return true;
    }
    this.refuse(name, checked.reason);
    return false;
  }

  /** Sets a value that is already known to be good (e.g. the id of scene data that loaded). */
  accept<K extends keyof V>(name: K, value: V[K]): void {
    this.values[name] = value;
  }

  /**
   * Refuses the value just given for the property `name` (a guarded input, or one the host keeps itself such
   * as the step): warns once and puts the kept value back on the attribute.
   */
  refuse(name: PropertyKey, reason: string): void {
    this.warn(reason);
    this.restore(name);
  }

  /** Puts the property's current value back on its attribute at the next update (no warning). */
  restore(name: PropertyKey): void {
    this.refused.add(name);
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    // Within an update, not inside attributeChangedCallback (where Lit skips reflecting the same property).
    for (const name of this.refused) this.host.requestUpdate(name, REFUSED);
    this.refused.clear();
  }
}
