import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { KEY_FORMAT, type PackKeyV1 } from '../../renderer/src/domain/pack/key-v1';
import { PackError, type PackProblem } from '../../renderer/src/domain/pack/pack-error';
import { PACK_FORMAT, slug } from '../../renderer/src/domain/pack/pack-fields';
import { packV2, type PackV2 } from '../../renderer/src/domain/pack/pack-v2';
import { packV3, type PackV3 } from '../../renderer/src/domain/pack/pack-v3';
import { validate } from '../../renderer/src/domain/pack/parse-pack';
import { parseKey } from '../../renderer/src/domain/pack/read-key';
import { compileCase, type CompiledCase } from './compile-case';
import { compileTemplates, TEMPLATES_FOLDER } from './compile-templates';
import { parseYaml } from './read-yaml';
import { findFile, isFolder, namesIn } from './source-files';
import { isRecord, PACK_FIELDS, unknownFieldProblems } from './source-fields';
import { sourceProblem, type PackSource } from './source-map';
import { displayPath, PackSourceError, type SourceProblem } from './source-problem';

export const PACK_FILE = 'pack.yaml';

/** A source folder compiled: what goes into the `.cdpack` and what into the `.cdkey`. */
export interface CompiledPack {
  /** Format 3 when the source has templates of its own (compile-templates.ts), format 2 otherwise. */
  manifest: PackV2 | PackV3;
  /** Every file of the archive but the manifest, by archive path (`cases/<case-id>/<file>`). */
  files: Map<string, Uint8Array>;
  key: PackKeyV1;
  /** Probably mistakes, but nothing that stops the build: files nothing uses, folders not listed. */
  warnings: SourceProblem[];
}

/**
 * Compiles an exercise source folder (docs/authoring.md) into a pack and its answer key: format 2, or format 3
 * when the folder has act templates of its own (a `templates` folder). Throws
 * PackSourceError listing every mistake found, each naming the file, line and field, in plain English. The
 * result passes the same manifest check the importer runs; `readPackFile` over the written archive is the
 * last word (see build-pack.ts).
 */
export async function compileExercise(sourceDir: string): Promise<CompiledPack> {
  const dir = path.resolve(sourceDir);
  const folderId = path.basename(dir);
  if (!(await isFolder(dir)))
    throw new PackSourceError([{ file: displayPath(dir), message: 'There is no such folder.' }]);
  const packFile = displayPath(path.join(dir, PACK_FILE));
  const found = await findFile(dir, PACK_FILE);
  if (found.status !== 'found') {
    const other = (await namesIn(dir)).find(
      (name) => /^pack\.(yml|json)$/i.test(name) || /^pack\.yaml$/i.test(name),
    );
    throw new PackSourceError([
      {
        file: packFile,
        message: `is missing. A pack's folder needs a ${PACK_FILE}${other ? ` (there is ${other}; the build reads ${PACK_FILE} only)` : ''}.`,
      },
    ]);
  }
  const parsed = parseYaml(await readFile(found.path, 'utf8'), packFile);
  if (!parsed.ok) throw new PackSourceError(parsed.problems);
  const packYaml = parsed.source;
  const value = packYaml.value;
  if (!isRecord(value)) {
    throw new PackSourceError([
      {
        file: packFile,
        message: 'must be a list of fields, one per line, such as "id: my-pack" and "version: 1".',
      },
    ]);
  }
  const lineOf = packYaml.lineOf;
  const problems: SourceProblem[] = [];
  const warnings: SourceProblem[] = [];
  const atField = (fieldPath: (string | number)[], field: string, message: string): SourceProblem => {
    const line = lineOf(fieldPath);
    return { file: packFile, ...(line === undefined ? {} : { line }), field, message };
  };
  problems.push(...unknownFieldProblems(value, PACK_FIELDS, { file: packFile, lineOf, path: [] }, PACK_FILE));
  if (typeof value.id === 'string' && value.id !== folderId) {
    problems.push(
      atField(
        ['id'],
        'id',
        `is "${value.id}", but the pack's folder is "${folderId}": they must be the same.`,
      ),
    );
  }

  const listed = listedCases(value.cases, atField, problems);
  const ownTemplates = await compileTemplates(dir);
  problems.push(...ownTemplates.problems);
  warnings.push(...ownTemplates.warnings);
  const compiled: CompiledCase[] = [];
  const source: PackSource = { packFile, packYaml, cases: [], templates: ownTemplates.sources };
  for (const { caseId, listIndex } of listed) {
    const caseDir = path.join(dir, caseId);
    const folder = await findFile(dir, caseId);
    if (folder.status !== 'folder') {
      const hint =
        folder.status === 'wrongCase'
          ? ` There is ${folder.actual}: capital and small letters must match.`
          : '';
      problems.push(
        atField(
          ['cases', listIndex],
          `cases[${listIndex}]`,
          `there is no case folder ${displayPath(caseDir)}.${hint}`,
        ),
      );
      continue;
    }
    const packCase = await compileCase(caseDir, caseId);
    problems.push(...packCase.problems);
    warnings.push(...packCase.warnings);
    // A case whose case.yaml could not be read has had its problem said; checking its fields would only
    // report each of them missing.
    if (!packCase.source.caseYaml) continue;
    compiled.push(packCase);
    source.cases.push({ ...packCase.source, listIndex });
  }
  warnings.push(
    ...(await unlistedEntries(
      dir,
      listed.map((entry) => entry.caseId),
    )),
  );

  const formatVersion = ownTemplates.templates.length ? 3 : 2;
  const manifestJson: Record<string, unknown> = { format: PACK_FORMAT, formatVersion };
  for (const field of PACK_FIELDS)
    if (field !== 'cases' && value[field] !== undefined) manifestJson[field] = value[field];
  manifestJson.cases = value.cases === undefined ? undefined : compiled.map((packCase) => packCase.entry);
  if (formatVersion === 3) manifestJson.templates = ownTemplates.templates;
  const keyJson = {
    format: KEY_FORMAT,
    formatVersion: 1,
    packId: value.id,
    packVersion: value.version,
    cases: compiled.map((packCase) => packCase.keyEntry),
  };
  // Each check reports what it can; a field already reported from the source is not reported again, nor
  // an empty list of cases when every listed case failed for reasons already given.
  const alreadySaid = (problem: PackProblem): boolean =>
    (listed.length > 0 &&
      problem.code === 'tooShort' &&
      problem.path.length === 1 &&
      problem.path[0] === 'cases') ||
    (problem.code === 'unknownActType' && ownTemplates.unreadable.includes(problem.actType));
  const manifest = checked(
    () => (formatVersion === 3 ? validate(packV3, manifestJson) : validate(packV2, manifestJson)),
    manifestJson,
    source,
    problems,
    alreadySaid,
  );
  const key = checked(() => parseKey(keyJson), keyJson, source, problems, alreadySaid);
  if (problems.length || !manifest || !key) throw new PackSourceError(inReadingOrder(problems, packFile));
  const files = new Map(compiled.flatMap((packCase) => [...packCase.files]));
  return { manifest, files, key, warnings };
}

