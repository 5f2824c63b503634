import { describe, expect, it } from 'vitest';
import { readingSeconds } from '../../src/timeline/reading-time';
import { SCENES } from '../../scenes';

describe('reading time (how long Play holds on a finished step)', () => {
  it('is a short base plus about 14 characters a second', () => {
    expect(readingSeconds('')).toBe(1.5);
    expect(readingSeconds('x'.repeat(140))).toBeCloseTo(11.5, 9);
  });

  it('grows with the text, and gives every shipped step a few seconds to a minute', () => {
    expect(readingSeconds('a longer sentence')).toBeGreaterThan(readingSeconds('short'));
    for (const scene of Object.values(SCENES)) {
      for (const step of scene.steps) {
        const seconds = readingSeconds(step.text);
        expect(seconds, `${scene.id} ${step.id}`).toBeGreaterThan(3);
        expect(seconds, `${scene.id} ${step.id}`).toBeLessThan(60);
      }
    }
  });
});
