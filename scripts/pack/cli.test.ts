import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFixture, edit, FIXTURE, scratchFolder } from './test-fixture';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs a command-line script as `npm run` does (with tsx), from the project folder. */
async function run(
  script: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'scripts', 'pack', script), ...args],
      { cwd: ROOT, env: { ...process.env, INIT_CWD: ROOT } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let scratch: Awaited<ReturnType<typeof scratchFolder>>;
beforeEach(async () => {
  scratch = await scratchFolder();
});
afterEach(() => scratch.done());

describe('npm run pack', () => {
  it('writes the pack and the key and says which is which', { timeout: 60_000 }, async () => {
    const out = path.join(scratch.dir, 'out');
    const result = await run('cli-pack.ts', [FIXTURE, '--out', out]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Built sample-pack version 3: 1 case, 2 materials \(1 attachment\)\./);
    expect(result.stdout).toMatch(/sample-pack-v3\.cdpack .* give this file to trainees/);
    expect(result.stdout).toMatch(
      /sample-pack-v3\.cdkey .* keep this file: the model answers, for trainers only/,
    );
    expect((await readdir(out)).sort()).toEqual(['sample-pack-v3.cdkey', 'sample-pack-v3.cdpack']);
  });

  it('lists the mistakes and exits with 1', { timeout: 60_000 }, async () => {
    const pack = await copyFixture(scratch.dir);
    await edit(path.join(pack, 'pack.yaml'), 'language: ru', 'language: en');
    const result = await run('cli-pack.ts', [pack, `--out=${path.join(scratch.dir, 'out')}`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Fix this and run the command again:');
    expect(result.stderr).toContain(
      'pack.yaml, line 5: language: has a value that is not allowed (the text "en").',
    );
  });

  it('explains how to call it', { timeout: 60_000 }, async () => {
    const result = await run('cli-pack.ts', []);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: npm run pack -- exercises/<pack-id> [--out <folder>]');
  });
});
