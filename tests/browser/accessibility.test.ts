/**
 * Accessibility. axe-core is run once per distinct DOM state (which parts the template shows, not which words),
 * in the light theme and, for contrast, the dark one; what changes from step to step (names, labels, references
 * between elements) is checked at every step of every scene without axe.
 */
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import axe from 'axe-core';
import { SCENES } from '../../scenes';
import type { JakStatExplorer } from '../../src/ui/jak-stat-explorer/jak-stat-explorer';
import { mount, mountTextOnly, shadow } from './helpers';

/** axe-core over the widget's shadow DOM (axe walks open shadow roots itself). */
async function violations(context: Element, options: axe.RunOptions = {}) {
  const result = await axe.run(context, { ...options, resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
}

const DARK = `--jse-bg: #161b22; --jse-fg: #e6edf3; --jse-muted: #a9b8c9; --jse-border: #3a4656; --jse-accent: #58a6ff; --jse-accent-fg: #0d1117;`;
/** A theme changes colours only, so in the dark theme contrast is what can newly fail. */
const CONTRAST_ONLY: axe.RunOptions = { runOnly: { type: 'rule', values: ['color-contrast'] } };

/** No axe violation in the light theme, and no contrast failure in the dark theme. */
async function expectAxeClean(explorer: JakStatExplorer, what: string) {
  expect(await violations(explorer), `${what}, light theme`).toEqual([]);
  await expectDarkContrast(explorer, what);
}

async function expectDarkContrast(explorer: JakStatExplorer, what: string) {
  const style = explorer.getAttribute('style');
  explorer.setAttribute('style', `${style ?? ''}${DARK}`);
  try {
    expect(await violations(explorer, CONTRAST_ONLY), `${what}, dark theme`).toEqual([]);
  } finally {
    if (style === null) explorer.removeAttribute('style');
    else explorer.setAttribute('style', style);
  }
}

/** Attributes whose value changes what an element is or shows (the rest only matter by being present). */
const MEANINGFUL = new Set(['class', 'role', 'type', 'hidden', 'disabled', 'aria-hidden', 'aria-expanded', 'aria-pressed', 'aria-current', 'aria-live']);

/**
 * The template state the DOM shows: every distinct element, with its ancestors, as tag and attributes, without
 * text and without counting repeats. Steps that differ only in their words (or in how many sources they list)
 * share a state; a simplification note, a drug note or glossary terms make a new one.
 */
function templateState(root: ShadowRoot): string {
  const shapes = new Set<string>();
  const walk = (element: Element, path: string) => {
    const attributes = [...element.attributes].map((a) => (MEANINGFUL.has(a.name) ? `${a.name}=${a.value}` : a.name)).sort();
    const shape = `${path} > ${element.localName}[${attributes.join(' ')}]`;
    shapes.add(shape);
    for (const child of element.children) walk(child, shape);
  };
  for (const child of root.children) walk(child, '');
  return [...shapes].sort().join('\n');
}

/** The accessible name, as far as this widget's markup needs: aria-label, aria-labelledby, a wrapping label, text, title. */
function accessibleName(element: Element, root: ShadowRoot): string {
  const label = element.getAttribute('aria-label');
  if (label !== null) return label.trim();
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy.split(/\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' ').trim();
  const wrapping = element.closest('label');
  if (wrapping && wrapping !== element) return wrapping.textContent!.trim();
  return (element.textContent?.trim() || element.getAttribute('title')?.trim()) ?? '';
}

const NAMED = 'button, input, select, a, summary, [role="img"], [role="region"], [role="dialog"], [role="group"], [role="alert"], h2, h3, legend';

/** What can differ between steps with the same template: names are there and references point somewhere. */
function checkNamesAndReferences(explorer: JakStatExplorer, where: string) {
  const root = explorer.shadowRoot!;
  const ids = [...root.querySelectorAll('[id]')].map((element) => element.id);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i), `${where}: duplicate ids`).toEqual([]);
  for (const element of root.querySelectorAll('[aria-describedby], [aria-labelledby], [aria-controls]')) {
    for (const name of ['aria-describedby', 'aria-labelledby', 'aria-controls']) {
      for (const id of element.getAttribute(name)?.split(/\s+/).filter(Boolean) ?? []) {
        expect(root.getElementById(id), `${where}: ${element.localName}.${element.className} ${name}="${id}"`).not.toBeNull();
      }
    }
  }
  for (const element of root.querySelectorAll(NAMED)) {
    if (element.closest('[hidden], [aria-hidden="true"]')) continue;
    expect(accessibleName(element, root), `${where}: name of ${element.localName}.${element.className}`).not.toBe('');
  }
  for (const link of root.querySelectorAll('a')) expect(link.getAttribute('href'), `${where}: link "${link.textContent}"`).toBeTruthy();
  // The stage says where we are: the scene and this step's title.
  const title = shadow(explorer, '.title').textContent!.trim();
  expect(shadow(explorer, '.stage').getAttribute('aria-label'), where).toContain(title);
}

