/** Picks the drawings for a cell kind. */
import type { CellKind } from '../../model/cell-kind';
import type { CellDecor } from './cell-decor';
import { createImmuneCellDecor } from './immune-cell';
import { createKeratinocyteDecor } from './keratinocyte';
import { createSensoryNeuronDecor } from './sensory-neuron';
import { createTCellDecor } from './t-cell';
import { createTissueCellDecor } from './tissue-cell';

const FACTORIES: Readonly<Record<CellKind, () => CellDecor>> = {
  keratinocyte: createKeratinocyteDecor,
  't-cell': createTCellDecor,
  'sensory-neuron': createSensoryNeuronDecor,
  'immune-cell': createImmuneCellDecor,
  'tissue-cell': createTissueCellDecor,
};

/** Create the inset pictogram and stage cues of a cell kind (falls back to the generic tissue cell). */
export function createCellDecor(kind: CellKind): CellDecor {
  return (FACTORIES[kind] ?? createTissueCellDecor)();
}
