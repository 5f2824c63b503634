/**
 * One entry point that turns an actor definition into its drawing.
 */
import type { ActorDef } from '../../model/actor';
import type { ActorSprite } from './actor-sprite';
import { createAtpSprite } from './atp-sprite';
import { createCytokineSprite } from './cytokine-sprite';
import { createDrugSprite } from './drug-sprite';
import { createGeneSprite } from './gene-sprite';
import { createJakSprite } from './jak-sprite';
import { createReceptorSprite } from './receptor-sprite';
import { createRouteSprite } from './route-sprite';
import { createSocsSprite } from './socs-sprite';
import { createStatSprite } from './stat-sprite';

/** Create the sprite for an actor, dispatching on its kind. Call `update` once before the first render. */
/** Words drawn inside actors (not their labels), in the widget's language. */
export interface ActorWords {
  /** A gene card at its usual level. */
  readonly baseline: string;
}

export function createActorSprite(def: ActorDef, words: ActorWords = { baseline: 'baseline' }): ActorSprite {
  switch (def.kind) {
    case 'cytokine':
      return createCytokineSprite(def);
    case 'receptor':
      return createReceptorSprite(def);
    case 'jak':
      return createJakSprite(def);
    case 'stat':
      return createStatSprite(def);
    case 'atp':
      return createAtpSprite(def);
    case 'socs':
      return createSocsSprite(def);
    case 'gene':
      return createGeneSprite(def, words.baseline);
    case 'route':
      return createRouteSprite(def);
    case 'drug':
      return createDrugSprite(def);
    default: {
      const unknown: never = def.kind;
      throw new Error(`No sprite for actor kind ${String(unknown)}`);
    }
  }
}