describe('accessibility', () => {
  // Template states already run through axe, shared by the scenes: scenes differ in words, not in markup.
  const axed = new Set<string>();

  it.each(Object.keys(SCENES))('scene %s, every step with and without a drug: names and references sound; axe clean in each new template state', async (scene) => {
    const explorer = await mount({ scene }, 900);
    // The pictures are beside the point here (the canvas is aria-hidden): with the page reported hidden the
    // widget skips drawing them, and its DOM is the same.
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    onTestFinished(() => {
      visibility.mockRestore();
      document.dispatchEvent(new Event('visibilitychange'));
    });
    for (const drug of ['none', 'upadacitinib']) {
      explorer.setAttribute('drug', drug);
      await explorer.updateComplete;
      for (let step = 1; step <= explorer.stepCount; step++) {
        explorer.goToStep(step);
        await explorer.updateComplete;
        const where = `${scene}, drug ${drug}, step ${step}`;
        checkNamesAndReferences(explorer, where);
        const state = templateState(explorer.shadowRoot!);
        if (axed.has(state)) continue;
        axed.add(state);
        await expectAxeClean(explorer, where);
      }
    }
    // With and without a drug the markup differs, so at least two states were checked by axe.
    expect(axed.size).toBeGreaterThanOrEqual(2);
  });

  it('checkpoint question, glossary definition, shortcuts panel, presenter mode and Spanish are clean', async () => {
    const explorer = await mount({ quiz: '', step: '2', lang: 'es' });
    explorer.next();
    await explorer.updateComplete;
    shadow<HTMLButtonElement>(explorer, '.text .term').click();
    explorer.setAttribute('presenter', '');
    explorer.focus();
    explorer.dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true, composed: true }));
    await explorer.updateComplete;
    expect(explorer.shadowRoot!.querySelector('.checkpoint')).not.toBeNull();
    expect(explorer.shadowRoot!.querySelector('.definition:not([hidden])')).not.toBeNull();
    expect(explorer.shadowRoot!.querySelector('.shortcuts')).not.toBeNull();
    expect(explorer.presenter).toBe(true);
    checkNamesAndReferences(explorer, 'checkpoint');
    await expectAxeClean(explorer, 'checkpoint, glossary, shortcuts, presenter, Spanish');
    explorer.removeAttribute('presenter');
  });

  it('checkpoint feedback after an answer is clean', async () => {
    const explorer = await mount({ quiz: '', step: '2' });
    explorer.next();
    await explorer.updateComplete;
    shadow<HTMLInputElement>(explorer, '.checkpoint input[type="radio"]').click();
    await explorer.updateComplete;
    shadow<HTMLButtonElement>(explorer, 'button.checkpoint-action').click();
    await explorer.updateComplete;
    expect(explorer.shadowRoot!.querySelector('.feedback')).not.toBeNull();
    checkNamesAndReferences(explorer, 'feedback');
    await expectAxeClean(explorer, 'checkpoint feedback');
  });

  it('compare mode is clean', async () => {
    const explorer = await mount({ drug: 'abrocitinib', compare: '' });
    expect(explorer.shadowRoot!.querySelectorAll('.view')).toHaveLength(2);
    checkNamesAndReferences(explorer, 'compare');
    expect(await violations(explorer), 'compare, light theme').toEqual([]);
  });

  it('compare mode in the dark theme: both captions have enough contrast', async () => {
    const explorer = await mount({ drug: 'abrocitinib', compare: '' });
    await expectDarkContrast(explorer, 'compare');
  });

  it('text mode (no canvas support) is clean', async () => {
    const explorer = await mountTextOnly({ drug: 'abrocitinib' });
    expect(explorer.textOnly).toBe(true);
    expect(explorer.shadowRoot!.querySelector('.text-stage')).not.toBeNull();
    checkNamesAndReferences(explorer, 'text mode');
    await expectAxeClean(explorer, 'text mode');
  });

  it('the scene error message is clean', async () => {
    const explorer = await mount();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    onTestFinished(() => warn.mockRestore());
    explorer.setAttribute('scene', 'il99');
    await explorer.updateComplete;
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('unknown scene "il99"'));
    expect(explorer.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull();
    checkNamesAndReferences(explorer, 'error');
    await expectAxeClean(explorer, 'scene error');
  });
});
