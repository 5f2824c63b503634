import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/locales/en';
import { es } from '../../src/i18n/locales/es';
import { inAnswerOrder } from '../../src/ui/jak-stat-explorer/answer-order';

describe('the order checkpoint answers are offered in', () => {
  it('keeps every answer, and puts the right one in more than one place across the questions', () => {
    const places = en.checkpoints.map((checkpoint) => {
      const offered = inAnswerOrder(checkpoint);
      expect(new Set(offered.answers)).toEqual(new Set(checkpoint.answers));
      return offered.answers.findIndex((answer) => answer.correct);
    });
    // The content lists the right answer first: offered as written, "always the first" would pass every quiz.
    expect(new Set(places).size).toBeGreaterThan(1);
    expect(places.filter((place) => place === 0).length).toBeLessThan(places.length);
  });

  it('is the same for a question in every language and every time (the answer key and LMS records agree)', () => {
    for (const checkpoint of en.checkpoints) {
      const spanish = es.checkpoints.find((c) => c.id === checkpoint.id)!;
      const place = (c: typeof checkpoint) => inAnswerOrder(c).answers.findIndex((a) => a.correct);
      expect(place(spanish), checkpoint.id).toBe(place(checkpoint));
      expect(inAnswerOrder(checkpoint)).toEqual(inAnswerOrder(checkpoint));
    }
  });
});