/** pack.yaml's `cases`: the case folders in order, each a valid id, listed once. */
function listedCases(
  cases: unknown,
  atField: (fieldPath: (string | number)[], field: string, message: string) => SourceProblem,
  problems: SourceProblem[],
): { caseId: string; listIndex: number }[] {
  if (cases === undefined || cases === null) return [];
  if (!Array.isArray(cases)) {
    problems.push(
      atField(
        ['cases'],
        'cases',
        "must be a list of the case folders' names, such as cases: [loan-dispute].",
      ),
    );
    return [];
  }
  const listed: { caseId: string; listIndex: number }[] = [];
  cases.forEach((caseId: unknown, listIndex) => {
    const field = `cases[${listIndex}]`;
    if (typeof caseId !== 'string') {
      problems.push(atField(['cases', listIndex], field, 'must be the name of a case folder.'));
    } else if (!slug.safeParse(caseId).success) {
      problems.push(
        atField(
          ['cases', listIndex],
          field,
          `"${caseId}" cannot be a case id. The folder name is the case's id: 3 to 64 characters, lower-case ` +
            'Latin letters a-z, digits 0-9 and "-", not starting or ending with "-". Rename the folder.',
        ),
      );
    } else if (caseId === TEMPLATES_FOLDER) {
      problems.push(
        atField(
          ['cases', listIndex],
          field,
          `"${TEMPLATES_FOLDER}" is the folder of the pack's own act templates; a case cannot have that name.`,
        ),
      );
    } else if (listed.some((entry) => entry.caseId === caseId)) {
      problems.push(atField(['cases', listIndex], field, `"${caseId}" is listed twice.`));
    } else {
      listed.push({ caseId, listIndex });
    }
  });
  return listed;
}

function checked<T>(
  check: () => T,
  json: unknown,
  source: PackSource,
  problems: SourceProblem[],
  alreadySaid: (problem: PackProblem) => boolean,
): T | undefined {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof PackError)) throw error;
    const reported = new Set(problems.map((problem) => `${problem.file}|${problem.field ?? ''}`));
    const fresh = error.problems.filter((packProblem) => !alreadySaid(packProblem));
    for (const problem of fresh.map((packProblem) => sourceProblem(packProblem, json, source))) {
      const place = `${problem.file}|${problem.field ?? ''}`;
      if (reported.has(place)) continue;
      reported.add(place);
      problems.push(problem);
    }
    return undefined;
  }
}

/** Entries of the pack folder the build does not read: an unlisted case folder is usually a mistake. */
async function unlistedEntries(dir: string, caseIds: string[]): Promise<SourceProblem[]> {
  const warnings: SourceProblem[] = [];
  for (const name of (await namesIn(dir)).sort()) {
    if (name === PACK_FILE || name === TEMPLATES_FOLDER || name.startsWith('.') || caseIds.includes(name))
      continue;
    const file = displayPath(path.join(dir, name));
    warnings.push(
      (await isFolder(path.join(dir, name)))
        ? { file, message: `is a folder that ${PACK_FILE} does not list in cases, so it is not in the pack.` }
        : { file, message: `is not used: the build reads ${PACK_FILE} and the case folders it lists.` },
    );
  }
  return warnings;
}

/** pack.yaml first, then file by file and line by line, as a trainer would go through them. */
function inReadingOrder(problems: SourceProblem[], packFile: string): SourceProblem[] {
  const rank = (problem: SourceProblem): string => (problem.file === packFile ? '' : problem.file);
  return [...problems].sort(
    (a, b) =>
      rank(a).localeCompare(rank(b)) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.field ?? '').localeCompare(b.field ?? '', 'en', { numeric: true }),
  );
}
