/**
 * The handout's pictures: each step's end state drawn offscreen by the same stage code the widget uses
 * (view/render-still.ts: the session's own plan, so the same drug, exposure and language), never a screenshot
 * of a page. One offscreen stage draws every step in turn; each picture becomes a PNG behind a blob: URL.
 */
import type { SceneSession } from '../../session/scene-session';
import { OffscreenStage, stillStageOf } from '../../view/render-still';

/** Width of each picture in pixels: the stage's own 1280, sharp at the ~11 cm a printed page gives it. */
export const PICTURE_WIDTH = 1280;

/** A canvas as a PNG blob. */
function pngOf(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded.'))), 'image/png'));
}

/**
 * Draws the end state of step `img.dataset.step` (1-based) of the session into each image, in order, and
 * resolves once every image has decoded. Rejects when pictures cannot be drawn on this device (no canvas).
 */
export async function drawStepPictures(session: SceneSession, images: readonly HTMLImageElement[], width = PICTURE_WIDTH): Promise<void> {
  const stage = new OffscreenStage(stillStageOf(session), { width });
  try {
    await stage.ready;
    for (const image of images) {
      stage.drawAt(stage.stepEnd(Number(image.dataset.step)));
      // toBlob copies the canvas as it is now, so the next step may draw over it at once.
      const blob = await pngOf(stage.canvas);
      const url = URL.createObjectURL(blob);
      image.src = url;
      await image.decode();
    }
  } finally {
    stage.dispose();
  }
}
