import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintOf, generateIdentity, keyCard } from '../../renderer/src/domain/keys/identity';
import { writeRecoveryFile } from '../../renderer/src/domain/keys/recovery-file';
import { readPackFile } from '../../renderer/src/domain/pack/read-pack';
import { nodeSanitizer } from './node-sanitizer';
import { copyFixture, edit, FIXTURE, scratchFolder } from './test-fixture';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs a command-line script as `npm run` does (with tsx), from the project folder. */
async function run(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'scripts', 'pack', script), ...args],
      { cwd: ROOT, env: { ...process.env, INIT_CWD: ROOT, ...env } },
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

describe('npm run pack -- --sign', () => {
  const PASSPHRASE = 'долгая фраза-пароль';

  /** A trainer's recovery file and a colleague's key card on disk, as a trainer would have them. */
  async function trainerFiles() {
    const trainer = await generateIdentity('Гульнара Сапарова');
    const colleague = await generateIdentity('Ерлан Ахметов');
    const recoveryFile = path.join(scratch.dir, 'gulnara.cdtrainer');
    const cardFile = path.join(scratch.dir, 'erlan.txt');
    await writeFile(recoveryFile, await writeRecoveryFile(trainer, PASSPHRASE));
    await writeFile(cardFile, `${keyCard(colleague.public)}\n`);
    return { trainer, colleague, recoveryFile, cardFile };
  }

  it(
    'signs the pack, naming the co-trainer, and the app reads who signed it',
    { timeout: 60_000 },
    async () => {
      const { trainer, colleague, recoveryFile, cardFile } = await trainerFiles();
      const out = path.join(scratch.dir, 'out');
      const result = await run(
        'cli-pack.ts',
        [FIXTURE, '--out', out, '--sign', recoveryFile, '--co-trainer', cardFile],
        { CASEDRAFT_PASSPHRASE: PASSPHRASE },
      );
      expect(result).toMatchObject({ code: 0, stderr: '' });
      const fingerprint = await fingerprintOf(trainer.public);
      expect(result.stdout).toContain(`Signed by Гульнара Сапарова, key ${fingerprint} (pack format 4)`);
      const read = await readPackFile(
        new Uint8Array(await readFile(path.join(out, 'sample-pack-v3.cdpack'))),
        {
          sanitize: nodeSanitizer(),
        },
      );
      expect(read.signedBy).toEqual({ identity: trainer.public, fingerprint });
      expect(read.pack.trainers).toEqual([
        { ...trainer.public, role: 'trainer' },
        { ...colleague.public, role: 'coTrainer' },
      ]);
    },
  );

  it('refuses a wrong passphrase and leaves the pack unsigned', { timeout: 60_000 }, async () => {
    const { recoveryFile } = await trainerFiles();
    const out = path.join(scratch.dir, 'out');
    const result = await run('cli-pack.ts', [FIXTURE, '--out', out, '--sign', recoveryFile], {
      CASEDRAFT_PASSPHRASE: 'не та фраза-пароль',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('does not open with this passphrase, or the file was changed');
    const read = await readPackFile(new Uint8Array(await readFile(path.join(out, 'sample-pack-v3.cdpack'))), {
      sanitize: nodeSanitizer(),
    });
    expect(read.signedBy).toBeUndefined();
  });

  it('refuses a file that is not a key card, naming it', { timeout: 60_000 }, async () => {
    const { recoveryFile } = await trainerFiles();
    const notACard = path.join(scratch.dir, 'notes.txt');
    await writeFile(notACard, 'Ерлан, ключ 7KQ2-M9XD-4HPA');
    const result = await run(
      'cli-pack.ts',
      [FIXTURE, '--out', path.join(scratch.dir, 'out'), '--sign', recoveryFile, '--programme-key', notACard],
      { CASEDRAFT_PASSPHRASE: PASSPHRASE },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/notes\.txt is not a trainer key card/);
  });
});
