import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readKeyFile } from '../../renderer/src/domain/pack/read-key';
import { readPackFile } from '../../renderer/src/domain/pack/read-pack';
import { buildPack, buildPackFiles } from './build-pack';
import { nodeSanitizer } from './node-sanitizer';
import { copyFixture, FIXTURE, scratchFolder } from './test-fixture';

let scratch: Awaited<ReturnType<typeof scratchFolder>>;
beforeEach(async () => {
  scratch = await scratchFolder();
});
afterEach(() => scratch.done());

describe('buildPackFiles', () => {
  it('writes <id>-v<version>.cdpack and .cdkey that the app reads', async () => {
    const out = path.join(scratch.dir, 'out');
    const written = await buildPackFiles(FIXTURE, out);
    expect(written.packFile).toBe(path.join(out, 'sample-pack-v3.cdpack'));
    expect(written.keyFile).toBe(path.join(out, 'sample-pack-v3.cdkey'));
    expect((await readdir(out)).sort()).toEqual(['sample-pack-v3.cdkey', 'sample-pack-v3.cdpack']);

    const sanitize = nodeSanitizer();
    const { pack, attachments } = await readPackFile(new Uint8Array(await readFile(written.packFile)), {
      sanitize,
    });
    expect(pack).toMatchObject({ id: 'sample-pack', version: 3, formatVersion: 2 });
    expect(pack.cases[0]!.rubric.map((criterion) => criterion.id)).toEqual([
      'form',
      'positions',
      'facts-evidence',
      'qualification',
      'reasoning',
      'operative',
      'language',
      'outcome',
    ]);
    expect(pack.cases[0]!.materials.map((material) => material.kind)).toEqual(['text', 'attachment']);
    expect(attachments).toHaveLength(1);
    const key = readKeyFile(new Uint8Array(await readFile(written.keyFile)), { sanitize });
    expect(key.cases.map((keyCase) => keyCase.caseId)).toEqual(['loan-case']);
  });

  it('never puts the model answer or grading notes into the pack', async () => {
    const { packBytes } = await buildPack(FIXTURE);
    const entries = unzipSync(packBytes);
    expect(Object.keys(entries).sort()).toEqual([
      'cases/loan-case/01-claim.html',
      'cases/loan-case/02-receipt.pdf',
      'manifest.json',
    ]);
    const text = Object.values(entries)
      .map((bytes) => new TextDecoder().decode(bytes))
      .join('\n');
    expect(text).not.toContain('Иск удовлетворить');
    expect(text).not.toContain('Квалификация');
  });

  it('builds the same bytes from the same source', async () => {
    const first = await buildPack(FIXTURE);
    const second = await buildPack(FIXTURE);
    expect(Buffer.from(second.packBytes).equals(Buffer.from(first.packBytes))).toBe(true);
    expect(Buffer.from(second.keyBytes).equals(Buffer.from(first.keyBytes))).toBe(true);
  });

  it('writes nothing when the source has a mistake', async () => {
    const pack = await copyFixture(scratch.dir);
    await writeFile(path.join(pack, 'loan-case', 'key.md'), '<script>alert(1)</script>\n');
    const out = path.join(scratch.dir, 'out');
    await expect(buildPackFiles(pack, out)).rejects.toThrow(/key\.md, line 1: HTML is not allowed/);
    await expect(readdir(out)).rejects.toThrow();
  });
});
