/**
 * The drug story agrees with the model, always: for every scene × drug × exposure (the slider's ends included)
 * and both languages, no narration, note, describer sentence or checkpoint claims a complete block while the
 * model still gives more than 10% signal; the numbers in the narration are the facts'; the describer says
 * each fact once, with a capital, without contradicting itself; gene levels are ±signal.
 */
import { describe, expect, it } from 'vitest';
import { SCENES } from '../../scenes';
import { DRUGS } from '../../scenes/drugs';
import { drugTextById, localizeDrugData, localizeSceneData, sceneTextById } from '../../src/i18n/localize-content';
import { en } from '../../src/i18n/locales/en';
import { es } from '../../src/i18n/locales/es';
import type { Locale } from '../../src/i18n/locale';
import { describeFacts, describeStep } from '../../src/model/describe-frame';
import { describedScene } from '../../src/model/described-scene';
import { loadDrug } from '../../src/model/load-drug';
import { loadScene } from '../../src/model/load-scene';
import { planScene } from '../../src/model/plan-scene';
import { mayClaimCompleteBlock, percentWords } from '../../src/model/signal-band';
import { roleOf } from '../../src/model/step-role';
import { createTreatment } from '../../src/model/treatment';
import { geneLevel } from '../../src/model/gene-level';
import { checkpointUnder } from '../../src/ui/jak-stat-explorer/checkpoint-panel';

/** Phrases that claim the pathway is fully stopped: allowed only while signal ≤ 10%. */
const COMPLETE_BLOCK: Record<string, readonly string[]> = {
  en: [
    'cannot bind', 'stay off', 'stays off', 'stays empty', 'stay empty', 'stay at their usual level', 'stays at its usual level',
    'stay close to their usual level', 'no phosphate', 'none enters', 'do not pair up', 'gets no phosphate', 'no docking sites',
    'receptor pairs switches on', 'barely', 'no signal gets through',
  ],
  es: [
    'no puede unirse', 'siguen apagadas', 'queda vacío', 'se quedan cerca de su nivel habitual', 'ninguna entra', 'no forman parejas',
    'ningún fosfato', 'no aparecen sitios de anclaje', 'ninguno de los', 'apenas',
  ],
};
/** The slider's low end, the presets, the slider's high end. */
const EXPOSURES = [0.1, 0.3, 1, 10, 100, 1000];
const LOCALES: readonly Locale[] = [en, es];

function planFor(sceneId: string, drugId: string, exposure: number, locale: Locale) {
  const scene = loadScene(locale === en ? SCENES[sceneId]! : localizeSceneData(SCENES[sceneId]!, sceneTextById(locale.content, sceneId)));
  const drugData = DRUGS[drugId]!;
  const drug = loadDrug(locale === en ? drugData : localizeDrugData(drugData, drugTextById(locale.content, drugId)));
  return planScene(scene, createTreatment(scene, drug, exposure), locale.treatment);
}

const cases = LOCALES.flatMap((locale) =>
  Object.keys(SCENES).flatMap((scene) => Object.keys(DRUGS).flatMap((drug) => EXPOSURES.map((x) => [locale.code, scene, drug, x] as const))),
);

