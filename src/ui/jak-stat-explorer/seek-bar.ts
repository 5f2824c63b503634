/**
 * Moves the progress bar's thumb with the playhead, but only when it would move by about a pixel: writing a
 * range input's value costs style and layout work (about 0.6 ms a frame), which most frames would spend on no
 * visible change. The start, the end and every jump still land exactly.
 */

/** The finest change worth showing: 1/1000 of the bar (under a pixel on any bar up to 1000 px wide). */
const RESOLUTION = 1 / 1000;

/** Shows `time` on the progress bar `input` (a range from the step range's start time to its end time). */
export function syncSeekBar(input: HTMLInputElement, time: number): void {
  const min = Number(input.min);
  const max = Number(input.max);
  const shown = Number(input.value);
  if (time <= min || time >= max || !(Math.abs(time - shown) < (max - min) * RESOLUTION)) input.value = String(time);
}
