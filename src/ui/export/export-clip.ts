/**
 * `exportClip()`: a video of a range of steps, rendered frame by frame from the scene's own timeline (seeking is
 * a pure function of time), so it is smooth however slow the machine. Frames are drawn offscreen by the same
 * stage code, encoded with WebCodecs and written to MP4 (H.264) or, where the browser cannot encode H.264, WebM
 * (VP9 or VP8) by mediabunny, a maintained muxer. Captions are WebVTT: each step's narration, timed to the clip.
 * A lazy module of its own (dist/chunks/export-clip.js), loaded the first time a clip is asked for.
 */
import { BufferTarget, CanvasSource, getFirstEncodableVideoCodec, Mp4OutputFormat, Output, QUALITY_HIGH, WebMOutputFormat, type VideoCodec } from 'mediabunny';
import { STAGE } from '../../model/geometry';
import type { StepPlan } from '../../model/plan-scene';
import type { CompiledTimeline } from '../../timeline/build-timeline';
import { OffscreenStage, stillStageOf } from '../../view/render-still';
import { fire } from '../jak-stat-explorer/events';
import type { ExportClipOptions, ExportContext, ExportedClip } from './export-context';
// The picture's module: the clip's chunk imports it (it holds the offscreen stage), rather than both sharing
// a third chunk.
import { saveFile } from './export-image';

/** Codecs tried in order: H.264 in MP4 plays everywhere; VP9, then VP8, in WebM where H.264 cannot be encoded. */
const CODECS: VideoCodec[] = ['avc', 'vp9', 'vp8'];
const FPS_RANGE = { min: 1, max: 60 } as const;
const WIDTH_RANGE = { min: 320, max: 3840 } as const;

/** Checked `exportClip()` options: a 1-based inclusive step range, frame rate and size (even, as encoders need). */
export interface ClipPlan {
  readonly from: number;
  readonly to: number;
  readonly fps: number;
  readonly width: number;
  readonly height: number;
}

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);
const even = (value: number) => Math.max(2, Math.round(value / 2) * 2);

/** Checks `exportClip()` options against a scene of `stepCount` steps; throws an Error naming the bad option. */
export function checkClipOptions(options: unknown, stepCount: number, range?: { from: number; to: number }): ClipPlan {
  if (options !== undefined && (typeof options !== 'object' || options === null)) throw new Error('exportClip(options): options must be an object.');
  const { from = range?.from ?? 1, to = range?.to ?? stepCount, fps = 30, width = STAGE.width } = (options ?? {}) as ExportClipOptions;
  if (!isWhole(from) || from < 1 || from > stepCount) throw new Error(`exportClip(options): from must be a step number from 1 to ${stepCount}, not ${String(from)}.`);
  if (!isWhole(to) || to < from || to > stepCount) throw new Error(`exportClip(options): to must be a step number from ${from} (from) to ${stepCount}, not ${String(to)}.`);
  if (typeof fps !== 'number' || !Number.isFinite(fps) || fps < FPS_RANGE.min || fps > FPS_RANGE.max) {
    throw new Error(`exportClip(options): fps must be a number from ${FPS_RANGE.min} to ${FPS_RANGE.max}, not ${String(fps)}.`);
  }
  if (typeof width !== 'number' || !Number.isFinite(width) || width < WIDTH_RANGE.min || width > WIDTH_RANGE.max) {
    throw new Error(`exportClip(options): width must be a number of pixels from ${WIDTH_RANGE.min} to ${WIDTH_RANGE.max}, not ${String(width)}.`);
  }
  return { from, to, fps, width: even(width), height: even((width * STAGE.height) / STAGE.width) };
}

/** Seconds as a WebVTT timestamp, `hh:mm:ss.ttt`. */
export function vttTime(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/** Cue text: WebVTT's three special characters escaped, and no blank line (which would end the cue). */
const cueText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n\s*\n/g, '\n').trim();

