import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeElements, apiSection, renderApiTables, withApiSection, type Manifest } from '../../scripts/api-doc';

const root = resolve(import.meta.dirname, '../..');

describe("the README's API tables", () => {
  let manifest: Manifest;
  // The analyser parses src/ui with TypeScript, as `npm run build` does (about two seconds).
  beforeAll(async () => {
    manifest = await analyzeElements(root);
  }, 60_000);

  it('are what `npm run docs:api` writes from the Custom Elements Manifest', () => {
    // On a failure: run `npm run docs:api` and commit README.md.
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    expect(apiSection(readme)).toBe(renderApiTables(manifest));
  });

  it('list every public attribute, method, event, CSS part and custom property of both elements', () => {
    const tables = renderApiTables(manifest);
    expect(tables).toContain('### `<jak-stat-explorer>`');
    expect(tables).toContain('### `<jak-stat-overview>`');
    for (const name of ['`read-aloud` | `readAloud`', '`goToStep(n)`', '`steps` | `{ id: string; title: string; text: string }[]`', '`step-change`', '`scene-select`', '`narration`', '`--jse-accent`']) {
      expect(tables).toContain(name);
    }
  });

  it('replace only the text between the markers', () => {
    const readme = 'before\n<!-- api:start -->\nold\n<!-- api:end -->\nafter\n';
    expect(withApiSection(readme, 'new')).toBe('before\n<!-- api:start -->\nnew\n<!-- api:end -->\nafter\n');
    expect(() => apiSection('no markers')).toThrow(/api:start/);
  });
});
