/**
 * The scene registry: every scene the widget can show, by id. Adding a scene means adding its file here.
 */
import type { SceneData } from '../src/model/scene-schema';
import { ifng } from './ifng';
import { il13 } from './il13';
import { il22 } from './il22';
import { il31 } from './il31';
import { il4 } from './il4';
import { tslp } from './tslp';

/**
 * Scenes by id, in the order the app lists them. It has no prototype, so `SCENES.constructor` is undefined; still,
 * look scenes up with `sceneDataById`.
 */
export const SCENES: Readonly<Record<string, SceneData>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, SceneData>, { il13, il4, il31, il22, tslp, ifng }),
);

/** The registered scene with this id, or undefined: never a member of Object.prototype ("constructor"). */
export function sceneDataById(id: string): SceneData | undefined {
  return Object.hasOwn(SCENES, id) ? SCENES[id] : undefined;
}

/** The scene shown when none is chosen. */
export const DEFAULT_SCENE_ID = 'il13';
