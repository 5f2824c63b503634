import { afterEach, describe, expect, it, vi } from 'vitest';
import { JakStatExplorer } from '../../src/ui/jak-stat-explorer/jak-stat-explorer';
import { advanceAndDraw, differingFraction, drawn, FRAME, frames, framesDrawn, manualClock, mount, narration, readCanvas, shadow } from './helpers';

/** Resolves once the browser reports `target` entering (true) or leaving (false) the viewport. */
function intersection(target: Element, intersecting: boolean): Promise<void> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver((entries) => {
      if (entries.at(-1)?.isIntersecting !== intersecting) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(target);
  });
}

/**
 * Waits until the widget, asked to redraw its step, draws nothing: it has heard that it is off screen. The
 * browser tells its observer within a few frames (not necessarily in the same frame as any other observer);
 * fails if it keeps drawing.
 */
async function untilItStopsDrawing(explorer: JakStatExplorer, maxFrames = 10): Promise<void> {
  for (let frame = 0; frame < maxFrames; frame++) {
    const before = framesDrawn();
    explorer.goToStep(explorer.step);
    await Promise.resolve();
    if (framesDrawn() === before) return;
    await frames(1);
  }
  throw new Error(`still drawing ${maxFrames} frames after going off screen`);
}

describe('resilience', () => {
  it('shows a loaded scene that keeps the id of the scene it replaces (same id, other words)', async () => {
    const el = await mount({ scene: 'il13' });
    const data = structuredClone((await import('../../scenes')).SCENES.il13!) as { steps: { title: string }[] };
    data.steps[0]!.title = 'An author’s own first step';
    expect(el.loadSceneData(data)).toBe(true);
    await el.updateComplete;
    expect(shadow(el, '.narration .title').textContent).toBe('An author’s own first step');
  });

  afterEach(() => vi.restoreAllMocks());

  it('recovers from a lost canvas context and shows the same step', async () => {
    const explorer = await mount({ step: '5' });
    const before = readCanvas(explorer).data;
    const canvas = shadow<HTMLCanvasElement>(explorer, 'canvas');
    canvas.dispatchEvent(new Event('contextlost', { cancelable: true }));
    // A lost context comes back blank: resetting the backing store is what the browser does to it.
    const { width } = canvas;
    canvas.width = width;
    explorer.next();
    explorer.previous();
    await frames(3);
    expect(readCanvas(explorer).distinctColours).toBeLessThan(5);
    const drawnBefore = framesDrawn();
    canvas.dispatchEvent(new Event('contextrestored'));
    await drawn(drawnBefore);
    expect(explorer.step).toBe(5);
    expect(differingFraction(before, readCanvas(explorer).data)).toBeLessThan(0.001);
  });

  it('without any canvas support, shows the steps as text and keeps narration and controls working', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const explorer = await mount();
    expect(explorer.textOnly).toBe(true);
    expect(shadow(explorer, '.text-stage').textContent).toContain(explorer.steps[0]!.title);
    explorer.next();
    await explorer.updateComplete;
    expect(narration(explorer).title).toBe(explorer.steps[1]!.title);
    expect(shadow(explorer, '.text-stage li[aria-current]').textContent).toBe(explorer.steps[1]!.title);
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });

  it('draws nothing while paused and idle, and draws while playing', async () => {
    const clock = manualClock();
    const explorer = await mount({}, 960, { clock });
    // Let the resize observer's first report (and its redraw) pass.
    await frames(2);
    const idle = JakStatExplorer.framesDrawn;
    // Idle: nothing listens to the clock, and animation frames pass without a draw.
    expect(clock.busy).toBe(false);
    await frames(6);
    expect(JakStatExplorer.framesDrawn - idle).toBe(0);
    explorer.play();
    for (let i = 0; i < 10; i++) await advanceAndDraw(clock, FRAME);
    expect(JakStatExplorer.framesDrawn - idle).toBeGreaterThanOrEqual(10);
    explorer.pause();
    expect(clock.busy).toBe(false);
    const paused = JakStatExplorer.framesDrawn;
    await frames(6);
    expect(JakStatExplorer.framesDrawn - paused).toBe(0);
  });

  it('stops drawing off screen and catches up when scrolled back', async () => {
    const clock = manualClock();
    const explorer = await mount({ step: '3' }, 960, { clock });
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    explorer.parentElement!.before(spacer);
    await untilItStopsDrawing(explorer);
    const start = JakStatExplorer.framesDrawn;
    explorer.play();
    clock.advance(0.6);
    await frames(2);
    explorer.pause();
    expect(JakStatExplorer.framesDrawn - start).toBe(0);
    const stepWhenHidden = explorer.step;
    explorer.scrollIntoView();
    await intersection(explorer, true);
    await drawn(start);
    expect(JakStatExplorer.framesDrawn - start).toBeGreaterThan(0);
    expect(explorer.step).toBe(stepWhenHidden);
    spacer.remove();
  });

  it('draws nothing while the tab is hidden, and catches up when it is shown again', async () => {
    const clock = manualClock();
    const explorer = await mount({ step: '2' }, 960, { clock });
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    const start = JakStatExplorer.framesDrawn;
    explorer.next();
    clock.advance(0.6);
    await frames(2);
    expect(JakStatExplorer.framesDrawn - start).toBe(0);
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await drawn(start);
    expect(JakStatExplorer.framesDrawn - start).toBeGreaterThan(0);
    explorer.pause();
  });

  it('fits any container from 280 px to 4K wide, as it is resized', async () => {
    const explorer = await mount({}, 280);
    const fits = (width: number) => {
      const box = shadow(explorer, '.view').getBoundingClientRect();
      expect(box.width, `${width}`).toBeGreaterThan(width - 4);
      // Portrait (4:5) below 600 px, where the camera frames each step's focus; 16:9 above.
      expect(box.height / box.width, `${width}`).toBeCloseTo(width <= 600 ? 5 / 4 : 9 / 16, 2);
      expect(explorer.getBoundingClientRect().width, `${width}`).toBeLessThanOrEqual(width + 0.5);
      const reading = readCanvas(explorer);
      expect(reading.width, `${width}`).toBeGreaterThanOrEqual(Math.round(box.width));
      expect(reading.distinctColours, `${width}`).toBeGreaterThan(20);
    };
    fits(280);
    for (const width of [375, 768, 1920, 3840]) {
      const before = framesDrawn();
      explorer.parentElement!.style.width = `${width}px`;
      // The resize observer reports in the next frame, and the widget redraws at once.
      await drawn(before);
      fits(width);
    }
  });

  it('host page CSS does not break it, and its styles do not leak out', async () => {
    const style = document.createElement('style');
    style.textContent = 'button, canvas, p, h2 { display: none !important; } * { font-size: 4px !important; } .title { color: red; }';
    document.head.append(style);
    const explorer = await mount();
    const outside = document.createElement('h2');
    outside.className = 'title';
    document.body.append(outside);
    expect(getComputedStyle(shadow(explorer, 'button.next')).display).not.toBe('none');
    expect(getComputedStyle(shadow(explorer, 'canvas')).display).toBe('block');
    expect(parseFloat(getComputedStyle(shadow(explorer, '.text')).fontSize)).toBeGreaterThanOrEqual(14);
    expect(getComputedStyle(outside).marginTop).not.toBe('2px');
    expect(getComputedStyle(outside).color).toBe('rgb(255, 0, 0)');
    expect(readCanvas(explorer).distinctColours).toBeGreaterThan(40);
    style.remove();
  });
});
