import { describe, expect, it } from 'vitest';
import { intersects, layoutLabels, LABEL_GAP, type Box, type LayoutLabel } from '../../src/view/label-layout';

const area: Box = { x: 0, y: 0, width: 400, height: 300 };
const box = (x: number, y: number, width = 40, height = 14): Box => ({ x, y, width, height });

/** Whether the shown placements' boxes keep apart. */
function apart(boxes: readonly (Box | undefined)[]): boolean {
  const shown = boxes.filter((b): b is Box => b !== undefined);
  return shown.every((a, i) => shown.every((b, j) => i === j || !intersects(a, b)));
}

describe('label layout (collision pass)', () => {
  it('takes the first place when it is free', () => {
    const [placement] = layoutLabels({ area, labels: [{ candidates: [box(10, 10), box(100, 10)] }] });
    expect(placement).toMatchObject({ candidate: 0, dx: 0, dy: 0 });
  });

  it('moves a later label to its next place instead of on top of an earlier one', () => {
    const placements = layoutLabels({
      area,
      labels: [{ candidates: [box(10, 10)] }, { candidates: [box(20, 12), box(20, 40)] }],
    });
    expect(placements.map((p) => p.candidate)).toEqual([0, 1]);
    expect(apart(placements.map((p) => p.box))).toBe(true);
  });

  it('keeps a gap between labels, so that halos do not touch', () => {
    const touching = box(10 + 40 + LABEL_GAP - 1, 10);
    const placements = layoutLabels({ area, labels: [{ candidates: [box(10, 10)] }, { candidates: [touching] }] });
    expect(placements[1]!.candidate).toBe(-1);
  });

  it('hides a label with no free place, lowest priority last', () => {
    const placements = layoutLabels({ area, labels: [{ candidates: [box(10, 10)] }, { candidates: [box(12, 12)] }] });
    expect(placements.map((p) => p.candidate)).toEqual([0, -1]);
    expect(placements[1]!.box).toBeUndefined();
  });

  it('never places a label past the visible area', () => {
    const [placement] = layoutLabels({ area, labels: [{ candidates: [box(380, 10), box(300, 10)] }] });
    expect(placement!.candidate).toBe(1);
  });

  it('does not let a label cover what it names', () => {
    const body = box(100, 100, 60, 60);
    const [placement] = layoutLabels({ area, labels: [{ body, candidates: [box(110, 120), box(100, 80)] }] });
    expect(placement!.candidate).toBe(1);
    expect(intersects(placement!.box!, body)).toBe(false);
  });

  it('prints a name on its molecule only where it fits there', () => {
    const body = box(100, 100, 60, 30);
    const fits: LayoutLabel = { body, candidates: [{ ...box(110, 108), inside: true }, box(100, 134)] };
    const tooBig: LayoutLabel = { body, candidates: [{ ...box(90, 108, 80), inside: true }, box(90, 134, 80)] };
    expect(layoutLabels({ area, labels: [fits] })[0]!.candidate).toBe(0);
    expect(layoutLabels({ area, labels: [tooBig] })[0]!.candidate).toBe(1);
  });

  it('prefers a place that covers no other molecule', () => {
    const obstacle = box(0, 0, 60, 40);
    const [placement] = layoutLabels({ area, obstacles: [obstacle], labels: [{ candidates: [box(10, 10), box(100, 10)] }] });
    expect(placement!.candidate).toBe(1);
  });

  it('refuses places over molecules to a label drawn beneath them', () => {
    const obstacle = box(0, 0, 400, 40);
    const [placement] = layoutLabels({ area, obstacles: [obstacle], labels: [{ maxCover: 0.04, candidates: [box(10, 10), box(100, 20)] }] });
    expect(placement!.candidate).toBe(-1);
  });

  it('places by the boxes alone: the same input gives the same layout', () => {
    const input = { area, labels: [{ candidates: [box(10, 10)] }, { candidates: [box(12, 12), box(12, 40)] }] };
    expect(layoutLabels(input)).toEqual(layoutLabels(input));
  });

  it('nudges a label that must stay into a free place near its first one', () => {
    const first = { candidates: [box(100, 100, 80, 20)] };
    const subject: LayoutLabel = { candidates: [box(105, 102, 80, 20)], keep: true };
    const placements = layoutLabels({ area, labels: [first, subject] });
    expect(placements[1]!.candidate).toBe(0);
    expect(Math.hypot(placements[1]!.dx, placements[1]!.dy)).toBeGreaterThan(0);
    expect(Math.hypot(placements[1]!.dx, placements[1]!.dy)).toBeLessThan(120);
    expect(apart(placements.map((p) => p.box))).toBe(true);
  });

  it('keeps many crowded labels apart, whatever their order', () => {
    // A deterministic pseudo-random crowd: every shown label is clear of every other.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const labels: LayoutLabel[] = Array.from({ length: 60 }, () => {
      const x = random() * 340;
      const y = random() * 280;
      return { keep: random() < 0.1, candidates: [box(x, y), box(x, y + 16), box(x - 44, y), box(x + 44, y)] };
    });
    const placements = layoutLabels({ area, labels });
    expect(apart(placements.map((p) => p.box))).toBe(true);
    expect(placements.filter((p) => p.box).length).toBeGreaterThan(20);
    for (const p of placements) if (p.box) expect(p.box.x >= 0 && p.box.y >= 0 && p.box.x + p.box.width <= 400 && p.box.y + p.box.height <= 300).toBe(true);
  });

  it('prefers a later place clear of other molecules to an earlier one that covers one (a molecule drawn over a label hides it)', () => {
    // It covers 30% of the first place: as a cost alone, that would not outweigh the first place's rank.
    const molecule = box(0, 0, 22, 40);
    const [placement] = layoutLabels({ area, obstacles: [molecule], labels: [{ candidates: [box(10, 10), box(100, 10)] }] });
    expect(placement!.candidate).toBe(1);
  });

  it('nudges a label that must stay to a clear place before it settles for covering a molecule', () => {
    const molecule = box(0, 0, 120, 60);
    const [placement] = layoutLabels({ area, obstacles: [molecule], labels: [{ keep: true, candidates: [box(10, 10), box(60, 20)] }] });
    expect(placement!.box).toBeDefined();
    expect(intersects(placement!.box!, molecule)).toBe(false);
  });
});

