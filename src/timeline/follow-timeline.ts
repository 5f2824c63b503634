/**
 * Compare mode steps two runs together whose steps last different times (a blocked step is shorter): the
 * follower is put on the same step as the leader, at the same fraction of that step.
 */
import { stepAtTime, type CompiledTimeline } from './build-timeline';

/** Seeks `follower` to the point matching `time` on `leader`. */
export function followTimeline(leader: CompiledTimeline, follower: CompiledTimeline, time: number): void {
  const index = stepAtTime(leader, time) - 1;
  const start = leader.stepStarts[index]!;
  const progress = (time - start) / Math.max(1e-9, leader.stepEnds[index]! - start);
  const otherStart = follower.stepStarts[index] ?? 0;
  const otherEnd = follower.stepEnds[index] ?? follower.duration;
  follower.timeline.time(otherStart + Math.min(1, Math.max(0, progress)) * (otherEnd - otherStart), true);
}
