import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { advanceAndDraw, differingFraction, FRAME, manualClock, mount, readCanvas, shadow, showStep } from './helpers';

describe('every learner, every classroom', () => {
  afterEach(() => vi.restoreAllMocks());

  it('announces each step change in a polite live region', async () => {
    const explorer = await mount();
    const live = shadow(explorer, '[aria-live="polite"]');
    expect(live.getAttribute('role')).toBe('status');
    explorer.next();
    await explorer.updateComplete;
    expect(live.textContent).toBe(`Step 2 of ${explorer.stepCount}: ${explorer.steps[1]!.title}. ${explorer.steps[1]!.text}`);
    explorer.goToStep(6);
    await explorer.updateComplete;
    expect(live.textContent).toContain(explorer.steps[5]!.title);
  });

  it('describes the picture from the model, differently at each step, naming what moved', async () => {
    const explorer = await mount();
    const description = () => shadow(explorer, '#stage-description').textContent!;
    const first = description();
    expect(first).toContain('IL-13 is outside the cell.');
    expect(shadow(explorer, '.stage').getAttribute('aria-describedby')).toBe('stage-description');
    explorer.next();
    await explorer.updateComplete;
    expect(description()).not.toBe(first);
    expect(description()).toMatch(/Changed: IL-13 is bound to the receptor/);
    // The stage is not one role="img" around interactive controls: the image is the picture alone.
    const img = shadow(explorer, '[role="img"]');
    expect(img.querySelector('button, input, select, a')).toBeNull();
  });

  it('walks every control with the keyboard alone, each with a visible focus ring', async () => {
    const explorer = await mount({ drug: 'abrocitinib' });
    // Tab in from the page, so that the browser knows focus moves by keyboard (a mouse click earlier on the page
    // would otherwise keep :focus-visible off for script-given focus).
    const before = document.createElement('button');
    before.textContent = 'before';
    explorer.parentElement!.before(before);
    before.focus();
    await userEvent.keyboard('{Tab}');
    expect(explorer.shadowRoot!.activeElement?.className).toContain('stage');
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      const active = explorer.shadowRoot!.activeElement as HTMLElement | null;
      if (active) {
        seen.push(active.className || active.tagName.toLowerCase());
        const style = getComputedStyle(active);
        const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 || style.boxShadow !== 'none';
        expect(ring, `focus ring on ${active.className || active.tagName}`).toBe(true);
      }
      await userEvent.keyboard('{Tab}');
    }
    for (const control of ['stage', 'play', 'next', 'restart', 'motion', 'presenter-toggle', 'shortcuts-toggle', 'seek', 'drug-picker', 'exposure-picker', 'compare-toggle']) {
      expect(seen.some((name) => name.split(' ').includes(control)), control).toBe(true);
    }
  });

  it('PageDown and PageUp step (presentation clickers); ? opens the shortcuts panel; Escape closes it', async () => {
    const explorer = await mount();
    explorer.focus();
    await userEvent.keyboard('{PageDown}');
    expect(explorer.step).toBe(2);
    await userEvent.keyboard('{PageUp}');
    expect(explorer.step).toBe(1);
    await userEvent.keyboard('?');
    await explorer.updateComplete;
    expect(shadow(explorer, '.shortcuts').textContent).toContain('Page Down');
    await userEvent.keyboard('{Escape}');
    await explorer.updateComplete;
    expect(explorer.shadowRoot!.querySelector('.shortcuts')).toBeNull();
  });

  it('reduced motion: Next shows the end state at once, with no frames in between', async () => {
    const clock = manualClock();
    const explorer = await mount({ 'reduced-motion': '', step: '3' }, 960, { clock });
    const endOf3 = readCanvas(explorer).data;
    await showStep(explorer, 2);
    explorer.next();
    // One frame later the picture is step 3's end state, and nothing is left to move.
    await advanceAndDraw(clock, FRAME);
    expect(explorer.step).toBe(3);
    expect(clock.busy).toBe(false);
    expect(differingFraction(endOf3, readCanvas(explorer).data)).toBe(0);
    expect(shadow(explorer, '.view.main').className).toMatch(/fade-/);
    // The motion button turns it off again: now the step animates over many frames.
    shadow(explorer, 'button.motion').click();
    await explorer.updateComplete;
    expect(explorer.reducedMotion).toBe(false);
    explorer.next();
    await advanceAndDraw(clock, 0.3);
    const moving = readCanvas(explorer).data;
    expect(clock.busy).toBe(true);
    await advanceAndDraw(clock, 0.4);
    expect(differingFraction(moving, readCanvas(explorer).data)).toBeGreaterThan(0);
  });

  it('follows the system setting: with prefers-reduced-motion emulated, steps change without movement', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    try {
      const clock = manualClock();
      const explorer = await mount({ step: '5' }, 960, { clock });
      expect(explorer.reducedMotion).toBe(true);
      const endOf5 = readCanvas(explorer).data;
      await showStep(explorer, 4);
      explorer.next();
      await advanceAndDraw(clock, FRAME);
      expect(explorer.step).toBe(5);
      expect(clock.busy).toBe(false);
      expect(differingFraction(endOf5, readCanvas(explorer).data)).toBe(0);
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('presenter mode: F enters (full window, large narration, no drug controls), Escape leaves', async () => {
    const explorer = await mount();
    const normal = parseFloat(getComputedStyle(shadow(explorer, '.text')).fontSize);
    explorer.focus();
    await userEvent.keyboard('f');
    await explorer.updateComplete;
    expect(explorer.presenter).toBe(true);
    const box = explorer.getBoundingClientRect();
    expect(box.width).toBeGreaterThanOrEqual(window.innerWidth - 1);
    expect(box.height).toBeGreaterThanOrEqual(window.innerHeight - 1);
    expect(parseFloat(getComputedStyle(shadow(explorer, '.text')).fontSize)).toBeGreaterThan(normal);
    expect(getComputedStyle(shadow(explorer, '.drug-controls')).display).toBe('none');
    await userEvent.keyboard('{Escape}');
    await explorer.updateComplete;
    expect(explorer.presenter).toBe(false);
  });

  it('read-aloud speaks each step in the widget language and stays silent where speech is missing', async () => {
    const spoken: { text: string; lang: string }[] = [];
    class FakeUtterance { text: string; lang = ''; voice: unknown = null; constructor(text: string) { this.text = text; } }
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    vi.stubGlobal('speechSynthesis', { cancel() {}, getVoices: () => [], speak: (u: FakeUtterance) => spoken.push({ text: u.text, lang: u.lang }) });
    const explorer = await mount({ 'read-aloud': '' });
    explorer.next();
    await explorer.updateComplete;
    expect(spoken.at(-1)).toEqual({ text: `${explorer.steps[1]!.title}. ${explorer.steps[1]!.text}`, lang: 'en' });
    vi.unstubAllGlobals();
    vi.stubGlobal('speechSynthesis', undefined);
    const silent = await mount({ 'read-aloud': '' });
    expect(silent.shadowRoot!.querySelector('button.read-aloud')).toBeNull();
    expect(() => silent.next()).not.toThrow();
    vi.unstubAllGlobals();
  });
});
