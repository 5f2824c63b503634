/** A stand-in for a Lit element in Node: records controllers, update requests and the events fired at it. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class FakeHost extends EventTarget implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  readonly updates: { name?: PropertyKey; oldValue?: unknown }[] = [];
  readonly events: CustomEvent[] = [];
  updateComplete = Promise.resolve(true);

  constructor(types: string[] = []) {
    super();
    for (const type of types) this.addEventListener(type, (event) => this.events.push(event as CustomEvent));
  }

  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }

  removeController(controller: ReactiveController): void {
    this.controllers.splice(this.controllers.indexOf(controller), 1);
  }

  requestUpdate(name?: PropertyKey, oldValue?: unknown): void {
    this.updates.push({ name, oldValue });
  }

  /** Runs the controllers' hostUpdate hooks, as Lit does before each update. */
  update(): void {
    for (const controller of this.controllers) controller.hostUpdate?.();
  }
}
