// One way to read what a canvas shows, for the browser tests, the e2e tests and the build checks: its pixels,
// how many distinct colours a sample of them has (is it drawn at all?) and a hash of every pixel (is it the
// same picture?). The function is self-contained so that it can also be sent into a page as text.

/**
 * Reads a 2D canvas.
 * @param {HTMLCanvasElement} canvas
 * @returns {{ data: Uint8ClampedArray, width: number, height: number, distinctColours: number, hash: number }}
 */
export function readCanvasPixels(canvas) {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas has no 2D context');
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  const pixels = new Uint32Array(data.buffer, data.byteOffset, data.length / 4);
  const colours = new Set();
  // FNV-1a over whole pixels (colour and alpha): any changed pixel changes the hash.
  let hash = 0x811c9dc5;
  for (let i = 0; i < pixels.length; i++) {
    const pixel = pixels[i];
    // Every 16th pixel is enough to tell a drawn picture (many colours) from a blank or flat one.
    if ((i & 15) === 0) colours.add(pixel & 0xffffff);
    hash = Math.imul(hash ^ pixel, 0x01000193);
  }
  return { data, width: canvas.width, height: canvas.height, distinctColours: colours.size, hash: hash >>> 0 };
}
