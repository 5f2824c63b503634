/** Which checkpoint question is asked at the end of which step of a session. */
import type { Checkpoint } from '../../i18n/content-types';
import type { SceneSession } from '../../session/scene-session';
import { roleOf } from '../../model/step-role';
import { inAnswerOrder } from './answer-order';

/**
 * The checkpoint asked after step `step` (1-based) of the session, in its language, if any. Checkpoints name
 * the step role they follow, so a step that plays a role under its own id (the IFN-γ receptor's shape change
 * is its receptor assembly) asks the same question. Its answers come in the order they are offered.
 */
export function checkpointFor(session: SceneSession, step: number): Checkpoint | undefined {
  const sceneStep = session.plan.scene.steps[step - 1];
  if (sceneStep === undefined) return undefined;
  const role = roleOf(sceneStep);
  const checkpoint = session.options.locale.checkpoints.find((c) => c.afterStep === role);
  return checkpoint && inAnswerOrder(checkpoint);
}
