/**
 * Applies a language's translated texts to scene and drug data. The result is validated like any scene, so
 * a bad translation is refused with the field named, exactly like bad scene data.
 */
import type { DrugData } from '../model/drug-schema';
import type { SceneData } from '../model/scene-schema';
import { stepIdOf } from '../model/step-role';
import type { ContentTranslation, DrugText, SceneText } from './content-types';

/** A value stored under `id` in a record, own keys only: an id such as "constructor" finds nothing inherited. */
function own<T>(record: Readonly<Record<string, T>> | undefined, id: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, id) ? record[id] : undefined;
}

/** A language's texts for one scene, by scene id (undefined when it has none). Use instead of `content.scenes[id]`. */
export function sceneTextById(content: ContentTranslation | undefined, id: string): SceneText | undefined {
  return own(content?.scenes, id);
}

/** A language's texts for one drug, by drug id (undefined when it has none). Use instead of `content.drugs[id]`. */
export function drugTextById(content: ContentTranslation | undefined, id: string): DrugText | undefined {
  return own(content?.drugs, id);
}

/** Scene data with its texts replaced by a translation (unchanged without one). */
export function localizeSceneData(data: SceneData, text: SceneText | undefined): SceneData {
  if (!text) return data;
  return {
    ...data,
    title: text.title,
    summary: text.summary,
    cell: { ...data.cell, label: text.cellLabel },
    outcome: { ...data.outcome, text: text.outcome },
    genes: data.genes.map((gene) => ({ ...gene, label: own(text.genes, gene.id) ?? gene.label })),
    steps: data.steps.map((step) => {
      const t = own(text.steps, stepIdOf(step));
      if (!t) return step;
      return { ...step, title: t.title, text: t.text, ...(step.simplified !== undefined && t.simplified ? { simplified: t.simplified } : {}) };
    }),
  };
}

/** Drug data with its texts replaced by a translation (unchanged without one). */
export function localizeDrugData(data: DrugData, text: DrugText | undefined): DrugData {
  if (!text) return data;
  const potency = Object.fromEntries(
    Object.entries(data.potency).map(([jak, value]) => [
      jak,
      value.kind === 'ratio' ? value : { ...value, note: own(text.potencyNotes, jak) ?? value.note },
    ]),
  ) as DrugData['potency'];
  return {
    ...data,
    name: text.name,
    dosing: { ...data.dosing, text: text.dosing },
    approval: { ...data.approval, text: text.approval },
    mechanism: { ...data.mechanism, text: text.mechanism },
    selectivityNote: { ...data.selectivityNote, text: text.selectivityNote },
    commonSideEffects: { ...data.commonSideEffects, text: text.commonSideEffects },
    boxedWarning: { ...data.boxedWarning, text: text.boxedWarning },
    potency,
  };
}
