/**
 * The printable handout of the built app (handout.html): one section per step, each with a picture drawn from
 * the stage (decoded, not blank, different for every step), the chosen language throughout, the drug card with
 * a drug, the answer key on a page of its own, a PDF of at most steps + 3 pages on A4 and on US Letter, no step
 * taller than a printed page, axe-core clean, and the app page linking to the handout of the view it shows.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { readCanvasPixels } from '../../scripts/canvas-fingerprint.mjs';
import { useE2eSite } from './e2e-site';
import { appBuildDir, serveFolder } from './app-build';

const site = useE2eSite(async () => serveFolder(await appBuildDir()));

/** The number of pages of a PDF: its `/Type /Page` objects (not the `/Type /Pages` tree nodes). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** Printable height of US Letter, the shorter of the two papers, with the handout's 15 mm margins, in CSS px. */
const LETTER_PRINTABLE_PX = ((279.4 - 30) / 25.4) * 96;
/** Printable width of A4, the narrower of the two, in CSS px: the print layout is checked at this width. */
const A4_PRINTABLE_WIDTH_PX = Math.floor(((210 - 30) / 25.4) * 96);

/** Opens a handout and waits for every picture; records page errors, warnings and CSP violations. */
async function openHandout(hash: string, options: { bypassCSP?: boolean } = {}) {
  const context = await site.browser.newContext({ viewport: { width: 1000, height: 900 }, bypassCSP: options.bypassCSP ?? false });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text()); });
  await page.addInitScript(`window.readCanvasPixels = ${readCanvasPixels.toString()};`);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const w = window as unknown as { violations: string[] };
      (w.violations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(`${site.origin}/handout.html#${hash}`);
  await page.waitForFunction(() => { const main = document.querySelector('main'); return main !== null && !main.hasAttribute('aria-busy'); }, null, { timeout: 60_000 });
  return { page, problems, close: () => context.close() };
}

/** What each step section shows: heading, and its picture's size, colours and pixel hash. */
function readSections(page: Page) {
  return page.evaluate(() => {
    const read = (window as unknown as { readCanvasPixels: (c: HTMLCanvasElement) => { distinctColours: number; hash: number } }).readCanvasPixels;
    return [...document.querySelectorAll('section.step')].map((section) => {
      const img = section.querySelector('img');
      const canvas = document.createElement('canvas');
      canvas.width = img?.naturalWidth ?? 0;
      canvas.height = img?.naturalHeight ?? 0;
      if (img && canvas.width > 0) canvas.getContext('2d')!.drawImage(img, 0, 0);
      const pixels = canvas.width > 0 ? read(canvas) : { distinctColours: 0, hash: 0 };
      return {
        heading: section.querySelector('h2')?.textContent ?? '',
        naturalWidth: img?.naturalWidth ?? 0,
        alt: img?.alt ?? '',
        colours: pixels.distinctColours,
        hash: pixels.hash,
        narration: section.querySelector('.narration')?.textContent ?? '',
        sources: section.querySelectorAll('.sources li').length,
      };
    });
  });
}

