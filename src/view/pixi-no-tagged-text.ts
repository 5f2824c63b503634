/**
 * Stands in for Pixi's tagged-text layout (see vite.shared.ts): Pixi uses it only for Text whose style has
 * `tagStyles` (inline `<b>`-like runs). The widget's Pixi labels are plain text, so it is left out.
 */
function notBundled(): never {
  throw new Error('Tagged text (TextStyle.tagStyles) is not bundled with JAK-STAT Explorer; use one Text per style.');
}

export const measureTaggedText = notBundled;
export const tokenizeTaggedRuns = notBundled;
export const wordWrapTaggedLines = notBundled;
