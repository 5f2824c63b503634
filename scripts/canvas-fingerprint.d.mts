/** What a 2D canvas shows: its pixels, the distinct colours of a sample of them, and a hash of every pixel. */
export function readCanvasPixels(canvas: HTMLCanvasElement): {
  data: Uint8ClampedArray;
  width: number;
  height: number;
  distinctColours: number;
  hash: number;
};
