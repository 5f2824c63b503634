/**
 * Step ranges in the built embed module (the acceptance check): with from="4" to="8", next() at 8 and
 * previous() at 4 do nothing, Home goes to 4 and End to 8 (play ending at 8 is checked in tests/browser/step-range.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { embedBuildDir } from './embed-module';
import { serveFolders } from './app-build';
import { useE2eSite } from './e2e-site';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>range</title>
<meta http-equiv="Content-Security-Policy" content="script-src 'self'"></head>
<body><jak-stat-explorer scene="il13" from="4" to="8" reduced-motion></jak-stat-explorer>
<script type="module" src="jak-stat-explorer.js"></script></body></html>`;

const site = useE2eSite(async () => serveFolders([await embedBuildDir()], { '/range.html': PAGE }));

describe('step range in the built module', () => {
  it('keeps next, previous, Home and End to steps 4–8', async () => {
    const tab = await site.browser.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (error) => problems.push(error.message));
    await tab.goto(`${site.origin}/range.html`);
    await tab.waitForFunction(() => (document.querySelector('jak-stat-explorer') as unknown as { range?: unknown }).range !== undefined);
    const result = await tab.evaluate(async () => {
      type El = HTMLElement & { step: number; range: { from: number; to: number }; next(): void; previous(): void; goToStep(n: number): void; play(): void; updateComplete: Promise<unknown> };
      const el = document.querySelector('jak-stat-explorer') as El;
      const settle = async () => { await new Promise((r) => setTimeout(r, 50)); await el.updateComplete; };
      const seen: Record<string, unknown> = { start: el.step, range: el.range };
      el.goToStep(8);
      await settle();
      el.next();
      await settle();
      seen.afterNextAt8 = el.step;
      el.goToStep(4);
      await settle();
      el.previous();
      await settle();
      seen.afterPreviousAt4 = el.step;
      el.focus();
      el.goToStep(6);
      await settle();
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
      await settle();
      seen.home = el.step;
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
      await settle();
      seen.end = el.step;
      return seen;
    });
    expect(result).toEqual({ start: 4, range: { from: 4, to: 8 }, afterNextAt8: 8, afterPreviousAt4: 4, home: 4, end: 8 });
    expect(problems).toEqual([]);
    await tab.close();
  });
});
