/**
 * How long Play holds on a finished step so that its narration can be read: a short base plus time per
 * character (about 14 characters a second, a comfortable pace for a 15-year-old reading along).
 */
export function readingSeconds(text: string): number {
  return 1.5 + text.length / 14;
}
