/**
 * Random actions on three widgets, every invariant checked after every action (tests/browser/fuzz/).
 * Replay or change a run with VITE_FUZZ_SEED, VITE_FUZZ_ACTIONS and VITE_FUZZ_EXCLUDE (comma-separated words of
 * action labels to leave out); `npm run fuzz` is the long run.
 */
import { describe, expect, it } from 'vitest';
import { planActions } from './fuzz/actions';
import { formatReport, runFuzz } from './fuzz/run-fuzz';
import { REPRODUCTIONS } from './fuzz/reproductions';

const SEED = Number(import.meta.env.VITE_FUZZ_SEED ?? 20261126);
const ACTIONS = Number(import.meta.env.VITE_FUZZ_ACTIONS ?? 500);
const EXCLUDE = String(import.meta.env.VITE_FUZZ_EXCLUDE ?? '').split(',').filter(Boolean);

describe('fuzz', () => {
  it('plans the same actions for the same seed, and other actions for another seed', () => {
    const labels = (seed: number) => planActions(seed, 300).map((a) => a.label);
    expect(labels(SEED)).toEqual(labels(SEED));
    expect(labels(SEED + 1)).not.toEqual(labels(SEED));
  });

  // The timeout is generous so that a failing run still prints its report (a hang shows up as `slow-action`).
  it(`keeps every invariant through ${ACTIONS} random actions on three widgets (seed ${SEED})`, async () => {
    const result = await runFuzz({ seed: SEED, count: ACTIONS, exclude: EXCLUDE });
    expect(result.log).toEqual(planActions(SEED, ACTIONS, EXCLUDE).map((a, i) => `#${i} ${a.label}`));
    const report = `${formatReport(result)}\n\nreplay with VITE_FUZZ_SEED=${SEED} VITE_FUZZ_ACTIONS=${ACTIONS}`;
    if (result.violations.length) console.log(report);
    expect(result.counts, report).toEqual({});
  }, 300_000);

  // Defects earlier runs found, each as its shortest known sequence, so a fix is checked directly.
  it.each(Object.entries(REPRODUCTIONS))('no longer breaks: %s', async (_name, actions) => {
    // Only as many widgets as the sequence names, plus two where it is about every widget on the page.
    const named = Math.max(...actions.map((a) => a.widget ?? 0)) + 1;
    const result = await runFuzz({ seed: 0, actions, widgets: actions.some((a) => a.kind === 'page-lang') ? 3 : named });
    expect(result.counts, formatReport(result)).toEqual({});
  });
});
