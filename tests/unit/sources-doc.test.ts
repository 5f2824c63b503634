import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSourcesDoc, SOURCES_DOC_PATH } from '../../scripts/sources-doc';
import { getSource } from '../../src/model/source-works';
import { sourceIds } from '../../src/model/sources';
import { SOURCE_DATA } from '../../src/model/sources.data';

const root = resolve(import.meta.dirname, '../..');

describe('docs/sources.md', () => {
  const doc = readFileSync(resolve(root, SOURCES_DOC_PATH), 'utf8');

  it('is what `npm run docs:sources` writes from the registry and the data that cites it', () => {
    // On a failure: run `npm run docs:sources` and commit docs/sources.md.
    expect(doc).toBe(renderSourcesDoc());
  });

  it('has a section for every source id with the address of each of its works', () => {
    for (const id of sourceIds()) {
      const section = doc.split(`\n## ${id}\n`)[1]?.split('\n## ')[0];
      expect(section, id).toBeDefined();
      for (const work of getSource(id).works) if (work.url) expect(section, `${id} ${work.url}`).toContain(work.url.slice(0, 30));
    }
  });

  it('the core\'s id list (source-ids.ts) is the registry\'s, in its order', () => {
    // The widget validates scenes with the ids alone and loads the works on demand: the two must not drift.
    expect(sourceIds()).toEqual(Object.keys(SOURCE_DATA));
  });

  it('names the steps that cite a source', () => {
    // il13's resting step cites S9 (FERM/SH2: JAKs sit on the receptor tails before any cytokine arrives).
    const s9 = doc.split('\n## S9\n')[1]?.split('\n## ')[0] ?? '';
    expect(s9).toMatch(/scene `il13`: [^\n]*step `resting`/);
  });
});
