/**
 * Turns untrusted scene data into a checked `Scene`, or an error that names the field and the reason,
 * e.g. `steps[3].actions[0].actor: unknown actor "jak9"`.
 */
import * as v from 'valibot';
import { SceneSchema, type AuthoredScene, type Scene, type SceneAction } from './scene-schema';
import { defaultActions } from './default-actions';
import { STEP_ROLES, stepIdOf } from './step-role';
import { isKnownSource } from './sources';
import type { ActorKind } from './actor';
import { declaredActors } from './scene-actors';
import { formatIssuePath, idForMessage } from './issue-path';
import { sceneSizeIssues } from './data-limits';
import type { SceneIssue } from './scene-issue';
import { frozenCopy } from './frozen-copy';

export type { SceneIssue } from './scene-issue';

/** Thrown when scene data is invalid; `issues` lists every problem found, `message` says them all. */
export class SceneValidationError extends Error {
  readonly issues: readonly SceneIssue[];
  readonly sceneId: string;

  constructor(sceneId: string, issues: readonly SceneIssue[]) {
    const list = issues.map((issue) => `${issue.path || '(scene)'}: ${issue.message}`).join('\n  ');
    super(`Scene "${sceneId}" is invalid:\n  ${list}`);
    this.name = 'SceneValidationError';
    this.issues = issues;
    this.sceneId = sceneId;
  }
}

/**
 * Validates scene data; returns the checked scene or throws `SceneValidationError`. Oversize data (see
 * data-limits.ts) is refused before anything else looks at it. Every step of the scene returned has its `id`
 * (the role, where the data gives none) and its `actions` (the role's defaults, default-actions.ts, where the
 * data gives none). The scene is a fresh, deeply frozen copy: changing `data` afterwards changes nothing.
 */
export function loadScene(data: unknown): Scene {
  const sceneId = idForMessage(data);
  const oversize = sceneSizeIssues(data);
  if (oversize.length > 0) throw new SceneValidationError(sceneId, oversize);
  const result = v.safeParse(SceneSchema, data);
  if (!result.success) {
    throw new SceneValidationError(sceneId, result.issues.map((issue) => ({
      path: formatIssuePath(issue.path),
      message: describeIssue(issue),
    })));
  }
  const scene = withStepDefaults(result.output);
  const issues = [...stepIdIssues(result.output), ...findReferenceIssues(scene)];
  if (issues.length > 0) throw new SceneValidationError(sceneId, issues);
  return frozenCopy(scene);
}

/** Fills in each step's id (its role) and actions (its role's defaults) where the data leaves them out. */
function withStepDefaults(authored: AuthoredScene): Scene {
  return {
    ...authored,
    steps: authored.steps.map(({ id, actions, ...step }) => ({
      id: id ?? step.role,
      ...step,
      actions: actions ?? defaultActions(step.role, authored),
    })),
  };
}

/** Step ids must differ; a step without an id takes its role's name, so two steps of one role need ids. */
function stepIdIssues(scene: AuthoredScene): SceneIssue[] {
  const issues: SceneIssue[] = [];
  const seen = new Set<string>();
  scene.steps.forEach((step, s) => {
    const id = stepIdOf(step);
    if (!seen.has(id)) seen.add(id);
    else if (step.id !== undefined) issues.push({ path: `steps[${s}].id`, message: `duplicate step id "${id}"` });
    else issues.push({ path: `steps[${s}].id`, message: `missing: an earlier step already has the id "${id}" (a step's id defaults to its role), so give this one its own id` });
  });
  return issues;
}

/** Like `loadScene`, but returns the issues instead of throwing (empty when the scene is valid). */
export function validateScene(data: unknown): SceneIssue[] {
  try {
    loadScene(data);
    return [];
  } catch (error) {
    if (error instanceof SceneValidationError) return [...error.issues];
    throw error;
  }
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  // Valibot's default messages are precise but terse; say what was received for type errors.
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.input !== undefined) {
    return `unknown field (${issue.message})`;
  }
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.path?.at(-1)?.key === 'role') {
    return `missing; every step states its role, one of ${STEP_ROLES.join(', ')}`;
  }
  if (issue.kind === 'schema' && issue.type === 'variant') {
    return `unknown action ${issue.received}; expected one of bind, assemble, shift, phosphorylate, dock, dimerize, enter-nucleus, bind-dna, express, feedback`;
  }
  return issue.message;
}

/** Which kinds each action field accepts. */
const ROLE_KINDS: Record<SceneAction['do'], Partial<Record<'actor' | 'actors' | 'to' | 'by' | 'on', readonly ActorKind[]>>> = {
  bind: { actor: ['cytokine'], to: ['receptor'] },
  assemble: { actors: ['receptor'] },
  shift: { actors: ['receptor'] },
  phosphorylate: { actor: ['jak', 'receptor', 'stat'], by: ['jak'] },
  dock: { actor: ['stat'], to: ['receptor'] },
  dimerize: { actors: ['stat'] },
  'enter-nucleus': { actors: ['stat'] },
  'bind-dna': { actors: ['stat'] },
  express: { actor: ['gene'] },
  feedback: { actor: ['socs'], on: ['jak'] },
};

function findReferenceIssues(scene: Scene): SceneIssue[] {
  const issues: SceneIssue[] = [];
  const kinds = new Map<string, ActorKind>();
  for (const { def, path } of declaredActors(scene)) {
    if (kinds.has(def.id)) issues.push({ path, message: `duplicate actor id "${def.id}"` });
    kinds.set(def.id, def.kind);
  }

  const checkSources = (ids: readonly string[], path: string) => {
    ids.forEach((id, i) => {
      if (!isKnownSource(id)) issues.push({ path: `${path}[${i}]`, message: `unknown source id "${id}"` });
    });
  };
  checkSources(scene.cell.sources, 'cell.sources');
  checkSources(scene.receptor.sources, 'receptor.sources');
  checkSources(scene.stat.sources, 'stat.sources');
  checkSources(scene.outcome.sources, 'outcome.sources');

  scene.steps.forEach((step, s) => {
    checkSources(step.sources, `steps[${s}].sources`);
    step.actions.forEach((action, a) => {
      const roles = ROLE_KINDS[action.do];
      for (const [role, allowed] of Object.entries(roles) as [keyof typeof roles, readonly ActorKind[]][]) {
        const value = (action as Record<string, unknown>)[role];
        const refs = Array.isArray(value) ? (value as string[]) : [value as string];
        refs.forEach((ref, r) => {
          const path = `steps[${s}].actions[${a}].${role}${Array.isArray(value) ? `[${r}]` : ''}`;
          const kind = kinds.get(ref);
          if (!kind) issues.push({ path, message: `unknown actor "${ref}"` });
          else if (!allowed.includes(kind)) {
            issues.push({ path, message: `"${ref}" is a ${kind}; "${action.do}" needs a ${allowed.join(' or ')} here` });
          }
        });
      }
      if ('actors' in action && action.actors[0] === action.actors[1]) {
        issues.push({ path: `steps[${s}].actions[${a}].actors`, message: 'must name two different actors' });
      }
    });
    if (typeof step.focus === 'object') {
      step.focus.actors.forEach((ref, r) => {
        if (!kinds.has(ref)) issues.push({ path: `steps[${s}].focus.actors[${r}]`, message: `unknown actor "${ref}"` });
      });
    }
  });
  return issues;
}
