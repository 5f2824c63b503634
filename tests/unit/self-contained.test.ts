import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/**
 * Names of documents and folders that live outside this repository. Built from parts so that this file, which
 * must name them, does not match itself.
 */
const OUTSIDE = [['REFERENCE', '.md'], ['DESIGN', '.md'], ['..', '/shared']].map((parts) => parts.join(''));

/** Every file in the repository: tracked, plus new files not yet committed (but not ignored ones). */
function repositoryFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' });
  return out.split('\0').filter((path) => path && existsSync(resolve(root, path)));
}

describe('the repository stands on its own', () => {
  const files = repositoryFiles();

  it('lists the repository’s files', () => {
    expect(files).toContain('package.json');
    expect(files).toContain('tests/unit/self-contained.test.ts');
  });

  it.each(OUTSIDE)('no file cites %s', (name) => {
    const hits = files.filter((path) => readFileSync(resolve(root, path)).includes(name));
    // Cite a source by its id in docs/sources.md, or a section of the README, instead.
    expect(hits).toEqual([]);
  });
});
