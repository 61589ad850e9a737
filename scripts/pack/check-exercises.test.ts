import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkExercises } from './check-exercises';
import { copyFixture, edit, scratchFolder } from './test-fixture';

let scratch: Awaited<ReturnType<typeof scratchFolder>>;
beforeEach(async () => {
  scratch = await scratchFolder();
});
afterEach(() => scratch.done());

describe('checkExercises', () => {
  it('says per pack whether it is ok, and lists the problems of those that are not', async () => {
    const good = await copyFixture(scratch.dir);
    await mkdir(path.join(scratch.dir, 'half-written'));
    await writeFile(path.join(scratch.dir, 'notes.txt'), 'not a pack');
    await edit(path.join(good, 'pack.yaml'), 'version: 3', 'version: 4');
    const checks = await checkExercises(scratch.dir);
    expect(
      checks.map(({ ok, summary }) => ({ ok, summary: summary.replaceAll(scratch.dir, '<dir>') })),
    ).toEqual([
      { ok: false, summary: '<dir>/half-written: 1 problem' },
      { ok: true, summary: 'sample-pack v4: 1 case, 2 materials (1 attachment), 2 KB' },
    ]);
    expect(checks[0]!.problems).toEqual([
      `${path.join(scratch.dir, 'half-written', 'pack.yaml')} is missing. A pack's folder needs a pack.yaml.`,
    ]);
  });
});
