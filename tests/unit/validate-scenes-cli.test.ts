import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { il13 } from '../../scenes/il13';

const run = promisify(execFile);

describe('npm run validate-scenes', () => {
  it('passes the shipped scenes and fails a broken file, naming the path', async () => {
    const broken = structuredClone(il13) as any;
    broken.id = 'broken';
    broken.steps[3].actions = [{ do: 'phosphorylate', actor: 'jak9', by: 'jak1' }];
    broken.steps[0].sources = ['S404'];
    const dir = mkdtempSync(join(tmpdir(), 'scene-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const result = await run('node', ['scripts/validate-scenes.mjs', file]).then(
      (ok) => ({ code: 0, stdout: ok.stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✓ scene "il13"');
    expect(result.stdout).toContain('steps[3].actions[0].actor: unknown actor "jak9"');
    expect(result.stdout).toContain('steps[0].sources[0]: unknown source id "S404"');
    expect(result.stdout).toContain('6 valid, 1 invalid');
  }, 30_000);
});
