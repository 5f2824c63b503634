/**
 * `jak-stat-explorer/model` (src/model-entry.ts) must run in Node with no DOM: nothing in its import graph may
 * import Lit, Pixi or GSAP, or any module of the view, the elements or the timeline. Walks the source graph
 * from the entry, following relative imports (type imports too: they are where a view type would creep in)
 * and collecting bare ones. The pack test (scripts/test-package.mjs) also runs the built entry in plain Node.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as model from '../../src/model-entry';

const ROOT = resolve(import.meta.dirname, '../..');
/** Static `import … from '…'`, `import '…'`, `export … from '…'` at the start of a line, and `import('…')`. */
const IMPORT = /^(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** The source file a relative specifier names: `x.ts` or `x/index.ts`. */
function resolveSource(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  const found = [base, `${base}.ts`, resolve(base, 'index.ts')].find((path) => path.endsWith('.ts') && existsSync(path));
  if (!found) throw new Error(`${relative(ROOT, from)}: cannot resolve "${specifier}"`);
  return found;
}

/** Every source file reachable from `entry`, and every bare specifier they import. */
function importGraph(entry: string): { files: string[]; bare: Set<string> } {
  const files = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = (match[1] ?? match[2] ?? match[3])!;
      if (specifier.startsWith('.')) visit(resolveSource(file, specifier));
      else bare.add(specifier);
    }
  };
  visit(entry);
  return { files: [...files].map((file) => relative(ROOT, file)).sort(), bare };
}

describe('the model entry (jak-stat-explorer/model)', () => {
  const graph = importGraph(resolve(ROOT, 'src/model-entry.ts'));

  it('imports no package but valibot: no Lit, Pixi or GSAP', () => {
    expect([...graph.bare]).toEqual(['valibot']);
  });

  it('reaches only the model, the scene and drug data and the id-friendly simulate entry', () => {
    const outside = graph.files.filter((file) => !/^(src\/model\/|scenes\/|src\/simulate\.ts$|src\/model-entry\.ts$)/.test(file));
    expect(outside).toEqual([]);
  });

  it('finds a view import when there is one (the walk itself works)', () => {
    const { bare } = importGraph(resolve(ROOT, 'src/elements.ts'));
    expect(bare).toContain('lit');
    expect(bare).toContain('pixi.js');
  });

  it('offers simulatePathway, validation and the scene and drug data', () => {
    expect(model.simulatePathway({ scene: 'il13', drug: 'upadacitinib', exposure: 10 }).signal).toBeCloseTo(1 / 11, 6);
    expect(Object.keys(model.SCENES)).toContain(model.DEFAULT_SCENE_ID);
    expect(model.DRUG_IDS).toContain('abrocitinib');
    expect(model.validateScene({})).not.toEqual([]);
    expect(() => model.loadDrug({})).toThrow(model.DrugValidationError);
  });
});
