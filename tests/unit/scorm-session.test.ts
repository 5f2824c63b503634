import { describe, expect, it } from 'vitest';
import type { Scorm12Api } from '../../src/app/scorm/find-api';
import { findScormApi } from '../../src/app/scorm/find-api';
import { ScormSession, sessionTime } from '../../src/app/scorm/scorm-session';

/** A stand-in run-time for unit tests only (the e2e test uses scorm-again's real one): a store and a call log. */
function fakeApi(initial: Record<string, string> = {}) {
  const data: Record<string, string> = { 'cmi.core.lesson_status': 'not attempted', ...initial };
  const calls: string[] = [];
  const api: Scorm12Api = {
    LMSInitialize: () => { calls.push('init'); return 'true'; },
    LMSFinish: () => { calls.push('finish'); return 'true'; },
    LMSGetValue: (key) => data[key] ?? '',
    LMSSetValue: (key, value) => { data[key] = value; return 'true'; },
    LMSCommit: () => { calls.push('commit'); return 'true'; },
    LMSGetLastError: () => '0',
  };
  return { api, data, calls };
}

describe('SCORM session', () => {
  it('starts incomplete with a 0–100 score range, and reports the score as correct / asked', () => {
    const { api, data, calls } = fakeApi();
    const session = new ScormSession(api, { lastStep: () => 12 });
    expect(session.start()).toBeUndefined();
    expect(data['cmi.core.lesson_status']).toBe('incomplete');
    expect([data['cmi.core.score.min'], data['cmi.core.score.max']]).toEqual(['0', '100']);
    session.answered('q1', true);
    session.answered('q2', false);
    session.answered('q3', true);
    expect(data['cmi.core.score.raw']).toBe('67');
    // A question answered again keeps its first answer.
    session.answered('q2', true);
    expect(data['cmi.core.score.raw']).toBe('67');
    expect(data['cmi.core.lesson_status']).toBe('incomplete');
    expect(calls.filter((c) => c === 'commit').length).toBeGreaterThanOrEqual(5);
  });

  it('at the last step: passed or failed by the LMS\'s mastery score, else the page\'s, else completed', () => {
    const passed = fakeApi({ 'cmi.student_data.mastery_score': '60' });
    const a = new ScormSession(passed.api, { mastery: 90, lastStep: () => 8 });
    a.start();
    a.answered('q1', true);
    a.answered('q2', true);
    a.answered('q3', false);
    a.stepShown(7);
    expect(passed.data['cmi.core.lesson_status']).toBe('incomplete');
    a.stepShown(8);
    expect(passed.data['cmi.core.lesson_status']).toBe('passed');

    const failed = fakeApi();
    const b = new ScormSession(failed.api, { mastery: 80, lastStep: () => 8 });
    b.start();
    b.answered('q1', true);
    b.answered('q2', false);
    b.stepShown(8);
    expect(failed.data['cmi.core.score.raw']).toBe('50');
    expect(failed.data['cmi.core.lesson_status']).toBe('failed');

    const completed = fakeApi();
    const c = new ScormSession(completed.api, { lastStep: () => 8 });
    c.start();
    c.answered('q1', false);
    c.stepShown(8);
    expect(completed.data['cmi.core.lesson_status']).toBe('completed');
  });

  it('keeps the step and answers in suspend data and the location, resumes from them, and finishes with exit and time', () => {
    let now = 0;
    const first = fakeApi();
    const a = new ScormSession(first.api, { mastery: 80, lastStep: () => 12, now: () => now });
    a.start();
    a.answered('q1', true);
    a.stepShown(5);
    now = 83_450;
    a.finish();
    expect(first.data['cmi.core.lesson_location']).toBe('5');
    expect(first.data['cmi.core.exit']).toBe('suspend');
    expect(first.data['cmi.core.session_time']).toBe('0000:01:23.45');
    expect(first.calls.slice(-2)).toEqual(['commit', 'finish']);
    // Calls after finishing send nothing.
    a.stepShown(6);
    expect(first.data['cmi.core.lesson_location']).toBe('5');

    const second = fakeApi({ 'cmi.suspend_data': first.data['cmi.suspend_data']!, 'cmi.core.lesson_location': '5', 'cmi.core.lesson_status': 'incomplete' });
    const b = new ScormSession(second.api, { mastery: 80, lastStep: () => 12 });
    expect(b.start()).toBe(5);
    b.answered('q2', false);
    expect(second.data['cmi.core.score.raw']).toBe('50');
  });

  it('falls back to the lesson location, ignores suspend data that is not its own, and sends nothing when the LMS refuses to start', () => {
    const { api } = fakeApi({ 'cmi.suspend_data': 'not json', 'cmi.core.lesson_location': '3' });
    expect(new ScormSession(api, { lastStep: () => 12 }).start()).toBe(3);
    const refusing = fakeApi();
    refusing.api.LMSInitialize = () => 'false';
    const session = new ScormSession(refusing.api, { lastStep: () => 12 });
    expect(session.start()).toBeUndefined();
    session.answered('q1', true);
    session.finish();
    expect(refusing.calls).toEqual([]);
  });

  it('writes session time as SCORM 1.2 CMITimespan', () => {
    expect(sessionTime(0)).toBe('0000:00:00.00');
    expect(sessionTime(3_600_000 * 2 + 61_500)).toBe('0002:01:01.50');
  });
});

describe('SCORM API discovery', () => {
  const api = fakeApi().api;
  const win = (props: object) => props as unknown as Window;

  it('finds API on a parent, up the chain, then on the opener\'s chain; none on a plain page', () => {
    const top = win({ API: api });
    (top as { parent: Window }).parent = top;
    const middle = win({ parent: top });
    const page = win({ parent: middle });
    expect(findScormApi(page)).toBe(api);
    const plain = win({});
    (plain as { parent: Window; top: Window }).parent = plain;
    (plain as { top: Window }).top = plain;
    expect(findScormApi(plain)).toBeUndefined();
    const popup = win({});
    (popup as { parent: Window }).parent = popup;
    (popup as { top: Window & { opener: Window } }).top = Object.assign(popup, { opener: middle });
    expect(findScormApi(popup)).toBe(api);
  });

  it('treats a window it may not read (another origin) as having none', () => {
    const foreign = {} as Window;
    Object.defineProperty(foreign, 'API', { get() { throw new DOMException('blocked', 'SecurityError'); } });
    (foreign as { parent: Window }).parent = foreign;
    (foreign as { top: Window }).top = foreign;
    expect(findScormApi(foreign)).toBeUndefined();
  });
});
