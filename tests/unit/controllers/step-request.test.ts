import { describe, expect, it, vi } from 'vitest';
import { StepRequest } from '../../../src/ui/controllers/step-request';

describe('step request', () => {
  it('holds a step until the scene is known, then checks it against that scene', () => {
    const refuse = vi.fn();
    const request = new StepRequest(refuse);
    request.ask('7');
    expect(request.pending).toBe(7);
    expect(request.take(12)).toBe(7);
    expect(request.pending).toBeUndefined();
    request.ask(13);
    expect(request.take(12)).toBeUndefined();
    expect(refuse).toHaveBeenCalledWith('step must be from 1 to 12, got 13');
  });

  it.each(['abc', '2.5', '-4', '0', '', null === null ? [] : 0])('refuses %j at once', (value) => {
    const refuse = vi.fn();
    const request = new StepRequest(refuse);
    request.ask(value);
    expect(refuse).toHaveBeenCalledTimes(1);
    expect(request.pending).toBeUndefined();
  });

  it('asks for step 1 when the attribute is removed', () => {
    const request = new StepRequest(vi.fn());
    request.ask(null);
    expect(request.take(12)).toBe(1);
  });
});

describe('step request with a step range', () => {
  it('refuses a step outside the range, and a removed attribute asks for the range\'s first step', () => {
    const refuse = vi.fn();
    const request = new StepRequest(refuse);
    request.ask(2);
    expect(request.take(12, 4, 8)).toBeUndefined();
    expect(refuse).toHaveBeenCalledWith('step must be within the range from 4 to 8, got 2');
    request.ask(6);
    expect(request.take(12, 4, 8)).toBe(6);
    request.ask(null);
    expect(request.take(12, 4, 8)).toBe(4);
  });
});
