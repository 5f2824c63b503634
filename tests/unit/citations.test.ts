import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKnownSource } from '../../src/model/sources';

const ROOT = resolve(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The model, the scenes and the scene guide: what they cite must be inside the repository. */
const FILES = [...filesUnder(join(ROOT, 'src/model')), ...filesUnder(join(ROOT, 'scenes')), join(ROOT, 'docs/scenes.md')];

describe('citations in the model, the scenes and docs/scenes.md', () => {
  it.each(FILES.map((file) => relative(ROOT, file)))('%s cites no file outside the repository', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    expect(text).not.toMatch(/REFERENCE\.md|DESIGN\.md|shared\//);
  });

  it('cites only known source ids where a comment points at docs/sources.md', () => {
    const cited = FILES.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      // "S31, S32 in docs/sources.md", "S35–S37 in [docs/sources.md]": the ids right before the pointer.
      return [...text.matchAll(/((?:S\d+[a-z]?(?:, |–| and )?)+) in \[?docs\/sources\.md/g)].flatMap((match) => match[1]!.match(/S\d+[a-z]?/g)!);
    });
    expect(cited.length).toBeGreaterThan(10);
    expect(cited.filter((id) => !isKnownSource(id))).toEqual([]);
  });
});
