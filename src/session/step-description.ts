/**
 * What is true at the end of a step, in words (the describer, reading the step's facts), and what changed since the step
 * before. Worked out once per plan and step, since the element asks on every render.
 */
import { describeStep, describeView } from '../model/describe-frame';
import { describedScene } from '../model/described-scene';
import type { SceneSession } from './scene-session';

export interface StepDescription {
  readonly now: string;
  readonly changed: string;
  /** What the camera frames at the step's focus, and with the whole cell shown instead. */
  readonly view: string;
  readonly wholeView: string;
}

const cache = new WeakMap<object, StepDescription[]>();

/** The description of step `index` (0-based) of a session. */
export function describeSessionStep(session: SceneSession, index: number): StepDescription {
  const plan = session.plan;
  let descriptions = cache.get(plan);
  if (!descriptions) cache.set(plan, (descriptions = []));
  const steps = plan.steps;
  const phrases = session.options.locale.describer;
  return (descriptions[index] ??= ((scene) => ({
    ...describeStep(scene, steps[index]!.facts, index > 0 ? steps[index - 1]!.facts : undefined, phrases),
    view: describeView(scene, steps[index]!.focus, phrases),
    wholeView: phrases.inViewWhole,
  }))(describedScene(plan)));
}
