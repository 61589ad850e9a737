import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileExercise } from './compile-exercise';
import { formatSourceProblem, PackSourceError } from './source-problem';
import { copyFixture, edit, FIXTURE, scratchFolder } from './test-fixture';

let scratch: Awaited<ReturnType<typeof scratchFolder>>;
let pack: string;

beforeEach(async () => {
  scratch = await scratchFolder();
  pack = await copyFixture(scratch.dir);
});
afterEach(() => scratch.done());

const caseYaml = (): string => path.join(pack, 'loan-case', 'case.yaml');
const packYaml = (): string => path.join(pack, 'pack.yaml');

/** The problems compiling the copied fixture reports, as printed, with the scratch folder shown as `<pack>`. */
async function mistakes(): Promise<string[]> {
  try {
    await compileExercise(pack);
  } catch (error) {
    if (!(error instanceof PackSourceError)) throw error;
    return error.problems.map((problem) => formatSourceProblem(problem).replaceAll(pack, '<pack>'));
  }
  throw new Error('the pack compiled');
}

describe('compileExercise', () => {
  it('compiles the fixture into a version-2 manifest, its files and a key', async () => {
    const { manifest, files, key, warnings } = await compileExercise(FIXTURE);
    const pdf = await readFile(path.join(FIXTURE, 'loan-case', 'materials', '02-receipt.pdf'));
    const claim = files.get('cases/loan-case/01-claim.html');
    expect(manifest).toMatchObject({
      format: 'casedraft.pack',
      formatVersion: 2,
      id: 'sample-pack',
      version: 3,
      language: 'ru',
      date: '2026-11-22',
      authors: ['Учебный центр CaseDraft'],
    });
    expect(manifest.cases).toHaveLength(1);
    const [packCase] = manifest.cases;
    expect(packCase).toMatchObject({ id: 'loan-case', actType: 'civil-decision', timeLimitMinutes: 90 });
    expect(packCase!.rubric).toBeUndefined();
    expect(packCase!.legislation).toEqual([
      expect.objectContaining({ code: 'ГК РК', article: '715', part: '1', title: 'Договор займа' }),
    ]);
    expect(packCase!.materials).toEqual([
      {
        id: '01-claim',
        title: 'Исковое заявление',
        file: 'cases/loan-case/01-claim.html',
        mediaType: 'text/html',
        sha256: createHash('sha256').update(claim!).digest('hex'),
      },
      {
        id: 'receipt',
        title: 'Расписка (скан)',
        file: 'cases/loan-case/02-receipt.pdf',
        mediaType: 'application/pdf',
        sha256: createHash('sha256').update(pdf).digest('hex'),
      },
    ]);
    expect([...files.keys()]).toEqual(['cases/loan-case/01-claim.html', 'cases/loan-case/02-receipt.pdf']);
    expect(Buffer.from(files.get('cases/loan-case/02-receipt.pdf')!)).toEqual(pdf);
    expect(new TextDecoder().decode(claim)).toContain('<p><strong>Истец:</strong> Иванов Иван Иванович');
    expect(key).toEqual({
      format: 'casedraft.key',
      formatVersion: 1,
      packId: 'sample-pack',
      packVersion: 3,
      cases: [
        {
          caseId: 'loan-case',
          modelAnswer: expect.stringContaining('<h2>Резолютивная часть</h2>') as string,
          gradingNotes: '<h2>Квалификация</h2>\n<p>Ссылка на статью 715 ГК РК.</p>',
        },
      ],
    });
    expect(JSON.stringify(manifest)).not.toContain('Иск удовлетворить');
    expect(warnings).toEqual([]);
  });

  it('reports a YAML syntax error with its line', async () => {
    await edit(caseYaml(), 'title: Иванов И.И.', 'title: Истец: Иванов И.И.');
    expect(await mistakes()).toEqual([
      expect.stringMatching(
        /^<pack>\/loan-case\/case\.yaml, line 1: YAML syntax error \(column \d+\): .*put quotes around texts that contain ": "/,
      ),
    ]);
  });

  it('names unknown fields with the field probably meant', async () => {
    await edit(packYaml(), 'title:', 'titel:');
    await edit(caseYaml(), '    title: Исковое заявление', '    titl: Исковое заявление');
    expect(await mistakes()).toEqual([
      '<pack>/pack.yaml: title: is missing; it is required.',
      expect.stringMatching(
        /^<pack>\/pack\.yaml, line 4: titel: is not a field of pack\.yaml\. Did you mean "title"\?/,
      ),
      '<pack>/loan-case/case.yaml, line 11: materials[0].title: is missing; it is required.',
      expect.stringMatching(
        /^<pack>\/loan-case\/case\.yaml, line 12: materials\[0\]\.titl: is not a field of a material\. Did you mean "title"\?/,
      ),
    ]);
  });

  it('explains wrong types and values, with the value found', async () => {
    await edit(packYaml(), 'version: 3', 'version: "3"');
    await edit(caseYaml(), 'timeLimitMinutes: 90', 'timeLimitMinutes: полтора часа');
    await edit(caseYaml(), 'language: ru', 'language: russian');
    await edit(caseYaml(), "article: '715'", 'article: "715a"');
    expect(await mistakes()).toEqual([
      '<pack>/pack.yaml, line 3: version: must be a number, but it is the text "3". Write the number without quotes.',
      '<pack>/loan-case/case.yaml, line 4: language: has a value that is not allowed (the text "russian"). Use ru (Russian) or kk (Kazakh).',
      '<pack>/loan-case/case.yaml, line 5: timeLimitMinutes: must be a number, but it is the text "полтора часа".',
      '<pack>/loan-case/case.yaml, line 18: legislation[0].article: has a value that is not allowed (the text "715a"). ' +
        'An article number is digits, optionally followed by "-" and digits, such as "715" or "829-14".',
    ]);
  });

  it('takes an article number written without quotes as the text it means', async () => {
    await edit(caseYaml(), "article: '715'", 'article: 715');
    await edit(caseYaml(), "part: '1'", 'part: 1');
    const { manifest } = await compileExercise(pack);
    expect(manifest.cases[0]!.legislation![0]).toMatchObject({ article: '715', part: '1' });
  });

  it('checks what only the importer knows: act types and unique ids', async () => {
    await edit(caseYaml(), 'actType: civil-decision', 'actType: civil-verdict');
    await edit(caseYaml(), '  - id: receipt', '  - id: 01-claim');
    expect(await mistakes()).toEqual([
      expect.stringMatching(
        /^<pack>\/loan-case\/case\.yaml, line 3: actType: "civil-verdict" is not an act template CaseDraft knows\. Use one of: civil-decision, /,
      ),
      '<pack>/loan-case/case.yaml, line 13: materials[1].id: the id "01-claim" is used more than once; each must be different.',
    ]);
  });

  it('requires the id to be the folder name', async () => {
    await edit(packYaml(), 'id: sample-pack', 'id: sample-pack-2');
    await edit(caseYaml(), 'title: Иванов', 'id: other-case\ntitle: Иванов');
    expect(await mistakes()).toEqual([
      '<pack>/pack.yaml, line 2: id: is "sample-pack-2", but the pack\'s folder is "sample-pack": they must be the same.',
      '<pack>/loan-case/case.yaml, line 1: id: is "other-case", but the case\'s folder is "loan-case": they must be the same (or leave id out).',
    ]);
  });

  it('reports case folders listed but missing, and names that cannot be ids', async () => {
    await edit(packYaml(), 'cases: [loan-case]', 'cases: [loan-case, loan-case-kk, Loan_Case, loan-case]');
    expect(await mistakes()).toEqual([
      '<pack>/pack.yaml, line 10: cases[1]: there is no case folder <pack>/loan-case-kk.',
      expect.stringMatching(/^<pack>\/pack\.yaml, line 10: cases\[2\]: "Loan_Case" cannot be a case id\./),
      '<pack>/pack.yaml, line 10: cases[3]: "loan-case" is listed twice.',
    ]);
  });

  it('reports missing files, wrong capitals and files outside the case', async () => {
    await rename(
      path.join(pack, 'loan-case', 'materials', '01-claim.md'),
      path.join(pack, 'loan-case', 'materials', '01-Claim.md'),
    );
    await edit(caseYaml(), 'file: materials/02-receipt.pdf', 'file: materials/02-receipt-scan.pdf');
    await edit(caseYaml(), 'legislation:', '  - file: ../pack.yaml\n    title: Манифест\nlegislation:');
    expect(await mistakes()).toEqual([
      '<pack>/loan-case/case.yaml, line 11: materials[0].file: there is no file <pack>/loan-case/materials/01-claim.md, ' +
        'but there is materials/01-Claim.md: capital and small letters must match.',
      '<pack>/loan-case/case.yaml, line 14: materials[1].file: there is no file <pack>/loan-case/materials/02-receipt-scan.pdf. ' +
        'Check the name, or add the file.',
      '<pack>/loan-case/case.yaml, line 16: materials[2].file: must be a file inside the case folder, written from there ' +
        '(such as materials/01-claim.md).',
    ]);
  });

  it('checks that attachments are what their names say and names can go into a pack', async () => {
    const materials = path.join(pack, 'loan-case', 'materials');
    await writeFile(
      path.join(materials, 'photo.png'),
      await readFile(path.join(materials, '02-receipt.pdf')),
    );
    await writeFile(path.join(materials, 'скан.pdf'), await readFile(path.join(materials, '02-receipt.pdf')));
    await writeFile(path.join(materials, 'notes.docx'), 'x');
    await edit(
      caseYaml(),
      'legislation:',
      [
        '  - { id: photo, file: materials/photo.png, title: Фото }',
        '  - { id: scan, file: materials/скан.pdf, title: Скан }',
        '  - { id: notes, file: materials/notes.docx, title: Заметки }',
        'legislation:',
      ].join('\n'),
    );
    expect(await mistakes()).toEqual([
      '<pack>/loan-case/case.yaml, line 16: materials[2].file: the file is really a PDF file, not PNG: rename it with the right extension.',
      expect.stringMatching(
        /line 17: materials\[3\]\.file: the file name "скан\.pdf" goes into the pack, where names may only use Latin letters/,
      ),
      expect.stringMatching(
        /line 18: materials\[4\]\.file: "notes\.docx" is not a kind of file a pack can hold\./,
      ),
    ]);
  });

  it('takes the material id from the file name only when it is a valid id', async () => {
    await rename(
      path.join(pack, 'loan-case', 'materials', '01-claim.md'),
      path.join(pack, 'loan-case', 'materials', 'Claim.md'),
    );
    await edit(caseYaml(), 'file: materials/01-claim.md', 'file: materials/Claim.md');
    expect(await mistakes()).toEqual([
      expect.stringMatching(
        /^<pack>\/loan-case\/case\.yaml, line 11: materials\[0\]\.file: the material's id is taken from its file name, "Claim", which is not a valid id\./,
      ),
    ]);
  });

  it('refuses raw HTML in Markdown, naming the file and line', async () => {
    await edit(
      path.join(pack, 'loan-case', 'materials', '01-claim.md'),
      'В районный суд',
      'В районный <u>суд</u>',
    );
    await edit(
      path.join(pack, 'loan-case', 'key.md'),
      'Иск удовлетворить.',
      '<p style="color:red">Иск удовлетворить.</p>',
    );
    expect(await mistakes()).toEqual([
      '<pack>/loan-case/key.md, line 7: HTML is not allowed in Markdown (<p style="color:red">Иск удовлетворить.</p>). ' +
        'Use Markdown instead. To show the character < as text, write \\< .',
      '<pack>/loan-case/materials/01-claim.md, line 1: HTML is not allowed in Markdown (<u>). ' +
        'Use Markdown instead. To show the character < as text, write \\< .',
    ]);
  });

  it('requires a model answer, and says when a file is empty', async () => {
    await rm(path.join(pack, 'loan-case', 'key.md'));
    await writeFile(path.join(pack, 'loan-case', 'materials', '01-claim.md'), '\n\n');
    expect(await mistakes()).toEqual([
      '<pack>/loan-case/case.yaml, line 11: materials[0].file: the file is empty.',
      '<pack>/loan-case/key.md is missing. Every case needs a model answer in key.md (it goes only into the answer key).',
    ]);
    await writeFile(path.join(pack, 'loan-case', 'key.md'), '');
    expect(await mistakes()).toContain('<pack>/loan-case/key.md is empty; write some text.');
  });

  it('reports limits with how far over they are', async () => {
    await edit(
      caseYaml(),
      'title: Иванов И.И. к Петрову П.П. о взыскании долга',
      `title: ${'д'.repeat(201)}`,
    );
    await edit(caseYaml(), 'timeLimitMinutes: 90', 'timeLimitMinutes: 0');
    expect(await mistakes()).toEqual([
      '<pack>/loan-case/case.yaml, line 1: title: is too long: at most 200 characters; it has 201.',
      '<pack>/loan-case/case.yaml, line 5: timeLimitMinutes: must be at least 1.',
    ]);
  });

  it('explains a missing pack.yaml or case.yaml', async () => {
    await rename(caseYaml(), path.join(pack, 'loan-case', 'case.yml'));
    expect(await mistakes()).toEqual([
      '<pack>/loan-case/case.yaml is missing. Every case folder needs a case.yaml (there is case.yml: rename it to case.yaml).',
    ]);
    await rm(packYaml());
    expect(await mistakes()).toEqual(["<pack>/pack.yaml is missing. A pack's folder needs a pack.yaml."]);
  });

  it('warns about files and folders the pack does not use', async () => {
    await writeFile(path.join(pack, 'loan-case', 'materials', '03-draft.md'), 'черновик');
    await mkdir(path.join(pack, 'loan-case-kk'));
    const { warnings } = await compileExercise(pack);
    expect(warnings.map((warning) => formatSourceProblem(warning).replaceAll(pack, '<pack>'))).toEqual([
      '<pack>/loan-case/materials/03-draft.md is not used: case.yaml does not list it as a material, so it is not in the pack.',
      '<pack>/loan-case-kk is a folder that pack.yaml does not list in cases, so it is not in the pack.',
    ]);
  });

  it('warns about a branch the app has no name for, unless it is given one', async () => {
    await edit(caseYaml(), 'branch: civil', 'branch: civl');
    const { warnings } = await compileExercise(pack);
    expect(warnings.map((warning) => formatSourceProblem(warning).replaceAll(pack, '<pack>'))).toEqual([
      expect.stringMatching(
        /^<pack>\/loan-case\/case.yaml, line 2: branch: "civl" is not a branch CaseDraft knows/,
      ),
    ]);
    await edit(caseYaml(), 'branch: civl', 'branch: civl\nbranchTitle: Особое производство');
    expect((await compileExercise(pack)).warnings).toEqual([]);
  });
});