describe.each(cases)('%s · %s · %s at %s×', (code, sceneId, drugId, exposure) => {
  const locale = LOCALES.find((l) => l.code === code)!;
  const plan = planFor(sceneId, drugId, exposure, locale);
  const { simulation } = plan.treatment!;
  const described = describedScene(plan);
  const checkpoints = plan.steps.flatMap((step) => {
    const role = roleOf(plan.scene.steps[step.index]!);
    return locale.checkpoints
      .filter((c) => c.afterStep === role)
      .map((c) => checkpointUnder(c, step.facts));
  });

  it('claims no complete block while signal > 0.1', () => {
    if (mayClaimCompleteBlock(simulation.signal)) return;
    const texts = [
      ...plan.steps.flatMap((step, i) => {
        const d = describeStep(described, step.facts, i > 0 ? plan.steps[i - 1]!.facts : undefined, locale.describer);
        return [step.text, step.drugNote ?? '', d.now, d.changed];
      }),
      ...checkpoints.flatMap((c) => [c.question, ...c.answers.flatMap((a) => [a.text, a.feedback])]),
    ].map((t) => t.toLowerCase());
    for (const phrase of COMPLETE_BLOCK[code]!) {
      const hit = texts.find((t) => t.includes(phrase));
      expect(hit, `"${phrase}" at signal ${simulation.signal.toFixed(2)}`).toBeUndefined();
    }
  });

  it('narrates the numbers of the facts: signalling pairs, dimers, percent', () => {
    const percent = percentWords(simulation.signal, locale.treatment.under1);
    for (const step of plan.steps) {
      const { cell } = step.facts;
      if (step.index === 0) continue;
      const text = step.text;
      const pairs = text.match(code === 'en' ? /\((\d+) of (\d+)\)|only (\d+) of (\d+)/ : /\((\d+) de (\d+)\)|solo (\d+) de (\d+)/);
      if (pairs) {
        expect(Number(pairs[1] ?? pairs[3]), step.id).toBe(cell.signallingPairs);
        expect(Number(pairs[2] ?? pairs[4]), step.id).toBe(cell.pairs);
      }
      const dimers = text.match(code === 'en' ? /Across the cell (\d+) \S+ dimers?/ : /En toda la célula (\d+) d[íi]meros?/);
      if (dimers) expect(Number(dimers[1]), step.id).toBe(cell.dimersInNucleus);
      if (/\d+%|1%/.test(`${text} ${step.drugNote}`) && step.drugNote?.match(/%/)) {
        expect(step.drugNote, step.id).toContain(percent);
      }
    }
    // Every step from JAK activation on says how many pairs still signal, or how many dimers arrived, or the signal.
    const dependent = plan.steps.filter((s) => roleOf(plan.scene.steps[s.index]!) === 'jak-activation');
    for (const step of dependent) expect(step.text, step.id).toContain(percent);
  });

  it('describes each fact once, with a capital, and each drug molecule once', () => {
    for (const step of plan.steps) {
      const sentences = describeFacts(described, step.facts, locale.describer);
      expect(new Set(sentences).size, step.id).toBe(sentences.length);
      for (const s of sentences) expect(s[0], s).toBe(s[0]!.toUpperCase());
      const inPocket = sentences.filter((s) => /ATP pocket|bolsillo de ATP/.test(s));
      expect(inPocket.length, step.id).toBe(step.facts.pair.pluggedJaks.length);
      const waiting = sentences.filter((s) => /waits? unbound|esperan? libres?/.test(s));
      expect(waiting.length, step.id).toBe(step.facts.pair.waitingDrugs.length > 0 ? 1 : 0);
      // Every drug molecule on stage is in exactly one fact: in a pocket or waiting.
      expect(step.facts.pair.pluggedJaks.length + step.facts.pair.waitingDrugs.length).toBe(plan.actors.filter((a) => a.kind === 'drug').length);
      expect(sentences.join(' '), step.id).not.toMatch(/not in a pocket|fuera de un bolsillo/);
    }
  });

  it('puts the genes at their level for the signal once transcription has run, as the picture does', () => {
    let transcribed = false;
    for (const step of plan.steps) {
      if (roleOf(plan.scene.steps[step.index]!) === 'transcription') transcribed = true;
      for (const gene of step.facts.cell.genes) {
        const change = plan.scene.genes.find((g) => g.id === gene.id)!.change;
        const expected = transcribed ? geneLevel(change, simulation.signal) : 0;
        expect(gene.value, `${step.id} ${gene.id}`).toBeCloseTo(expected, 10);
        expect(step.end[gene.id]!.value, `${step.id} ${gene.id} drawn`).toBeCloseTo(expected, 10);
      }
    }
  });
});
