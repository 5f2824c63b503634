/**
 * The embed builder as built (builder.html): its snippets, put in a fresh page, give the widget it previews (by
 * script tag and by iframe); it is clean under axe-core and works from the keyboard.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright';
import { useE2eSite } from './e2e-site';
import { siteHandler } from './app-build';

const site = useE2eSite(() => siteHandler());

/** The attributes a set-up gives the element, and the theme properties the snippets set. */
const NAMES = ['scene', 'drug', 'exposure', 'compare', 'lang', 'from', 'to', 'quiz', 'autoplay'];
const PROPS = ['--jse-fg', '--jse-bg', '--jse-accent'];

/** What a widget in `frame` is: its set-up attributes, computed theme properties, width and range. */
async function widgetIn(frame: Page | Frame, selector = 'jak-stat-explorer') {
  await frame.waitForFunction((s) => (document.querySelector(s) as { range?: unknown } | null)?.range !== undefined, selector);
  return frame.evaluate(([s, names, props]) => {
    const el = document.querySelector(s as string) as HTMLElement & { range: unknown; updateComplete: Promise<unknown> };
    const style = getComputedStyle(el);
    return {
      attributes: Object.fromEntries((names as string[]).map((n) => [n, el.getAttribute(n)])),
      theme: Object.fromEntries((props as string[]).map((p) => [p, style.getPropertyValue(p).trim()])),
      range: el.range,
    };
  }, [selector, NAMES, PROPS] as const);
}

async function openBuilder(): Promise<Page> {
  const tab = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${site.origin}/builder.html`);
  await tab.waitForFunction(() => document.querySelector('#snippet-script')?.textContent);
  expect(errors).toEqual([]);
  return tab;
}

/** Chooses a full set-up in the form, as a user would. */
async function fillForm(tab: Page) {
  await tab.selectOption('#scene', 'il4');
  await tab.selectOption('#drug', 'abrocitinib');
  await tab.fill('#exposure', '30');
  await tab.check('#compare');
  await tab.fill('#from', '4');
  await tab.fill('#to', '8');
  await tab.check('#quiz');
  await tab.selectOption('#lang', 'es');
  await tab.selectOption('#theme', 'dark');
  await tab.fill('#width', '800');
  await tab.fill('#height', '700');
}

describe('embed builder', () => {
  it('previews the set-up and writes it into every snippet and the deep link', async () => {
    const tab = await openBuilder();
    await fillForm(tab);
    const preview = await widgetIn(tab, '#preview');
    expect(preview.attributes).toEqual({ scene: 'il4', drug: 'abrocitinib', exposure: '30', compare: '', lang: 'es', from: '4', to: '8', quiz: '', autoplay: null });
    expect(preview.range).toEqual({ from: 4, to: 8 });
    expect(preview.theme['--jse-bg']).toBe('#17202b');
    const script = await tab.textContent('#snippet-script');
    expect(script).toContain(`<script type="module" src="${site.origin}/jak-stat-explorer.js"></script>`);
    expect(script).toContain('<jak-stat-explorer scene="il4" drug="abrocitinib" exposure="30" compare lang="es" from="4" to="8" quiz></jak-stat-explorer>');
    expect(await tab.textContent('#snippet-npm')).toContain("import 'jak-stat-explorer';");
    expect(await tab.textContent('#snippet-iframe')).toContain(`${site.origin}/frame.html#scene=il4&amp;drug=abrocitinib&amp;exposure=30&amp;compare=1&amp;lang=es&amp;from=4&amp;to=8&amp;quiz=1&amp;theme=dark`);
    expect(await tab.getAttribute('#deep-link', 'href')).toBe(`${site.origin}/index.html#scene=il4&drug=abrocitinib&exposure=30&compare=1&lang=es&from=4&to=8`);
    await tab.close();
  });

  it('the script-tag snippet, put in a fresh page, gives the previewed widget', async () => {
    const tab = await openBuilder();
    await fillForm(tab);
    const preview = await widgetIn(tab, '#preview');
    const snippet = (await tab.textContent('#snippet-script'))!;
    const fresh = await site.browser.newPage();
    await fresh.route(`${site.origin}/fresh.html`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>${snippet}</body></html>` }));
    await fresh.goto(`${site.origin}/fresh.html`);
    const widget = await widgetIn(fresh);
    expect(widget).toEqual(preview);
    expect(await fresh.evaluate(() => document.querySelector('jak-stat-explorer')!.getBoundingClientRect().width)).toBe(800);
    await Promise.all([tab.close(), fresh.close()]);
  });

  it('the iframe snippet, put in a fresh page, gives the previewed widget inside the frame', async () => {
    const tab = await openBuilder();
    await fillForm(tab);
    const preview = await widgetIn(tab, '#preview');
    const snippet = (await tab.textContent('#snippet-iframe'))!;
    const fresh = await site.browser.newPage();
    await fresh.route(`${site.origin}/fresh.html`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>${snippet}</body></html>` }));
    await fresh.goto(`${site.origin}/fresh.html`);
    const iframe = await fresh.waitForSelector('iframe');
    expect(await iframe.getAttribute('width')).toBe('800');
    expect(await iframe.getAttribute('height')).toBe('700');
    const frame = (await iframe.contentFrame())!;
    expect(await widgetIn(frame)).toEqual(preview);
    await Promise.all([tab.close(), fresh.close()]);
  });

  it('refuses a bad step range in the form, saying why, and keeps the last good one', async () => {
    const tab = await openBuilder();
    await tab.fill('#from', '4');
    await tab.fill('#to', '8');
    await tab.fill('#to', '2');
    expect(await tab.textContent('#range-error')).toMatch(/from 1 to 12/);
    expect(await tab.getAttribute('#to', 'aria-invalid')).toBe('true');
    expect((await widgetIn(tab, '#preview')).range).toEqual({ from: 4, to: 8 });
    await tab.close();
  });

  it('is clean under axe-core', async () => {
    const context = await site.browser.newContext({ bypassCSP: true });
    const tab = await context.newPage();
    await tab.goto(`${site.origin}/builder.html`);
    await tab.waitForFunction(() => document.querySelector('#snippet-script')?.textContent);
    await tab.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
    const violations = await tab.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run();
      return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });

  it('works from the keyboard: fields in order, a select changed by arrow keys, Copy by Enter with a spoken status', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const tab = await context.newPage();
    await tab.goto(`${site.origin}/builder.html`);
    await tab.waitForFunction(() => document.querySelector('#snippet-script')?.textContent);
    await tab.locator('.back-link').focus();
    await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('scene');
    await tab.keyboard.press('ArrowDown');
    const scene = await tab.evaluate(() => (document.querySelector('#scene') as HTMLSelectElement).value);
    expect(scene).not.toBe('il13');
    expect(await tab.getAttribute('#preview', 'scene')).toBe(scene);
    expect(await tab.textContent('#snippet-script')).toContain(`scene="${scene}"`);
    await tab.locator('button[data-copy="snippet-iframe"]').focus();
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => document.querySelector('#copy-status')?.textContent);
    expect(await tab.textContent('#copy-status')).toBe('Copied: iframe.');
    expect(await tab.getAttribute('#copy-status', 'aria-live')).toBe('polite');
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toContain('<iframe');
    await context.close();
  });
});
