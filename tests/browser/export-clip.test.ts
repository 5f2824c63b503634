/**
 * `exportClip()`: a video of a range of steps, rendered frame by frame with WebCodecs and muxed by mediabunny,
 * with WebVTT captions. Checked with the browser's own parsers: a `<video>` loads the clip (its duration is
 * the steps' length on the timeline) and a `<track>` parses the captions (one cue per step, at the steps'
 * starts). Also: progress events, abort, a browser without WebCodecs, bad options, and that the live widget is
 * left as it was.
 */
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { checkClipOptions, clipCaptions, vttTime } from '../../src/ui/export/export-clip';
import type { CompiledTimeline } from '../../src/timeline/build-timeline';
import { mount, readCanvas, recordEvents, shadow } from './helpers';

/** The widget's compiled timeline (its step starts and ends). */
const compiledOf = (explorer: HTMLElement) => (explorer as unknown as { sessions: { main: { compiled: CompiledTimeline } } }).sessions.main.compiled;

/** Loads a clip and its captions in a `<video>` with a `<track>`: the browser's own demuxer and WebVTT parser. */
async function play(video: Blob, captions: string) {
  const element = document.createElement('video');
  element.muted = true;
  const track = document.createElement('track');
  track.kind = 'captions';
  track.src = URL.createObjectURL(new Blob([captions], { type: 'text/vtt' }));
  track.default = true;
  element.append(track);
  element.src = URL.createObjectURL(video);
  document.body.append(element);
  onTestFinished(() => element.remove());
  const metadata = new Promise<void>((resolve, reject) => {
    element.addEventListener('loadedmetadata', () => resolve(), { once: true });
    element.addEventListener('error', () => reject(new Error(`the video did not load: ${element.error?.message}`)), { once: true });
  });
  const parsed = new Promise<void>((resolve, reject) => {
    track.addEventListener('load', () => resolve(), { once: true });
    track.addEventListener('error', () => reject(new Error('the captions did not parse')), { once: true });
  });
  track.track.mode = 'hidden';
  await metadata;
  await parsed;
  return { duration: element.duration, width: element.videoWidth, height: element.videoHeight, cues: [...track.track.cues!] as VTTCue[] };
}

