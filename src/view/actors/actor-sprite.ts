/**
 * What the stage needs from the drawing of one actor (molecule).
 */
import type { Container } from 'pixi.js';
import type { LabelScaler } from '../label';
import type { LabelSpot } from '../label-placer';
import type { ActorState } from '../../model/actor';
import { destroyTree } from '../destroy-tree';

/** The drawing of one actor. */
export interface ActorSprite {
  /** Root display object; its position is the actor's centre (for receptors: chain centre at membrane mid). */
  readonly container: Container;
  /** Its labels and where each may go; the stage keeps them apart (label-placer.ts). */
  readonly labels: readonly LabelSpot[];
  /** Apply a state. Called every rendered frame: must be cheap — set transforms/alpha/visibility only, never rebuild Graphics or Text. */
  update(state: ActorState): void;
  /**
   * Keep labels legible after a resize or zoom: `screenPxPerUnit` is CSS px per stage unit, `resolution` the
   * device pixel ratio, `minPx` the smallest label size in CSS px (12 by default). Labels are enlarged to it and
   * re-rasterised to stay crisp; one that cannot reach it is not drawn.
   */
  setViewScale(screenPxPerUnit: number, resolution: number, minPx?: number): void;
  destroy(): void;
}

/**
 * Map the state fields every actor shares onto its root container. Invisible actors are skipped by the
 * renderer entirely (cheaper than drawing at alpha 0).
 */
export function applyBaseState(container: Container, state: ActorState): void {
  container.position.set(state.x, state.y);
  container.rotation = state.rotation;
  container.scale.set(state.scale);
  container.alpha = clamp01(state.alpha);
  container.visible = state.alpha > 0.002 && state.scale > 0.001;
}

/** Clamp to 0 … 1 (states are interpolated and may overshoot slightly with easing). */
export function clamp01(value: number): number {
  return value <= 0 ? 0 : value >= 1 ? 1 : value;
}

/** Show a part at an opacity, hiding it entirely when transparent. */
export function setOpacity(part: Container, alpha: number): void {
  const a = clamp01(alpha);
  part.alpha = a;
  part.visible = a > 0.002;
}

/**
 * An actor sprite from its parts: the root container, the scaler that keeps its labels legible, what a state
 * does to it, and its label spots. Every sprite resizes its labels and tears down the same way; `cleanup` frees
 * anything the container does not own (e.g. gradients).
 */
export function actorSprite(
  container: Container,
  scaler: LabelScaler,
  update: (state: ActorState) => void,
  labels: readonly LabelSpot[] = [],
  cleanup?: () => void,
): ActorSprite {
  return {
    container,
    labels,
    update,
    setViewScale: (screenPxPerUnit, resolution, minPx) => scaler.setViewScale(screenPxPerUnit, resolution, minPx),
    destroy() {
      destroyTree(container);
      cleanup?.();
    },
  };
}
