import { describe, expect, it } from 'vitest';
import { SCENES } from '../../scenes';
import { il13 } from '../../scenes/il13';
import { sameRect, WHOLE_STAGE, type CameraRect } from '../../src/model/camera';
import { STAGE } from '../../src/model/geometry';
import { loadScene, validateScene } from '../../src/model/load-scene';
import { planScene } from '../../src/model/plan-scene';
import type { StepRole } from '../../src/model/step-role';
import { buildTimeline } from '../../src/timeline/build-timeline';

const inside = (r: CameraRect) => r.x >= 0 && r.y >= 0 && r.width > 0 && r.height > 0 && r.x + r.width <= STAGE.width && r.y + r.height <= STAGE.height;
const contains = (r: CameraRect, x: number, y: number) => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;
const byRole = (plan: ReturnType<typeof planScene>, role: StepRole) => plan.steps.find((s) => s.facts.role === role)!;

describe('step focus (camera)', () => {
  it.each(Object.keys(SCENES))('gives every step of "%s" a rect inside the stage; binding, activation and transcription are close-ups', (id) => {
    const plan = planScene(loadScene(SCENES[id]));
    for (const step of plan.steps) expect(inside(step.focus.rect), step.id).toBe(true);
    for (const role of ['ligand-binding', 'jak-activation', 'transcription'] as const) {
      const focus = byRole(plan, role).focus;
      expect(sameRect(focus.rect, WHOLE_STAGE), role).toBe(false);
      expect(focus.rect.width * focus.rect.height, role).toBeLessThan(STAGE.width * STAGE.height * 0.6);
    }
    expect(byRole(plan, 'resting').focus.whole).toBe(true);
  });

  it('frames the actors each step names: the JAK pair, the pore, the DNA and gene cards', () => {
    const plan = planScene(loadScene(il13));
    const activation = byRole(plan, 'jak-activation');
    for (const chain of plan.scene.receptor.chains) {
      const jak = activation.end[chain.jak.id]!;
      expect(contains(activation.focus.rect, jak.x, jak.y), chain.jak.id).toBe(true);
    }
    expect(byRole(plan, 'nuclear-import').focus.places).toEqual(['pore']);
    const transcription = byRole(plan, 'transcription');
    expect(transcription.focus.places).toEqual(['dna']);
    for (const gene of plan.scene.genes) {
      const card = transcription.end[gene.id]!;
      expect(contains(transcription.focus.rect, card.x, card.y), gene.id).toBe(true);
    }
    const binding = byRole(plan, 'ligand-binding');
    const cytokine = binding.end[plan.scene.cytokine.id]!;
    expect(contains(binding.focus.rect, cytokine.x, cytokine.y)).toBe(true);
    // The receptor's outside, not its tail deep in the cytoplasm.
    expect(binding.focus.rect.y + binding.focus.rect.height).toBeLessThan(400);
  });

  it('follows a scene override: whole-cell, or the actors it names', () => {
    const data = structuredClone(il13) as any;
    const activation = data.steps.findIndex((s: { role: string }) => s.role === 'jak-activation');
    const transcription = data.steps.findIndex((s: { role: string }) => s.role === 'transcription');
    data.steps[activation].focus = 'whole-cell';
    data.steps[transcription].focus = { actors: [data.socs.id] };
    const plan = planScene(loadScene(data));
    expect(plan.steps[activation]!.focus).toMatchObject({ whole: true, rect: WHOLE_STAGE });
    const socs = plan.steps[transcription]!.end[data.socs.id]!;
    expect(plan.steps[transcription]!.focus.actors).toEqual([data.socs.id]);
    expect(contains(plan.steps[transcription]!.focus.rect, socs.x, socs.y)).toBe(true);
    expect(plan.steps[transcription]!.focus.rect).not.toEqual(planScene(loadScene(il13)).steps[transcription]!.focus.rect);
  });

  it('refuses a bad override with its path', () => {
    const data = structuredClone(il13) as any;
    data.steps[2].focus = { actors: ['jak1', 'nope'] };
    data.steps[3].focus = 'everything';
    const issues = validateScene(data);
    expect(issues.map((i) => i.path)).toContain('steps[3].focus');
    const data2 = structuredClone(il13) as any;
    data2.steps[2].focus = { actors: [data2.receptor.chains[0].jak.id, 'nope'] };
    expect(validateScene(data2)).toEqual([{ path: 'steps[2].focus.actors[1]', message: 'unknown actor "nope"' }]);
    // A huge list is refused by its size before anything looks into it.
    data2.steps[2].focus = { actors: Array.from({ length: 100_000 }, () => 'jak1') };
    expect(validateScene(data2)).toEqual([{ path: 'steps[2].focus.actors', message: 'at most 8 actors, got 100000' }]);
  });
});

describe('camera in the timeline', () => {
  const plan = planScene(loadScene(il13));
  const rect = (c: CameraRect) => ({ x: c.x, y: c.y, width: c.width, height: c.height });
  const round = (c: CameraRect) => ({ x: Math.round(c.x), y: Math.round(c.y), width: Math.round(c.width), height: Math.round(c.height) });

  it('is each step focus at that step end', () => {
    const compiled = buildTimeline(plan);
    plan.steps.forEach((step, i) => {
      compiled.timeline.time(compiled.stepEnds[i]!, true);
      expect(round(compiled.camera), step.id).toEqual(step.focus.rect);
    });
  });

  it('pans between foci and is a pure function of time', () => {
    const a = buildTimeline(plan);
    const b = buildTimeline(plan);
    const i = plan.steps.findIndex((s) => s.facts.role === 'jak-activation');
    const mid = a.stepStarts[i]! + 0.5;
    a.timeline.time(mid, true);
    const between = rect(a.camera);
    expect(between).not.toEqual(plan.steps[i]!.focus.rect);
    expect(between).not.toEqual(plan.steps[i - 1]!.focus.rect);
    for (const t of [a.duration, 0, 7.3, a.duration / 2, 1]) b.timeline.time(t, true);
    for (const t of [mid, 0, a.duration, 5.5, mid]) {
      a.timeline.time(t, true);
      const first = rect(a.camera);
      b.timeline.time(t, true);
      expect(rect(b.camera), `t=${t}`).toEqual(first);
      a.timeline.time(t, true);
      expect(rect(a.camera), `t=${t} again`).toEqual(first);
    }
  });
});
