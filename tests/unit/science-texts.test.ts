import { describe, expect, it } from 'vitest';
import es from '../../src/i18n/locales/es';
import { en } from '../../src/i18n/locales/en';
import { SCENES } from '../../scenes';
import { DRUGS } from '../../scenes/drugs';
import { stepIdOf } from '../../src/model/step-role';

/** Every string anywhere in a value (objects, arrays), for wording checks over a whole locale. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const step = (sceneId: string, stepId: string) => SCENES[sceneId]!.steps.find((s) => stepIdOf(s) === stepId)!;

describe('drug cards state the label limits', () => {
  it('gives the dose limits of each label', () => {
    expect(DRUGS.abrocitinib!.dosing.text).toMatch(/50 mg.*CYP2C19.*kidney/);
    expect(DRUGS.upadacitinib!.dosing.text).toMatch(/12–64.*40 kg.*65, 15 mg only/);
    expect(DRUGS.ruxolitinib!.dosing.text).toMatch(/60 g a week.*100-g tube.*2–11: at most 60 g every 2 weeks/);
  });

  it('says the relevance of inhibiting specific JAKs is not known, and qualifies the selectivity and exposure figures', () => {
    for (const id of ['abrocitinib', 'ruxolitinib']) expect(DRUGS[id]!.selectivityNote.text).toContain('not currently known');
    expect(DRUGS.upadacitinib!.selectivityNote.text).toMatch(/Ex vivo.*JAK1 over JAK3/);
    expect(DRUGS.ruxolitinib!.selectivityNote.text).toMatch(/2\.5%.*standard deviation 3\.6, maximum-use trial/);
  });
});

describe('scenes state only what their sources support', () => {
  it('shows IL-4 acting on a naive (Th0) helper T cell, not one that is already Th2', () => {
    expect(SCENES.il4!.cell.label).toContain('Th0');
    expect(SCENES.il4!.cell.label).not.toContain('Th2');
  });

  it('notes the pre-assembly debate where the receptor is drawn coming together', () => {
    for (const id of ['il4', 'il22', 'tslp']) {
      const assembly = step(id, 'receptor-assembly');
      expect(assembly.simplified, id).toMatch(/pre-assembled.*debated/);
      expect(assembly.sources, id).toEqual(expect.arrayContaining(['S4', 'S5', 'S10']));
    }
  });

  it('gives the IL-31 step no transcribed itch and the nuclear-shuttling caveat', () => {
    const transcription = step('il31', 'transcription');
    expect(transcription.title).not.toMatch(/itch/i);
    expect(transcription.text).toContain('keep the IL-31 receptor (IL-31RA) expressed');
    expect(step('il31', 'nuclear-import').simplified).toContain('also shuttle');
  });

  it('cites S8 for STAT5 and S14 for STAT1 instead of S1, which covers STAT3 and STAT6 only', () => {
    for (const s of [...SCENES.tslp!.steps, ...SCENES.ifng!.steps].filter((s) => s.id !== 'nuclear-import')) {
      expect(s.sources, s.id).not.toContain('S1');
    }
  });

  it('marks barrier-gene repression as partly indirect and says a drug-bound JAK can still be phosphorylated', () => {
    for (const id of ['il13', 'il22']) expect(step(id, 'transcription').simplified, id).toContain('partly indirect');
    for (const scene of Object.values(SCENES)) expect(step(scene.id, 'jak-activation').simplified, scene.id).toContain('free partner');
  });
});

describe('glossary, checkpoints and Spanish wording', () => {
  it('makes inhibition dose-dependent and names dupilumab in no checkpoint shown for every cytokine', () => {
    const inhibitor = en.glossary.find((g) => g.id === 'inhibitor')!.definition;
    expect(inhibitor).not.toContain('signal stops');
    expect(inhibitor).toContain('in proportion');
    expect(strings(en.checkpoints).join(' ')).not.toContain('dupilumab');
    expect(strings(es.checkpoints).join(' ')).not.toContain('dupilumab');
  });

  it('writes Spanish with a decimal comma, comprimidos and tú throughout', () => {
    const all = strings(es).join('\n');
    expect(all).not.toMatch(/\d\.\d/);
    expect(all).not.toMatch(/pastilla/i);
    expect(all).not.toMatch(/\b(Consulte|fármacos de anticuerpos)\b/);
    expect(es.ui.drug.exposureOption(0.3)).toBe('0,3× CI50 de JAK1');
    expect(es.treatment.exposureFill(0.3, 'cerca del 20% de los bolsillos de JAK1')).toContain('(0,3×');
    expect(es.glossary.find((g) => g.id === 'receptor')!.definition).toContain('receptores de citocinas');
    expect(es.describer.cytokineBound('IFN-γ')).toContain('unido');
    expect(es.describer.cytokineBound('IL-13')).toContain('unida');
  });
});