describe('exportClip()', () => {
  it('exportClip({ from: 2, to: 4 }) gives a video a <video> loads, as long as those steps, with one caption cue per step', async () => {
    const explorer = await mount();
    const { video, captions, mimeType } = await explorer.exportClip({ from: 2, to: 4 });
    expect(mimeType).toMatch(/^video\/(mp4|webm)/);
    expect(video.size).toBeGreaterThan(1000);
    const compiled = compiledOf(explorer);
    const length = compiled.stepEnds[3]! - compiled.stepStarts[1]!;
    const loaded = await play(video, captions);
    expect(loaded.width).toBe(1280);
    expect(loaded.height).toBe(720);
    expect(Math.abs(loaded.duration - length) / length).toBeLessThan(0.1);
    expect(loaded.cues).toHaveLength(3);
    loaded.cues.forEach((cue, i) => {
      expect(cue.startTime).toBeCloseTo(compiled.stepStarts[1 + i]! - compiled.stepStarts[1]!, 2);
      expect(cue.endTime).toBeCloseTo(compiled.stepEnds[1 + i]! - compiled.stepStarts[1]!, 2);
      expect(cue.text).toContain(explorer.steps[1 + i]!.title);
    });
  }, 240_000);

  it('falls back to WebM (VP9 or VP8) where the browser cannot encode H.264', async () => {
    const explorer = await mount();
    const supported = VideoEncoder.isConfigSupported.bind(VideoEncoder);
    const stub = vi.spyOn(VideoEncoder, 'isConfigSupported').mockImplementation(async (config) =>
      config.codec.startsWith('avc') ? { supported: false, config } : supported(config));
    onTestFinished(() => stub.mockRestore());
    const { video, captions, mimeType } = await explorer.exportClip({ from: 1, to: 2, fps: 10, width: 640 });
    expect(mimeType).toMatch(/^video\/webm; codecs="(vp09|vp8)/);
    expect(video.type).toBe('video/webm');
    const compiled = compiledOf(explorer);
    const loaded = await play(video, captions);
    expect(Math.abs(loaded.duration - compiled.stepEnds[1]!) / compiled.stepEnds[1]!).toBeLessThan(0.1);
    expect(loaded.cues).toHaveLength(2);
  }, 120_000);

  it('fires export-progress with increasing frame counts up to the total, at the frame rate asked for', async () => {
    const explorer = await mount();
    const events = recordEvents(explorer, ['export-progress']);
    await explorer.exportClip({ from: 1, to: 1, fps: 10, width: 640 });
    const details = events.of('export-progress').map((event) => event.detail as { done: number; total: number });
    const compiled = compiledOf(explorer);
    expect(details.length).toBe(Math.round(compiled.stepEnds[0]! * 10));
    details.forEach((detail, i) => expect(detail).toEqual({ done: i + 1, total: details.length }));
    const event = events.of('export-progress')[0]!;
    expect(event.bubbles && event.composed).toBe(true);
  }, 120_000);

  it('captions are in the widget\'s language', async () => {
    const explorer = await mount({ lang: 'es' });
    await explorer.updateComplete;
    const { captions } = await explorer.exportClip({ from: 1, to: 2, fps: 5, width: 320 });
    expect(captions.startsWith('WEBVTT')).toBe(true);
    expect(captions).toContain(explorer.steps[0]!.text.slice(0, 30));
    expect(explorer.steps[0]!.title).not.toBe((await mount()).steps[0]!.title);
  }, 120_000);

  it('stops when its signal is aborted, rejecting with an AbortError', async () => {
    const explorer = await mount();
    const controller = new AbortController();
    explorer.addEventListener('export-progress', (event) => { if (event.detail.done === 3) controller.abort(); });
    await expect(explorer.exportClip({ fps: 10, width: 320, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    const already = new AbortController();
    already.abort();
    await expect(explorer.exportClip({ signal: already.signal })).rejects.toMatchObject({ name: 'AbortError' });
  }, 120_000);

  it('without WebCodecs, rejects with a clear message and says so in the widget', async () => {
    const explorer = await mount();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const encoder = Object.getOwnPropertyDescriptor(globalThis, 'VideoEncoder')!;
    delete (globalThis as { VideoEncoder?: unknown }).VideoEncoder;
    onTestFinished(() => { Object.defineProperty(globalThis, 'VideoEncoder', encoder); warn.mockRestore(); });
    await expect(explorer.exportClip({ from: 1, to: 1 })).rejects.toThrow(/cannot encode video \(no WebCodecs VideoEncoder\)/);
    await explorer.updateComplete;
    expect(shadow(explorer, '.error[role="alert"]').textContent).toContain('cannot make video clips');
    expect(warn).toHaveBeenCalled();
  });

  it('rejects bad options with a clear message, never throwing at the caller', async () => {
    const explorer = await mount();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    onTestFinished(() => warn.mockRestore());
    let result: Promise<unknown> | undefined;
    expect(() => { result = explorer.exportClip({ from: 0 }); }).not.toThrow();
    await expect(result).rejects.toThrow(/from must be a step number from 1 to \d+, not 0/);
    await expect(explorer.exportClip({ from: 3, to: 2 })).rejects.toThrow(/to must be a step number from 3/);
    await expect(explorer.exportClip({ to: 99 })).rejects.toThrow(/to must be/);
    await expect(explorer.exportClip({ fps: 0 })).rejects.toThrow(/fps must be/);
    await expect(explorer.exportClip({ width: 10 })).rejects.toThrow(/width must be/);
    await expect(explorer.exportClip({ signal: 'stop' as unknown as AbortSignal })).rejects.toThrow(/signal must be an AbortSignal/);
    expect(() => checkClipOptions({ from: 2.5 }, 12)).toThrow(/from/);
    expect(checkClipOptions(undefined, 12)).toEqual({ from: 1, to: 12, fps: 30, width: 1280, height: 720 });
    expect(checkClipOptions(undefined, 12, { from: 3, to: 5 })).toMatchObject({ from: 3, to: 5 });
  });

  it('leaves the live widget as it was: its step, time and canvas', async () => {
    const explorer = await mount({ step: '4' });
    const playhead = (explorer as unknown as { playback: { playhead: { time: number } } }).playback.playhead;
    const time = playhead.time;
    const before = readCanvas(explorer);
    await explorer.exportClip({ from: 3, to: 4, fps: 5, width: 320 });
    expect(explorer.step).toBe(4);
    expect(playhead.time).toBe(time);
    expect(readCanvas(explorer).hash).toBe(before.hash);
  }, 120_000);
});

/**
 * Mounts a widget, catches the downloads it starts, opens the export menu and presses "Save video clip"; returns
 * the item and its label before.
 */
async function startMenuClip(attributes: Record<string, string>) {
  const explorer = await mount(attributes);
  await explorer.updateComplete;
  const clicked: HTMLAnchorElement[] = [];
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicked.push(this); });
  onTestFinished(() => click.mockRestore());
  shadow<HTMLButtonElement>(explorer, 'button.export-toggle').click();
  await explorer.updateComplete;
  const item = shadow<HTMLButtonElement>(explorer, '.export-menu button.save-clip');
  const label = item.textContent!.trim();
  item.click();
  return { explorer, clicked, item, label };
}

describe('the export menu\'s clip', () => {
  it('"Save video clip" shows its progress on the item, keeps the menu open, and downloads the range as jak-stat-<scene>.mp4 or .webm', async () => {
    const { explorer, clicked, item, label } = await startMenuClip({ scene: 'il4', from: '2', to: '3' });
    await vi.waitFor(() => expect(item.textContent).toMatch(/Making the clip… \d+% \(press to cancel\)/), { timeout: 20_000 });
    await vi.waitFor(() => expect(clicked).toHaveLength(1), { timeout: 200_000, interval: 200 });
    expect(clicked[0]!.download).toMatch(/^jak-stat-il4\.(mp4|webm)$/);
    expect(clicked[0]!.href).toMatch(/^blob:/);
    // The widget's range (steps 2–3), not the whole scene.
    const video = document.createElement('video');
    video.src = clicked[0]!.href;
    await new Promise((resolve, reject) => { video.onloadedmetadata = resolve; video.onerror = reject; });
    const { stepStarts, stepEnds } = (explorer as unknown as { sessions: { main: { compiled: { stepStarts: number[]; stepEnds: number[] } } } }).sessions.main.compiled;
    expect(Math.abs(video.duration - (stepEnds[2]! - stepStarts[1]!))).toBeLessThan(0.1 * (stepEnds[2]! - stepStarts[1]!));
    await explorer.updateComplete;
    expect(shadow(explorer, '.export-menu button.save-clip').textContent!.trim()).toBe(label);
    expect(clicked).toHaveLength(1);
  }, 240_000);

  it('pressing "Save video clip" again while it is made cancels it: no download, no error, the item as before', async () => {
    const { explorer, clicked, item, label } = await startMenuClip({ scene: 'il4' });
    await vi.waitFor(() => expect(item.textContent).toMatch(/Making the clip… \d+%/), { timeout: 20_000 });
    item.click();
    await vi.waitFor(() => expect(item.textContent!.trim()).toBe(label), { timeout: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(clicked).toEqual([]);
    expect(explorer.shadowRoot!.querySelector('.error')).toBeNull();
  }, 60_000);
});

describe('clip captions', () => {
  it('writes WebVTT timestamps and escapes what WebVTT reserves', () => {
    expect(vttTime(0)).toBe('00:00:00.000');
    expect(vttTime(3723.4567)).toBe('01:02:03.457');
    const steps = [{ id: 'a', title: 'A <b> & C', text: 'one\n\ntwo --> three' }] as never;
    const vtt = clipCaptions(steps, { stepStarts: [0], stepEnds: [2.5] }, 1, 1);
    expect(vtt).toBe('WEBVTT\n\na\n00:00:00.000 --> 00:00:02.500\nA &lt;b&gt; &amp; C\none\ntwo --&gt; three\n');
  });
});