/** WebVTT captions for steps `from`–`to` (1-based): one cue per step, its title and narration, timed to the clip. */
export function clipCaptions(steps: readonly StepPlan[], compiled: Pick<CompiledTimeline, 'stepStarts' | 'stepEnds'>, from: number, to: number): string {
  const origin = compiled.stepStarts[from - 1]!;
  const cues: string[] = [];
  for (let step = from; step <= to; step++) {
    const shown = steps[step - 1]!;
    const start = vttTime(compiled.stepStarts[step - 1]! - origin);
    const end = vttTime(compiled.stepEnds[step - 1]! - origin);
    cues.push(`${shown.id}\n${start} --> ${end}\n${cueText(shown.title)}\n${cueText(shown.text)}`);
  }
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

/** The error for a browser that cannot encode video; its name lets the widget say so in its own language. */
function noVideoEncoder(detail: string): DOMException {
  return new DOMException(`exportClip(): this browser cannot encode video (${detail}), so it cannot make clips.`, 'NotSupportedError');
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason instanceof Error || signal.reason instanceof DOMException ? signal.reason : new DOMException('exportClip(): the export was aborted.', 'AbortError');
}

/**
 * A video of steps `from`–`to` of the widget's scene, in its language, drug and exposure, with WebVTT captions.
 * Fires `export-progress` on the widget after each frame; `signal` stops it (rejecting with an AbortError).
 */
export async function exportClip(context: ExportContext, options?: ExportClipOptions): Promise<ExportedClip> {
  const { session, host } = context;
  const plan = checkClipOptions(options, session.stepCount, context.range);
  const signal = options?.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw new Error('exportClip(options): signal must be an AbortSignal.');
  if (signal?.aborted) throw abortError(signal);
  if (typeof VideoEncoder === 'undefined' || typeof VideoFrame === 'undefined') throw noVideoEncoder('no WebCodecs VideoEncoder');
  const codec = await getFirstEncodableVideoCodec(CODECS, { width: plan.width, height: plan.height, frameRate: plan.fps });
  if (!codec) throw noVideoEncoder(`none of ${CODECS.join(', ')} at ${plan.width} × ${plan.height}`);

  const stage = new OffscreenStage(stillStageOf(session, context.wholeCell), { width: plan.width, height: plan.height });
  const output = new Output({
    format: codec === 'avc' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
    target: new BufferTarget(),
  });
  try {
    await stage.ready;
    const source = new CanvasSource(stage.canvas, { codec, quality: QUALITY_HIGH });
    output.addVideoTrack(source, { frameRate: plan.fps });
    await output.start();
    const { stepStarts, stepEnds } = stage.compiled;
    const start = stepStarts[plan.from - 1]!;
    const duration = stepEnds[plan.to - 1]! - start;
    const total = Math.max(1, Math.round(duration * plan.fps));
    for (let frame = 0; frame < total; frame++) {
      if (signal?.aborted) throw abortError(signal);
      stage.drawAt(start + frame / plan.fps);
      await source.add(frame / plan.fps, 1 / plan.fps);
      fire(host, 'export-progress', { done: frame + 1, total });
    }
    if (signal?.aborted) throw abortError(signal);
    await output.finalize();
    const mimeType = await output.getMimeType();
    const video = new Blob([output.target.buffer!], { type: output.format.mimeType });
    return { video, captions: clipCaptions(session.plan.steps, stage.compiled, plan.from, plan.to), mimeType };
  } catch (error) {
    if (output.state !== 'finalized' && output.state !== 'canceled') await output.cancel().catch(() => undefined);
    throw error;
  } finally {
    stage.dispose();
  }
}

/**
 * The export menu's "Save video clip": the widget's steps (all, or its range) as `jak-stat-<scene>.mp4` (or
 * `.webm`), telling `shown` the percent done as it goes, and `undefined` when it has finished or failed.
 */
export async function saveClip(context: ExportContext, shown: (percent?: number) => void, signal?: AbortSignal): Promise<void> {
  const onProgress = ({ detail }: CustomEvent<{ done: number; total: number }>) => shown(Math.floor((100 * detail.done) / detail.total));
  context.host.addEventListener('export-progress', onProgress);
  shown(0);
  try {
    const clip = await exportClip(context, { signal });
    saveFile(clip.video, `jak-stat-${context.session.scene.id}.${clip.mimeType.startsWith('video/mp4') ? 'mp4' : 'webm'}`);
  } finally {
    context.host.removeEventListener('export-progress', onProgress);
    shown(undefined);
  }
}
