/**
 * Destroys a display tree and the drawing data its Graphics own. Pixi's `destroy({ children: true })` leaves
 * each Graphics' own GraphicsContext alive (it frees an owned context only when called with no options), and
 * with it the renderer's cached geometry, until Pixi's periodic clean-up runs a minute later: a widget that
 * swaps scenes, drugs or languages would carry every old picture until then. Every Graphics here owns its
 * context (none is shared), and text styles are shared, so contexts go and styles stay.
 */
import type { Container } from 'pixi.js';

export function destroyTree(root: Container): void {
  root.destroy({ children: true, context: true });
}
