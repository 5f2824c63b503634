import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { manualClock, mount, narration, recordEvents, shadow } from './helpers';

describe('glossary', () => {
  it('marks terms in the narration; focus, hover or tap shows a short definition', async () => {
    const explorer = await mount({ step: '4' });
    const terms = [...explorer.shadowRoot!.querySelectorAll<HTMLButtonElement>('.text .term')];
    expect(terms.map((t) => t.textContent)).toEqual(expect.arrayContaining(['JAK1', 'phosphate', 'ATP']));
    // The narration still reads exactly as written.
    expect(narration(explorer).text).toBe(explorer.steps[3]!.text);
    const atp = terms.find((t) => t.textContent === 'ATP')!;
    const definition = shadow(explorer, `#${atp.getAttribute('aria-describedby')}`);
    expect(definition.hidden).toBe(true);
    atp.focus();
    await explorer.updateComplete;
    expect(definition.hidden).toBe(false);
    expect(definition.textContent).toMatch(/energy|phosphate/i);
    atp.blur();
    await explorer.updateComplete;
    expect(definition.hidden).toBe(true);
    await userEvent.click(atp);
    await explorer.updateComplete;
    expect(atp.getAttribute('aria-expanded')).toBe('true');
    expect(definition.hidden).toBe(false);
  });

  it('works in Spanish too', async () => {
    const explorer = await mount({ lang: 'es', step: '4' });
    const words = [...explorer.shadowRoot!.querySelectorAll('.text .term')].map((t) => t.textContent!.toLowerCase());
    expect(words.some((w) => w.startsWith('fosf'))).toBe(true);
  });
});

describe('checkpoints (quiz mode)', () => {
  it('asks "what happens next?" before moving on, reports the answer, gives feedback, then continues', async () => {
    const explorer = await mount({ quiz: '', step: '2' });
    const log = recordEvents(explorer, ['checkpoint', 'step-change']);
    explorer.next();
    await explorer.updateComplete;
    expect(explorer.step).toBe(2);
    const panel = shadow(explorer, '.checkpoint');
    expect(panel.textContent).toContain('What happens next?');
    const answers = [...panel.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(answers).toHaveLength(3);
    // Choose a wrong answer (a misconception) and check it.
    const labels = [...panel.querySelectorAll('.answer')].map((a) => a.textContent!);
    const wrong = labels.findIndex((text) => /kinase/i.test(text));
    await userEvent.click(answers[wrong]!);
    await explorer.updateComplete;
    await userEvent.click(shadow(explorer, 'button.checkpoint-action'));
    await explorer.updateComplete;
    expect(log.of('checkpoint').map((e) => e.detail)).toEqual([{ questionId: 'after-ligand-binding', correct: false }]);
    expect(shadow(explorer, '.feedback').textContent).toMatch(/no enzyme activity/);
    await userEvent.click(shadow(explorer, 'button.checkpoint-action'));
    await explorer.updateComplete;
    expect(explorer.step).toBe(3);
    expect(explorer.shadowRoot!.querySelector('.checkpoint')).toBeNull();
    // Answered once: the same step does not ask again.
    explorer.goToStep(2);
    explorer.next();
    expect(explorer.step).toBe(3);
  });

  it('pauses Play at a checkpoint step: plays that step to its end, then stops and asks', async () => {
    const clock = manualClock();
    const explorer = await mount({ quiz: '', step: '1', speed: '4' }, 960, { clock });
    const log = recordEvents(explorer, ['play', 'pause', 'step-change']);
    explorer.play();
    await explorer.updateComplete;
    // Step 2 is playing: its question comes only once it has been shown to its end.
    expect(explorer.playing).toBe(true);
    expect(explorer.step).toBe(2);
    expect(explorer.shadowRoot!.querySelector('.checkpoint')).toBeNull();
    const seconds = await clock.runUntilIdle();
    await explorer.updateComplete;
    expect(seconds).toBeGreaterThan(0);
    expect(explorer.playing).toBe(false);
    expect(explorer.step).toBe(2);
    expect(log.events.map((e) => e.type + (e.type === 'step-change' ? ` ${e.detail.step}` : ''))).toEqual(['play', 'step-change 2', 'pause']);
    expect(shadow(explorer, '.checkpoint').textContent).toContain('What happens next?');
  });

  it('without quiz mode, Next just steps', async () => {
    const explorer = await mount({ step: '2' });
    explorer.next();
    expect(explorer.step).toBe(3);
  });
});
