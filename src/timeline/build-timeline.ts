/**
 * Compiles a scene plan into a paused GSAP timeline with one label per step. The timeline tweens a plain
 * `frame` object (actor id → numeric state) that the view reads; every tween is a fromTo with the values the
 * model computed, so the frame at any time is the same whatever path led there.
 */
// GSAP's core without CSSPlugin: the widget tweens plain numbers, never CSS, so the plugin is dead weight.
import { gsap } from 'gsap/gsap-core';
import { cloneFrame, type FrameState } from '../model/actor';
import type { ScenePlan } from '../model/plan-scene';
import { sameRect, WHOLE_STAGE, type CameraRect } from '../model/camera';

/** Seconds the camera takes to move to a step's focus, from the step's start (at most the step's length). */
export const CAMERA_SECONDS = 1;

/** The framing the timeline writes to (stage units): tweened like the actors, so seeking moves it too. */
export type Camera = { -readonly [K in keyof CameraRect]: number };

/** A scene compiled for playback. */
export interface CompiledTimeline {
  readonly timeline: ReturnType<typeof gsap.timeline>;
  /** The live frame the timeline writes to. */
  readonly frame: FrameState;
  /** The live framing the timeline writes to: each step's focus, reached within CAMERA_SECONDS of its start. */
  readonly camera: Camera;
  /** Start time of each step (seconds), by 0-based step index. */
  readonly stepStarts: readonly number[];
  /** End time of each step; seeking here shows the step's end state. */
  readonly stepEnds: readonly number[];
  /** Total seconds. */
  readonly duration: number;
}

/** Builds the timeline for a plan. The timeline is paused at 0; the caller drives its time. */
export function buildTimeline(plan: ScenePlan): CompiledTimeline {
  const frame = cloneFrame(plan.before);
  const timeline = gsap.timeline({ paused: true });
  // The playhead sets this timeline's time itself. Leaving it in GSAP's global timeline would keep every
  // timeline ever built (and the widget behind it) alive for the life of the page.
  gsap.globalTimeline.remove(timeline);
  const stepStarts: number[] = [];
  const stepEnds: number[] = [];
  const camera: Camera = { ...(plan.steps[0]?.focus.rect ?? WHOLE_STAGE) };
  let framed: CameraRect = camera;
  let start = 0;
  for (const step of plan.steps) {
    stepStarts.push(start);
    timeline.addLabel(step.id, start);
    const focus = step.focus.rect;
    if (!sameRect(focus, framed)) {
      // A fromTo like the actors' beats: the camera at any time depends on that time alone.
      const duration = Math.min(CAMERA_SECONDS, step.duration);
      timeline.fromTo(camera, { ...framed }, { ...focus, duration, ease: 'power2.inOut', immediateRender: false, lazy: false }, start);
      framed = focus;
    }
    for (const beat of step.beats) {
      const target = frame[beat.actor];
      if (!target) throw new Error(`Beat for unknown actor "${beat.actor}"`);
      timeline.fromTo(
        target,
        { ...beat.from },
        // Not lazy: the playhead seeks and reads the frame at once, and a lazy tween files its target in GSAP's
        // page-wide lookup, which is only emptied by a lazy render: every frame object ever tweened stayed listed.
        { ...beat.to, duration: beat.duration, ease: beat.ease, immediateRender: false, lazy: false },
        start + beat.at,
      );
    }
    start += step.duration;
    stepEnds.push(start);
  }
  timeline.addLabel('end', start);
  return { timeline, frame, camera, stepStarts, stepEnds, duration: start };
}

/** The 1-based step shown at time `t`: the step whose interval (start, end] holds t; time 0 is step 1. */
export function stepAtTime(compiled: Pick<CompiledTimeline, 'stepEnds'>, t: number): number {
  const ends = compiled.stepEnds;
  for (let i = 0; i < ends.length; i++) if (t <= ends[i]! + 1e-9) return i + 1;
  return ends.length;
}
