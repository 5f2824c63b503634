/** Which checkpoint question is asked at the end of which step of a session. */
import type { Checkpoint } from '../../i18n/content-types';
import type { SceneSession } from '../../session/scene-session';

/** Steps that play the part of a canonical step in some scenes (the IFN-γ receptor changes shape instead). */
const STEP_ALIASES: ReadonlyMap<string, string> = new Map([['receptor-shape-change', 'receptor-assembly']]);

/** The checkpoint asked after step `step` (1-based) of the session, in its language, if any. */
export function checkpointFor(session: SceneSession, step: number): Checkpoint | undefined {
  const id = session.plan.steps[step - 1]?.id;
  if (id === undefined) return undefined;
  const canonical = STEP_ALIASES.get(id) ?? id;
  return session.options.locale.checkpoints.find((c) => c.afterStep === canonical);
}
