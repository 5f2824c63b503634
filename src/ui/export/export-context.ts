/**
 * What an export reads from a widget: its session (scene, drug and language), the step shown, and where to
 * report progress. Types only: the element's core builds one, the lazy export modules use it.
 */
import type { SceneSession } from '../../session/scene-session';

export interface ExportContext {
  /** The widget's main run: its plan is in the widget's language, under its drug and exposure. */
  readonly session: SceneSession;
  /** The 1-based step shown. */
  readonly step: number;
  /** The widget, which fires `export-progress`. */
  readonly host: HTMLElement;
  /** The steps an export covers by default (1-based, inclusive); the whole scene when absent. */
  readonly range?: { readonly from: number; readonly to: number };
  /** Frame the entire stage instead of each step's close-up, as the widget does with `whole-cell`. */
  readonly wholeCell?: boolean;
}

/** Options of `exportImage()`. */
export interface ExportImageOptions {
  /** Pixels per stage unit: 1 (default) gives a 1280 px wide picture, 2 a 2560 px one (0.5–4). */
  scale?: number;
  /** Add a strip under the picture with the step, title, scene, drug and sources (default true). */
  caption?: boolean;
}

/** Options of `exportClip()`. */
export interface ExportClipOptions {
  /** First step of the clip, 1-based (default: the first step). */
  from?: number;
  /** Last step of the clip, 1-based and inclusive (default: the last step). */
  to?: number;
  /** Frames per second, 1–60 (default 30). */
  fps?: number;
  /** Width in pixels, 320–3840 (default 1280); the height follows the stage's 16:9. */
  width?: number;
  /** Aborting it stops the export, which then rejects with an `AbortError`. */
  signal?: AbortSignal;
}

/** What `exportClip()` resolves to. */
export interface ExportedClip {
  /** MP4 (H.264) where the browser can encode it, otherwise WebM (VP9 or VP8). */
  video: Blob;
  /** WebVTT: each step's narration, timed to the clip. */
  captions: string;
  /** The video's MIME type, with its codec. */
  mimeType: string;
}
