import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const MODEL = resolve(import.meta.dirname, '../../src/model');

/** Each model file's relative imports (type imports included: a circle of types is still a circle). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of readdirSync(MODEL).filter((name) => name.endsWith('.ts'))) {
    const text = readFileSync(join(MODEL, file), 'utf8');
    const targets = [...text.matchAll(/from '\.\/([\w.-]+)'/g)].map((match) => `${match[1]}.ts`);
    graph.set(file, targets);
  }
  return graph;
}

/** The first import circle found, as a list of files, or undefined. */
function findCircle(graph: Map<string, string[]>): string[] | undefined {
  const done = new Set<string>();
  const visit = (file: string, path: string[]): string[] | undefined => {
    if (path.includes(file)) return [...path.slice(path.indexOf(file)), file];
    if (done.has(file)) return undefined;
    for (const next of graph.get(file) ?? []) {
      const circle = visit(next, [...path, file]);
      if (circle) return circle;
    }
    done.add(file);
    return undefined;
  };
  for (const file of graph.keys()) {
    const circle = visit(file, []);
    if (circle) return circle;
  }
  return undefined;
}

describe('the model imports', () => {
  it('has no import circle between its files', () => {
    const graph = importGraph();
    expect(graph.get('sources.data.ts')).toEqual(['source-types.ts']);
    expect(findCircle(graph)).toBeUndefined();
  });

  it('finds a circle when there is one (the check itself works)', () => {
    expect(findCircle(new Map([['a.ts', ['b.ts']], ['b.ts', ['a.ts']]]))).toEqual(['a.ts', 'b.ts', 'a.ts']);
  });
});
