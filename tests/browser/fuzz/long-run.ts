/** The long run's page (scripts/fuzz-long.mjs): exposes the fuzz runner and the shrinker to the driving script. */
import { planActions } from './actions';
import { formatReport, runFuzz, type FuzzOptions } from './run-fuzz';
import { shrinkActions } from './shrink';

declare global {
  interface Window {
    fuzz: {
      run(options: FuzzOptions): Promise<{ result: unknown; report: string }>;
      /** The shortest prefix-derived action list that still breaks `invariant`, as log lines. */
      shrink(options: { seed: number; count: number; exclude: string[]; invariant: string; upTo: number }): Promise<string[]>;
    };
    /** Set by the driving script (page.exposeFunction) to print progress. */
    fuzzProgress?: (done: number, violations: number) => void;
  }
}

window.fuzz = {
  async run(options) {
    const result = await runFuzz({ ...options, onProgress: (done, violations) => window.fuzzProgress?.(done, violations) });
    return { result: { ...result, log: undefined, violations: result.violations.slice(0, 2000) }, report: formatReport(result, 4) };
  },
  async shrink({ seed, count, exclude, invariant, upTo }) {
    const plan = planActions(seed, count, exclude).slice(0, upTo + 1);
    return (await shrinkActions(plan, invariant)).map((spec) => spec.label);
  },
};
document.body.dataset.ready = 'true';
