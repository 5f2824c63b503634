import { describe, expect, it, vi } from 'vitest';
import { SessionController, type SessionInputs } from '../../../src/ui/controllers/session-controller';
import { en } from '../../../src/i18n/locales/en';
import { es } from '../../../src/i18n/locales/es';
import { SCENES } from '../../../scenes';

const inputs = (over: Partial<SessionInputs> = {}): SessionInputs => ({ drug: 'none', exposure: 10, compare: false, locale: en, ...over });

function setup() {
  const report = vi.fn();
  const refused = vi.fn();
  const sessions = new SessionController(inputs(), report, refused);
  return { sessions, report, refused };
}

describe('session controller', () => {
  it('builds each combination once and says what changed', () => {
    const { sessions } = setup();
    const first = sessions.main;
    expect(sessions.sync(inputs())).toMatchObject({ main: false, scene: false, baseline: false, drugSettings: false });
    expect(sessions.main).toBe(first);
    expect(sessions.sync(inputs({ drug: 'abrocitinib' }))).toMatchObject({ main: true, scene: false, drugSettings: true });
    expect(sessions.main.plan.treatment?.drug.id).toBe('abrocitinib');
  });

  it('adds the untreated run in compare mode with a drug, and drops it without', () => {
    const { sessions } = setup();
    expect(sessions.sync(inputs({ compare: true })).baseline).toBe(false);
    expect(sessions.baseline).toBeUndefined();
    expect(sessions.sync(inputs({ compare: true, drug: 'upadacitinib' })).baseline).toBe(true);
    expect(sessions.baseline?.plan.treatment).toBeUndefined();
    expect(sessions.sync(inputs({ compare: false, drug: 'upadacitinib' })).baseline).toBe(true);
    expect(sessions.baseline).toBeUndefined();
  });

  it('reports an unknown scene during the next sync and keeps the scene shown', () => {
    const { sessions, report, refused } = setup();
    sessions.askScene('il99');
    expect(refused).toHaveBeenCalledTimes(1);
    expect(report).not.toHaveBeenCalled();
    sessions.sync(inputs());
    expect(report).toHaveBeenCalledWith(expect.objectContaining({ scene: 'il99', message: expect.stringContaining('unknown scene') }));
    expect(sessions.sceneId).toBe('il13');
  });

  it.each(['__proto__', 'constructor', 'toString'])('refuses the scene id %s without touching Object.prototype', (id) => {
    const { sessions, report } = setup();
    sessions.askScene(id);
    sessions.sync(inputs());
    expect(report).toHaveBeenCalledTimes(1);
    expect(sessions.main.scene.id).toBe('il13');
  });

  it('shows author data in every language as written, and never keeps the caller’s object', () => {
    const { sessions, report } = setup();
    const data = structuredClone(SCENES.il4!) as { id: string; steps: { title: string }[] };
    data.id = 'my-scene';
    expect(sessions.load(data, inputs())).toBe(true);
    data.steps[0]!.title = 'changed afterwards';
    data.steps.length = 1;
    const title = sessions.main.plan.steps[0]!.title;
    expect(title).not.toBe('changed afterwards');
    sessions.sync(inputs({ locale: es }));
    expect(report).not.toHaveBeenCalled();
    expect(sessions.main.scene.id).toBe('my-scene');
    expect(sessions.main.plan.steps).toHaveLength(SCENES.il4!.steps.length);
    expect(sessions.main.plan.steps[0]!.title).toBe(title);
  });

  it('author data under a registered id does not take that scene’s translation', () => {
    const { sessions, report } = setup();
    const data = structuredClone(SCENES.il13!) as { steps: { title: string }[] };
    data.steps[0]!.title = 'An author’s own title';
    expect(sessions.load(data, inputs())).toBe(true);
    sessions.sync(inputs({ locale: es }));
    expect(report).not.toHaveBeenCalled();
    expect(sessions.main.plan.steps[0]!.title).toBe('An author’s own title');
    // Asking for the registered scene by the same id brings the registered one back, in the language.
    sessions.askScene('il13');
    expect(sessions.sync(inputs({ locale: es })).scene).toBe(true);
    expect(sessions.main.source.kind).toBe('registered');
  });

  it('refuses bad data with field paths, keeping the scene shown', () => {
    const { sessions, report } = setup();
    expect(sessions.load({ id: 'broken' }, inputs())).toBe(false);
    expect(report).toHaveBeenCalledWith(expect.objectContaining({ scene: 'broken', issues: expect.any(Array) }));
    expect(sessions.main.scene.id).toBe('il13');
  });
});
