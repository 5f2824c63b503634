/**
 * Opens a page of an e2e test in its own tab, recording what the tests check: every request (relative to the
 * origin), console messages of the chosen types and page errors, and Content-Security-Policy violations.
 */
import type { Browser, ConsoleMessage } from 'playwright';

/** A tab and what it recorded. */
export interface RecordingPage {
  readonly tab: import('playwright').Page;
  /** Request URLs with the origin removed, in order. */
  readonly requests: string[];
  /** Console messages of the recorded types, and "page error: …" lines. */
  readonly messages: string[];
  /** CSP violations seen by the page: "directive blocked-URI". */
  violations(): Promise<string[]>;
}

/** Opens `origin + path` and waits for the element to be defined. */
export async function openRecording(
  browser: Browser,
  origin: string,
  path: string,
  types: readonly ReturnType<ConsoleMessage['type']>[] = ['warning'],
): Promise<RecordingPage> {
  const tab = await browser.newPage();
  const requests: string[] = [];
  const messages: string[] = [];
  tab.on('request', (request) => requests.push(request.url().replace(origin, '')));
  tab.on('console', (message) => { if (types.includes(message.type())) messages.push(message.text()); });
  tab.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const w = window as unknown as { violations: string[] };
      (w.violations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await tab.goto(`${origin}${path}`);
  await tab.waitForFunction(() => customElements.get('jak-stat-explorer'));
  return { tab, requests, messages, violations: () => tab.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []) };
}
