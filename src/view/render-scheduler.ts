/**
 * Batches drawing: widgets ask for a frame when something changed, and everything asked for within one task
 * (one animation tick of GSAP's ticker, one click, one resize) is drawn once, at the end of that task: in the
 * same frame as the change, never a frame late. Nothing asks while a widget is paused and idle, so nothing is
 * drawn then.
 */

/** Something that can draw itself. */
export interface Drawable {
  drawNow(): void;
}

const pending = new Set<Drawable>();
let scheduled = false;

/** Asks for `drawable` to be drawn on the next animation frame (once, however often it asks). */
export function requestDraw(drawable: Drawable): void {
  pending.add(drawable);
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(flush);
}

/** Forgets a pending request (e.g. a widget leaving the page). */
export function cancelDraw(drawable: Drawable): void {
  pending.delete(drawable);
}

function flush(): void {
  scheduled = false;
  const batch = [...pending];
  pending.clear();
  for (const drawable of batch) drawable.drawNow();
}
