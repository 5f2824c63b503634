/** The long run's page (scripts/fuzz-long.mjs): exposes the fuzz runner to the script driving the browser. */
import { formatReport, runFuzz, type FuzzOptions } from './run-fuzz';

declare global {
  interface Window {
    fuzz: { run(options: FuzzOptions & { progress?: boolean }): Promise<{ result: unknown; report: string }> };
    /** Set by the driving script (page.exposeFunction) to print progress. */
    fuzzProgress?: (done: number, violations: number) => void;
  }
}

window.fuzz = {
  async run(options) {
    const result = await runFuzz({ ...options, onProgress: (done, violations) => window.fuzzProgress?.(done, violations) });
    return { result: { ...result, log: undefined, violations: result.violations.slice(0, 2000) }, report: formatReport(result, 4) };
  },
};
document.body.dataset.ready = 'true';
