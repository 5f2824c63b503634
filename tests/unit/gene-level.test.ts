import { describe, expect, it } from 'vitest';
import { SCENES } from '../../scenes';
import { DRUGS } from '../../scenes/drugs';
import { describeStep } from '../../src/model/describe-frame';
import { describedScene } from '../../src/model/described-scene';
import { geneLevel } from '../../src/model/gene-level';
import { loadDrug } from '../../src/model/load-drug';
import { loadScene } from '../../src/model/load-scene';
import { planScene } from '../../src/model/plan-scene';
import { createTreatment } from '../../src/model/treatment';

describe('gene levels', () => {
  it('moves genes turned up or down by the signal, and holds a kept gene at the signal’s share of its usual level', () => {
    expect(geneLevel('up', 0.5)).toBe(0.5);
    expect(geneLevel('down', 0.5)).toBe(-0.5);
    expect(geneLevel('kept', 1)).toBe(0);
    expect(geneLevel('kept', 0.25)).toBe(-0.75);
  });

  it('draws IL31RA kept at its usual level, not raised, without a drug (S30 says STAT3 keeps it expressed)', () => {
    const scene = loadScene(SCENES.il31);
    expect(scene.genes.map((g) => g.change)).toEqual(['kept']);
    const plan = planScene(scene);
    const last = plan.steps.at(-1)!;
    expect(last.end['il31ra-gene']!.value).toBe(0);
    expect(plan.scene.steps.find((s) => s.role === 'transcription')!.title).not.toMatch(/more receptor|itch/i);
  });

  it('says IL31RA is held at the signal’s share under a drug, in the narration and the description', () => {
    const scene = loadScene(SCENES.il31);
    const treatment = createTreatment(scene, loadDrug(DRUGS.abrocitinib), 1);
    const plan = planScene(scene, treatment);
    const transcription = plan.steps.find((s) => s.id === 'transcription')!;
    const share = `${Math.round(treatment.simulation.signal * 100)}%`;
    expect(transcription.text).toContain(`IL31RA, which the signal keeps expressed, is held at ${share} of its usual level.`);
    expect(transcription.end['il31ra-gene']!.value).toBeCloseTo(treatment.simulation.signal - 1, 10);
    const description = describeStep(describedScene(plan), transcription.facts, plan.steps[transcription.index - 1]!.facts);
    expect(description.now).toContain(`IL31RA is held at ${share} of its usual level.`);
  });
});
