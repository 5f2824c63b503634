/**
 * The pure model: scenes as checked data, planned into actor states per step. No DOM, Pixi, GSAP or Lit.
 */
export * from './actor';
export * from './choreography';
export * from './data-limits';
export * from './geometry';
export * from './load-scene';
export * from './plan-scene';
export * from './scene-schema';
export * from './sources';
