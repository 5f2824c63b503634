/**
 * The SCORM 1.2 package (`npm run package:scorm`) in a real run-time: the zip is unpacked, its imsmanifest.xml
 * checked, and its SCO launched in an iframe of a page whose `window.API` is scorm-again's Scorm12API, the
 * LMS side of a real SCORM 1.2 implementation (no hand-made mock). Checkpoints are answered in the SCO through
 * its quiz UI, and the test reads what the run-time received.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright';
import { useE2eSite } from './e2e-site';
import { appBuildDir, serveFolders } from './app-build';
// @ts-expect-error: a plain ES module script without types
import { packageScorm } from '../../scripts/package-scorm.mjs';

const MASTERY = 80;
let files: Record<string, Uint8Array> = {};
// The UMD build (defines `Scorm12API` on the page): what the package's `require` condition of `scorm-again/scorm12` names.
const scormAgain = readFileSync(createRequire(import.meta.url).resolve('scorm-again/scorm12'), 'utf8');

/** The LMS page: scorm-again's run-time as `window.API`, every value set and every commit recorded. */
const LMS_SCRIPT = `
window.lms = { sets: [], commits: [], finishes: 0 };
window.startAttempt = function (saved) {
  var api = new Scorm12API({ autocommit: false, logLevel: 5 });
  api.loadFromJSON(saved);
  api.on('LMSSetValue.cmi.*', function (element, value) { lms.sets.push([element, value]); });
  api.on('LMSCommit', function () { lms.commits.push(api.renderCommitCMI(false)); });
  api.on('LMSFinish', function () { lms.finishes++; });
  window.API = api;
};
window.launch = function (href) { document.getElementById('sco').src = href; };
`;
const LMS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title><link rel="icon" href="data:,">
<script src="/vendor/scorm12.js"></script><script src="/lms.js"></script></head>
<body><iframe id="sco" title="lesson" width="1000" height="800"></iframe></body></html>`;

const site = useE2eSite(async () => {
  const built = await appBuildDir();
  const out = join(mkdtempSync(join(tmpdir(), 'jse-scorm-test-')), 'package.zip');
  await packageScorm({ scene: 'il4', mastery: MASTERY, site: built, out });
  files = unzipSync(new Uint8Array(readFileSync(out)));
  const unpacked = mkdtempSync(join(tmpdir(), 'jse-scorm-unpacked-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(unpacked, 'pkg', name)), { recursive: true });
    writeFileSync(join(unpacked, 'pkg', name), content);
  }
  mkdirSync(join(unpacked, 'vendor'));
  writeFileSync(join(unpacked, 'vendor', 'scorm12.js'), scormAgain);
  writeFileSync(join(unpacked, 'lms.js'), LMS_SCRIPT);
  return serveFolders([unpacked], { '/lms.html': LMS_PAGE });
});

const text = (name: string) => new TextDecoder().decode(files[name]);

/** The manifest parsed by Chromium's DOMParser: its launch URL, file list and mastery score, and any problem. */
async function readManifest(tab: Page) {
  return tab.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const CP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
    const ADL = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
    const one = (parent: Element | Document, name: string) => parent.getElementsByTagNameNS(CP, name)[0];
    const root = doc.documentElement;
    const organizations = one(doc, 'organizations');
    const organization = one(doc, 'organization');
    const item = one(doc, 'item');
    const resource = one(doc, 'resource');
    return {
      parseError: doc.getElementsByTagName('parsererror').length > 0,
      root: `${root.namespaceURI} ${root.localName}`,
      identifier: root.getAttribute('identifier'),
      schema: one(doc, 'schema')?.textContent,
      schemaversion: one(doc, 'schemaversion')?.textContent,
      defaultOrganization: organizations?.getAttribute('default') === organization?.getAttribute('identifier'),
      itemTitle: one(item!, 'title')?.textContent,
      itemResource: item?.getAttribute('identifierref') === resource?.getAttribute('identifier'),
      mastery: item?.getElementsByTagNameNS(ADL, 'masteryscore')[0]?.textContent,
      scormtype: resource?.getAttributeNS(ADL, 'scormtype'),
      type: resource?.getAttribute('type'),
      href: resource?.getAttribute('href'),
      files: [...resource!.getElementsByTagNameNS(CP, 'file')].map((f) => f.getAttribute('href')),
    };
  }, text('imsmanifest.xml'));
}

/** The widget in the SCO frame, once it is up. */
async function scoFrame(tab: Page): Promise<Frame> {
  let frame: Frame | null = null;
  for (let tries = 0; !frame && tries < 100; tries++) {
    frame = tab.frame({ url: /scorm\.html/ });
    if (!frame) await tab.waitForTimeout(50);
  }
  if (!frame) throw new Error('the SCO did not load');
  await frame.waitForFunction(() => (document.querySelector('jak-stat-explorer') as { range?: unknown } | null)?.range !== undefined);
  return frame;
}

/**
 * Steps through the SCO with Next until step `until`, answering every checkpoint on the way through the quiz UI
 * (always the first answer, so some are right and some wrong); returns what each `checkpoint` event said.
 */
function answerOnTheWay(frame: Frame, until: number) {
  return frame.evaluate(async (last) => {
    const el = document.querySelector('jak-stat-explorer') as HTMLElement & {
      step: number; reducedMotion: boolean; next(): void; updateComplete: Promise<unknown>;
    };
    const events: { questionId: string; correct: boolean }[] = [];
    el.addEventListener('checkpoint', (e) => events.push((e as CustomEvent).detail));
    el.reducedMotion = true; // each step's end at once: no waiting for animations
    const settle = async () => { await new Promise((r) => setTimeout(r, 30)); await el.updateComplete; };
    for (let guard = 0; guard < 80 && el.step < last; guard++) {
      el.next();
      await settle();
      const panel = el.shadowRoot!.querySelector('.checkpoint');
      if (!panel) continue;
      panel.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
      await settle();
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.checkpoint-action')!.click(); // check
      await settle();
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.checkpoint-action')!.click(); // continue
      await settle();
    }
    return { events, step: el.step };
  }, until);
}

const cmi = (tab: Page) => tab.evaluate(() => {
  // What the run-time holds now (cmi.core.exit is write-only there: read it from the values set).
  const core = (window as unknown as { API: { cmi: { core: { score: { raw: string }; lesson_status: string; lesson_location: string }; suspend_data: string } } }).API.cmi;
  const sets = (window as unknown as { lms: { sets: [string, string][] } }).lms.sets;
  const exit = sets.filter(([element]) => element === 'cmi.core.exit').at(-1)?.[1];
  return { raw: core.core.score.raw, status: core.core.lesson_status, location: core.core.lesson_location, exit, suspend: core.suspend_data };
});

describe('SCORM 1.2 package', () => {
  it('has a valid imsmanifest.xml: ADL SCORM 1.2, one SCO launching scorm.html in the chosen scene, every file in the zip', async () => {
    const tab = await site.browser.newPage();
    const m = await readManifest(tab);
    expect(m.parseError).toBe(false);
    expect(m.root).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2 manifest');
    expect(m.identifier).toBeTruthy();
    expect([m.schema, m.schemaversion]).toEqual(['ADL SCORM', '1.2']);
    expect(m.defaultOrganization).toBe(true);
    expect(m.itemResource).toBe(true);
    expect(m.itemTitle).toMatch(/IL-4/);
    expect([m.scormtype, m.type]).toEqual(['sco', 'webcontent']);
    expect(m.mastery).toBe(String(MASTERY));
    expect(m.href).toBe(`scorm.html?scene=il4&mastery=${MASTERY}`);
    expect(m.files[0]).toBe('scorm.html');
    for (const file of m.files) expect(files[file!], file!).toBeDefined();
    // …and the zip holds nothing the manifest does not list.
    expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', ...m.files].sort());
    // The lazy parts are in: the drug's panels and the Spanish language module.
    expect(m.files.some((f) => /treatment-panels/.test(f!))).toBe(true);
    expect(m.files.some((f) => /assets\/es-/.test(f!))).toBe(true);
    await tab.close();
  });

  it('reports checkpoint answers as score and status to a SCORM 1.2 run-time, and resumes at the last step', async () => {
    const tab = await site.browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    tab.on('response', (response) => { if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`); });
    await tab.goto(`${site.origin}/lms.html`);
    const href = (await readManifest(tab)).href!;
    // The LMS starts an attempt with the mastery score from the manifest, as SCORM 1.2 run-times do.
    await tab.evaluate((mastery) => (window as unknown as { startAttempt(d: object): void }).startAttempt({ student_data: { mastery_score: mastery } }), String(MASTERY));
    await tab.evaluate((url) => (window as unknown as { launch(u: string): void }).launch(url), `/pkg/${href}`);
    let frame = await scoFrame(tab);
    expect(await frame.evaluate(() => document.querySelector('jak-stat-explorer')!.getAttribute('scene'))).toBe('il4');
    expect(await frame.evaluate(() => document.querySelector('jak-stat-explorer')!.hasAttribute('quiz'))).toBe(true);
    expect((await cmi(tab)).status).toBe('incomplete');

    // First launch: part of the way, then the learner leaves.
    const first = await answerOnTheWay(frame, 6);
    expect(first.step).toBe(6);
    expect(first.events.length).toBeGreaterThan(0);
    const score = (events: { correct: boolean }[]) => String(Math.round((100 * events.filter((e) => e.correct).length) / events.length));
    let now = await cmi(tab);
    expect(now.raw).toBe(score(first.events));
    expect(now.status).toBe('incomplete');
    expect(now.location).toBe('6');
    await tab.evaluate(() => (window as unknown as { launch(u: string): void }).launch('about:blank'));
    await tab.waitForFunction(() => (window as unknown as { lms: { finishes: number } }).lms.finishes === 1);
    now = await cmi(tab);
    expect(now.exit).toBe('suspend');
    const lms = await tab.evaluate(() => (window as unknown as { lms: { sets: [string, string][]; commits: { cmi: { core: { score: { raw: string } } } }[] } }).lms);
    expect(lms.sets.map(([element]) => element)).toEqual(expect.arrayContaining(['cmi.core.score.raw', 'cmi.core.lesson_status', 'cmi.core.lesson_location', 'cmi.suspend_data', 'cmi.core.session_time', 'cmi.core.exit']));
    expect(lms.commits.at(-1)!.cmi.core.score.raw).toBe(score(first.events));

    // Relaunch: the LMS hands back what it stored; the SCO resumes at step 6 and carries on to the end.
    await tab.evaluate(({ mastery, saved }) => (window as unknown as { startAttempt(d: object): void }).startAttempt({
      student_data: { mastery_score: mastery },
      core: { lesson_location: saved.location, lesson_status: saved.status, entry: 'resume', score: { raw: saved.raw } },
      suspend_data: saved.suspend,
    }), { mastery: String(MASTERY), saved: now });
    await tab.evaluate((url) => (window as unknown as { launch(u: string): void }).launch(url), `/pkg/${href}`);
    frame = await scoFrame(tab);
    await frame.waitForFunction(() => (document.querySelector('jak-stat-explorer') as unknown as { step: number }).step === 6);
    const last = await frame.evaluate(() => (document.querySelector('jak-stat-explorer') as unknown as { stepCount: number }).stepCount);
    const second = await answerOnTheWay(frame, last);
    expect(second.step).toBe(last);
    expect(second.events.length).toBeGreaterThan(0);
    const all = [...first.events, ...second.events];
    now = await cmi(tab);
    expect(now.raw).toBe(score(all));
    expect(now.status).toBe(Number(score(all)) >= MASTERY ? 'passed' : 'failed');
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('runs as a plain page when there is no LMS', async () => {
    const tab = await site.browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text()); });
    await tab.goto(`${site.origin}/pkg/scorm.html?scene=il4&mastery=80`);
    await tab.waitForFunction(() => (document.querySelector('jak-stat-explorer') as { range?: unknown } | null)?.range !== undefined);
    const state = await tab.evaluate(() => {
      const el = document.querySelector('jak-stat-explorer') as HTMLElement & { step: number };
      el.dispatchEvent(new Event('pagehide'));
      return { scene: el.getAttribute('scene'), quiz: el.hasAttribute('quiz'), step: el.step };
    });
    expect(state).toEqual({ scene: 'il4', quiz: true, step: 1 });
    expect(errors).toEqual([]);
    await tab.close();
  });
});
