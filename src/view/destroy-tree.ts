/**
 * Destroys a display tree and the drawing data its Graphics own. Pixi's `destroy({ children: true })` leaves
 * each Graphics' own GraphicsContext alive (it frees an owned context only when called with no options), and
 * with it the renderer's cached geometry, until Pixi's periodic clean-up runs a minute later: a widget that
 * swaps scenes, drugs or languages would carry every old picture until then. Every Graphics here owns its
 * context (none is shared), and text styles are shared, so contexts go and styles stay.
 *
 * The labels' measurements go too: Pixi caches each measured text (per text and style, up to a thousand) for
 * the life of the page, so a page that swaps widgets or languages would fill that cache with words no picture
 * shows any more. A label still shown by another widget is simply measured again when next needed.
 */
import { CanvasTextMetrics, Text, type Container } from 'pixi.js';

/** The measurement cache (internal to Pixi, hence the narrow type). */
const measured = (CanvasTextMetrics as unknown as { _measurementCache?: { delete(key: string): unknown } })._measurementCache;

function forgetMeasurements(node: Container): void {
  if (node instanceof Text) {
    // The key Pixi files a measurement under (CanvasTextMetrics.measureText).
    measured?.delete(`${node.text}-${node.style.styleKey}-wordWrap-${node.style.wordWrap}`);
  }
  for (const child of node.children) forgetMeasurements(child);
}

export function destroyTree(root: Container): void {
  if (!root.destroyed) forgetMeasurements(root);
  root.destroy({ children: true, context: true });
}
