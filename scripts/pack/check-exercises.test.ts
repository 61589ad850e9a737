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

  it('warns of a hearing, dismissal or act dated on a day off, and notes a date it cannot check', async () => {
    const pack = await copyFixture(scratch.dir);
    const claim = path.join(pack, 'loan-case', 'materials', '01-claim.md');
    await edit(
      claim,
      '- копия расписки;',
      '- копия приказа № 318-к от 27.05.2026 об увольнении; приказ № 3 от 09.01.2024;\n' +
        '- протокол заседания от 26.05.2026;\n- копия расписки;',
    );
    const [check] = await checkExercises(scratch.dir);
    const shown = claim.replaceAll(path.sep, '/');
    expect(check).toMatchObject({ ok: true, problems: [] });
    expect(check!.warnings).toEqual([
      `${shown}, line 11: 27.05.2026 is a day off (Wednesday, Курбан айт (first day)), but «приказа № 318-к от» ` +
        'makes it the date of an act of a court or body, which falls on a working day.',
    ]);
    expect(check!.notes).toEqual([
      `${shown}, line 11: 09.01.2024 is the date of an act of a court or body («приказ № 3 от»), ` +
        'but the calendar covers 2025–2027 only: not checked.',
    ]);
  });
});
