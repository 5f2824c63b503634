/**
 * Short action sequences that broke invariants in fuzz runs (each found by a run, then shrunk by hand or with
 * `npm run fuzz -- --shrink`). Replayed on fresh widgets by tests/browser/fuzz.test.ts: each must break nothing.
 */
import type { ActionSpec } from './actions';

const act = (kind: string, widget: number, ...args: (string | number)[]): ActionSpec => ({ kind, widget, args, label: `w${widget}: ${kind} ${args.join(' ')}` });
const draw = act('draw', 0, 1);

export const REPRODUCTIONS: Record<string, ActionSpec[]> = {
  'loadSceneData at step 1 repeats step-change 1': [act('load-scene-data', 0, 'valid', 'il4', 'en')],
  'a new drug at step 5 repeats step-change 5': [act('method', 0, 'goToStep', '5'), act('set-attribute', 0, 'drug', 'ruxolitinib')],
  'a new exposure repeats step-change': [act('set-attribute', 0, 'drug', 'ruxolitinib'), act('method', 0, 'goToStep', '5'), act('set-attribute', 0, 'exposure', '100')],
  'a new scene at step 5 repeats step-change 5': [act('method', 0, 'goToStep', '5'), act('set-attribute', 0, 'scene', 'il31')],
  'the page language repeats step-change on every widget': [act('method', 0, 'goToStep', '5'), act('page-lang', 0, 'es')],
  'lang attribute repeats step-change': [act('method', 0, 'goToStep', '5'), act('set-attribute', 0, 'lang', 'es')],
  'presenter mode gives a 0×0 canvas': [act('click', 0, 'presenter-toggle'), draw],
  'presenter with compare gives two 0×0 canvases': [act('presenter-compare', 0, 'abrocitinib'), draw],
  'boolean properties keep non-boolean values': [act('set-property', 0, 'quiz', '"__proto__"'), act('set-property', 0, 'compare', '-1'), act('set-property', 0, 'readAloud', 'NaN'), act('set-property', 0, 'presenter', '""'), act('set-property', 0, 'autoplay', '{}')],
  'removeAttribute("scene") keeps the scene': [act('set-attribute', 0, 'scene', 'il31'), act('remove-attribute', 0, 'scene')],
  'removeAttribute("speed") keeps the speed': [act('set-attribute', 0, 'speed', '2'), act('remove-attribute', 0, 'speed')],
  'removeAttribute("step") keeps the step': [act('set-attribute', 0, 'step', '5'), act('remove-attribute', 0, 'step')],
  'removeAttribute("drug"/"exposure") keep them': [act('set-attribute', 0, 'drug', 'abrocitinib'), act('set-attribute', 0, 'exposure', '100'), act('remove-attribute', 0, 'drug'), act('remove-attribute', 0, 'exposure')],
  'a property whose toString throws breaks every later update': [act('set-property', 0, 'compare', '{ toString() { throw } }'), draw, act('method', 0, 'next')],
  'el.lang = Symbol() breaks every later update': [act('set-property', 0, 'lang', 'Symbol()'), act('set-property', 0, 'step', '3.5'), draw],
  'a loaded step with id "constructor" breaks on a language change': [act('load-scene-data', 0, 'step-id-constructor', 'il31', 'en'), act('page-lang', 0, 'es'), act('method', 0, 'next'), draw],
  'a loaded scene on one widget while the page turns Spanish shows stale words': [act('page-lang', 0, 'es'), act('load-scene-data', 2, 'valid', 'il13', 'en')],
};