describe('the printable handout', () => {
  for (const [scene, lang] of [['il4', 'en'], ['il4', 'es'], ['il31', 'en'], ['il31', 'es']] as const) {
    it(`${scene} in ${lang}: a section per step, each with a drawn picture, in the language asked for; prints to at most steps + 3 pages`, async () => {
      const { page, problems, close } = await openHandout(`scene=${scene}&lang=${lang}`);
      const sections = await readSections(page);
      const steps = 12;
      expect(sections).toHaveLength(steps);
      sections.forEach((section, i) => {
        expect(section.heading).toMatch(new RegExp(`^${lang === 'es' ? 'Paso' : 'Step'} ${i + 1} ${lang === 'es' ? 'de' : 'of'} ${steps}: \\S`));
        expect(section.naturalWidth, section.heading).toBe(1280);
        expect(section.colours, section.heading).toBeGreaterThan(40);
        expect(section.alt.length, section.heading).toBeGreaterThan(20);
        expect(section.narration.length, section.heading).toBeGreaterThan(20);
        expect(section.sources, section.heading).toBeGreaterThan(0);
      });
      // Each picture is its own step's end state.
      expect(new Set(sections.map((s) => s.hash)).size).toBe(steps);
      const page1 = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        glossary: document.querySelectorAll('.glossary dt').length,
        questions: document.querySelectorAll('.checkpoints .question').length,
        keys: document.querySelectorAll('.answer-key li').length,
        drugCard: document.querySelector('.drug-card') !== null,
        print: document.querySelector('.print-button')?.textContent ?? '',
      }));
      expect(page1.lang).toBe(lang);
      expect(page1.title).toMatch(lang === 'es' ? /^Ficha: / : /^Handout: /);
      expect(page1.print).toBe(lang === 'es' ? 'Imprimir' : 'Print');
      expect(page1.glossary).toBeGreaterThan(5);
      expect(page1.questions).toBeGreaterThan(0);
      expect(page1.keys).toBe(page1.questions);
      expect(page1.drugCard).toBe(false);
      // Spanish narration, not English, under a Spanish heading.
      if (lang === 'es') expect(sections.map((s) => s.narration).join(' ')).toMatch(/\b(la|el|de|una?)\b/);
      for (const format of ['A4', 'Letter'] as const) {
        const pages = pdfPageCount(await page.pdf({ format }));
        expect(pages, format).toBeGreaterThan(1);
        expect(pages, format).toBeLessThanOrEqual(steps + 3);
      }
      expect(await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])).toEqual([]);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('with a drug: the drug card (occupancy and facts, open) and drug notes; answer key on a page of its own; no step split or taller than a page', async () => {
    const { page, problems, close } = await openHandout('scene=il4&drug=abrocitinib&exposure=1');
    const card = await page.evaluate(() => ({
      heading: document.querySelector('.drug-card h2')?.textContent ?? '',
      bars: document.querySelectorAll('.drug-card .occupancy meter').length,
      facts: document.querySelectorAll('.drug-card .facts dt').length,
      closed: document.querySelectorAll('details:not([open])').length,
      notes: document.querySelectorAll('section.step .drug-note').length,
      subtitle: document.querySelector('.subtitle')?.textContent ?? '',
    }));
    expect(card.heading).toMatch(/Abrocitinib/);
    expect(card.bars).toBeGreaterThanOrEqual(5);
    expect(card.facts).toBeGreaterThanOrEqual(5);
    expect(card.closed).toBe(0);
    expect(card.notes).toBeGreaterThan(0);
    expect(card.subtitle).toMatch(/1× JAK1 IC50/);

    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: A4_PRINTABLE_WIDTH_PX, height: 900 });
    const layout = await page.evaluate(() => ({
      steps: [...document.querySelectorAll<HTMLElement>('section.step')].map((s) => ({ breakInside: getComputedStyle(s).breakInside, height: s.getBoundingClientRect().height })),
      answerKey: getComputedStyle(document.querySelector('.answer-key')!).breakBefore,
      printButton: getComputedStyle(document.querySelector('.handout-actions')!).display,
    }));
    expect(layout.steps).toHaveLength(12);
    for (const step of layout.steps) {
      expect(step.breakInside).toBe('avoid');
      expect(step.height).toBeLessThanOrEqual(LETTER_PRINTABLE_PX);
    }
    expect(layout.answerKey).toBe('page');
    expect(layout.printButton).toBe('none');
    for (const format of ['A4', 'Letter'] as const) expect(pdfPageCount(await page.pdf({ format })), format).toBeLessThanOrEqual(12 + 3);
    expect(problems).toEqual([]);
    await close();
  });

  it('is clean under axe-core, with and without a drug, in English and Spanish', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const hash of ['scene=il13', 'scene=il4&drug=upadacitinib&exposure=10&lang=es']) {
      // axe is injected as an inline script, which the page's CSP would refuse: this context ignores the CSP.
      const { page, close } = await openHandout(hash, { bypassCSP: true });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, hash).toEqual([]);
      await close();
    }
  });

  it('is linked from the app page, with the view shown: scene, drug, exposure and language', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/index.html#scene=il31&step=5&drug=upadacitinib&exposure=3&lang=es`);
    await page.waitForFunction(() => document.querySelector('#handout-link')?.getAttribute('href')?.includes('il31'));
    await page.waitForFunction(() => document.querySelector('#handout-link')?.textContent === 'Ficha para imprimir');
    expect(await page.getAttribute('#handout-link', 'href')).toBe('handout.html#scene=il31&drug=upadacitinib&exposure=3&lang=es');
    await page.close();
  });
});
