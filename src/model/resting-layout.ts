/**
 * Where every actor is in the resting cell, before anything happens: JAKs already on the receptor tails,
 * STATs free in the cytoplasm, ATP around, the cytokine still outside (every scene's resting step; S9, S15 in docs/sources.md).
 */
import { restingState, type ActorDef, type FrameState } from './actor';
import { CHAIN_X, GENES, JAK, MEMBRANE, PORE, ROUTE } from './geometry';

/** Free STATs rest in the cytoplasm on either side of the receptor. */
export const STAT_REST = [
  { x: 214, y: 392, rotation: -0.12 },
  { x: 1070, y: 372, rotation: 0.1 },
] as const;

/**
 * ATP molecules sit around the cytoplasm, away from the receptor's path, each on the side of the JAK that
 * will use it (so it never crosses the stage to get there).
 */
export const ATP_REST = [
  [{ x: 356, y: 308 }, { x: 300, y: 486 }, { x: 150, y: 300 }, { x: 452, y: 500 }, { x: 120, y: 470 }],
  [{ x: 930, y: 292 }, { x: 1000, y: 470 }, { x: 1180, y: 300 }, { x: 830, y: 500 }, { x: 1160, y: 470 }],
] as const;

/** The cytokine waits in the extracellular space, above and right of the receptor. */
export const CYTOKINE_REST = { x: 1010, y: 92 } as const;

/** Where a drug's route is drawn, and where its molecules wait before they move in. */
export function routeOrigin(route: 'oral' | 'topical' | undefined): { x: number; y: number } {
  return route === 'topical'
    ? { x: (ROUTE.cream.left + ROUTE.cream.right) / 2, y: (ROUTE.cream.top + ROUTE.cream.bottom) / 2 }
    : { x: ROUTE.vessel.x, y: ROUTE.vessel.y };
}

/** x of a receptor chain's centre. */
export function chainX(side: 0 | 1, assembled: boolean): number {
  return (assembled ? CHAIN_X.together : CHAIN_X.apart)[side];
}

/** Centre of the JAK bound to a chain at x: beside the tail, facing the partner chain. */
export function jakCentre(side: 0 | 1, chainCentreX: number): { x: number; y: number } {
  return { x: chainCentreX + (side === 0 ? JAK.offsetX : -JAK.offsetX), y: MEMBRANE.mid + JAK.offsetY };
}

/** The resting frame for a scene's actors. */
export function restingFrame(actors: readonly ActorDef[], preassembled: boolean): FrameState {
  const frame: FrameState = {};
  const atpCount: [number, number] = [0, 0];
  let gene = 0;
  for (const actor of actors) {
    switch (actor.kind) {
      case 'cytokine':
        frame[actor.id] = restingState(CYTOKINE_REST.x, CYTOKINE_REST.y);
        break;
      case 'receptor':
        frame[actor.id] = restingState(chainX(actor.side ?? 0, preassembled), MEMBRANE.mid);
        break;
      case 'jak': {
        const { x, y } = jakCentre(actor.side ?? 0, chainX(actor.side ?? 0, preassembled));
        frame[actor.id] = restingState(x, y);
        break;
      }
      case 'stat': {
        const rest = STAT_REST[actor.side ?? 0];
        // Each free STAT faces the receptor, so its SH2 domain leads when it docks.
        frame[actor.id] = restingState(rest.x, rest.y, { rotation: rest.rotation, value: actor.side ?? 0 });
        break;
      }
      case 'atp': {
        const side = actor.side ?? 0;
        const places = ATP_REST[side];
        const rest = places[atpCount[side]++ % places.length]!;
        frame[actor.id] = restingState(rest.x, rest.y);
        break;
      }
      case 'socs':
        // Not made yet: SOCS is induced by the signal itself, so it appears only at the feedback step.
        frame[actor.id] = restingState(PORE.x + 60, PORE.y - 40, { alpha: 0, scale: 0.6 });
        break;
      case 'gene':
        frame[actor.id] = restingState(GENES.firstX + GENES.spacing * gene++, GENES.y);
        break;
      case 'route': {
        const origin = routeOrigin(actor.route);
        frame[actor.id] = restingState(origin.x, origin.y);
        break;
      }
      case 'drug': {
        // Waits, unseen, in its route until the first step delivers it.
        const origin = routeOrigin(actor.route);
        frame[actor.id] = restingState(origin.x, origin.y, { alpha: 0 });
        break;
      }
    }
  }
  return frame;
}
