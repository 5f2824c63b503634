/**
 * What every e2e test file needs: a local server for the built files and its own pages, a Chromium, and a tab
 * that records what the tests check (requests, console messages, page errors, CSP violations).
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium-launch.mjs';

/** The server's origin and the browser, set once the file's `beforeAll` has run. */
export interface E2eSite {
  readonly origin: string;
  readonly browser: Browser;
}

/**
 * Starts, for the whole test file, a server answering with the handler `makeHandler` resolves to (made once the
 * build it serves is ready) and a Chromium; both are closed after the file.
 */
export function useE2eSite(makeHandler: () => Promise<RequestListener>): E2eSite {
  const site = { origin: '', browser: undefined as unknown as Browser };
  let server: Server | undefined;
  beforeAll(async () => {
    const started = createServer(await makeHandler());
    server = started;
    await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', resolve));
    site.origin = `http://127.0.0.1:${(started.address() as AddressInfo).port}`;
    site.browser = await chromium.launch(chromiumLaunchOptions());
  }, 120_000);
  afterAll(async () => {
    await site.browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });
  return site;
}

/** A tab and what it recorded. */
export interface RecordingPage {
  readonly tab: Page;
  /** Request URLs with the origin removed, in order. */
  readonly requests: string[];
  /** Console messages of the recorded types, and "page error: …" lines. */
  readonly messages: string[];
  /** CSP violations seen by the page: "directive blocked-URI". */
  violations(): Promise<string[]>;
}

/** Opens `path` on the site and waits for the element to be defined. */
export async function openRecording(
  site: E2eSite,
  path: string,
  types: readonly ReturnType<ConsoleMessage['type']>[] = ['warning'],
): Promise<RecordingPage> {
  const { browser, origin } = site;
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
