import { describe, expect, it, vi } from 'vitest';
import { QuizGate } from '../../../src/ui/controllers/quiz-gate';
import type { Checkpoint } from '../../../src/i18n/content-types';
import { FakeHost } from './fake-host';

const question: Checkpoint = {
  id: 'q1',
  afterStep: 'x',
  question: 'What happens next?',
  answers: [{ text: 'Right', correct: true, feedback: 'Yes' }, { text: 'Wrong', correct: false, feedback: 'No' }],
} as unknown as Checkpoint;

function setup(enabled = true) {
  const host = new FakeHost(['checkpoint']);
  const moveOn = vi.fn();
  const state = { enabled };
  const gate = new QuizGate(host, { isEnabled: () => state.enabled, checkpointAt: (step) => (step === 3 ? question : undefined), moveOn });
  return { host, gate, moveOn, state };
}

describe('quiz gate', () => {
  it('never holds out of quiz mode', () => {
    const { gate } = setup(false);
    expect(gate.mayLeave(3)).toBe(true);
  });

  it('holds at a step with an unanswered question, asks it, and lets go once answered', () => {
    const { gate, host, moveOn } = setup();
    expect(gate.mayLeave(2)).toBe(true);
    expect(gate.mayLeave(3)).toBe(false);
    gate.hold(3);
    expect(gate.holding).toBe(true);
    expect(gate.asking?.checkpoint.id).toBe('q1');
    gate.actions.choose(1);
    gate.actions.check();
    expect(host.events.map((e) => e.detail)).toEqual([{ questionId: 'q1', correct: false }]);
    gate.actions.resume();
    expect(gate.holding).toBe(false);
    expect(moveOn).toHaveBeenCalledTimes(1);
    expect(gate.mayLeave(3)).toBe(true);
  });

  it('checks nothing before an answer is chosen', () => {
    const { gate, host } = setup();
    gate.hold(3);
    gate.actions.check();
    expect(host.events).toHaveLength(0);
  });

  it('closes a question when another step is shown, and asks again later', () => {
    const { gate } = setup();
    gate.hold(3);
    gate.stepShown(1);
    expect(gate.holding).toBe(false);
    expect(gate.mayLeave(3)).toBe(false);
  });

  it('forgets answers when reset (a new scene)', () => {
    const { gate } = setup();
    gate.hold(3);
    gate.actions.choose(0);
    gate.actions.check();
    gate.actions.resume();
    gate.reset();
    expect(gate.mayLeave(3)).toBe(false);
  });
});
