/**
 * The scene registry: every scene the widget can show, by id. Adding a scene means adding its file here.
 */
import type { SceneData } from '../src/model/scene-schema';
import { il13 } from './il13';

/** Scenes by id, in the order the app lists them. */
export const SCENES: Readonly<Record<string, SceneData>> = { il13 };

/** The scene shown when none is chosen. */
export const DEFAULT_SCENE_ID = 'il13';
