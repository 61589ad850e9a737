import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { KNOWN_BRANCHES } from '../../renderer/src/domain/pack/branches';
import { compileMaterial } from './compile-material';
import { markdownToHtml } from './markdown';
import { parseYaml, type YamlSource } from './read-yaml';
import { findFile, listFiles } from './source-files';
import { CASE_FIELDS, isRecord, unknownFieldProblems } from './source-fields';
import { displayPath, type SourceProblem } from './source-problem';

export const CASE_FILE = 'case.yaml';
export const KEY_FILE = 'key.md';
export const GRADING_NOTES_FILE = 'grading-notes.md';

/** One case folder compiled: its manifest entry and key entry (not yet validated), its files, what went wrong. */
export interface CompiledCase {
  caseId: string;
  /** The case's entry of the manifest. */
  entry: Record<string, unknown>;
  /** The case's entry of the answer key. */
  keyEntry: Record<string, unknown>;
  /** Archive path → bytes. */
  files: Map<string, Uint8Array>;
  /** Where each part came from, to point messages about the manifest back at the source. */
  source: CaseSource;
  problems: SourceProblem[];
  warnings: SourceProblem[];
}

export interface CaseSource {
  caseFile: string;
  caseYaml?: YamlSource;
  keyFile: string;
  gradingNotesFile: string;
  /** Per material: whether case.yaml gives its id, or it comes from the file name. */
  materialIdGiven: boolean[];
}

/** Compiles `<pack>/<caseId>/`: case.yaml, every material it lists, key.md and grading-notes.md. */
export async function compileCase(caseDir: string, caseId: string): Promise<CompiledCase> {
  const caseFile = displayPath(path.join(caseDir, CASE_FILE));
  const source: CaseSource = {
    caseFile,
    keyFile: displayPath(path.join(caseDir, KEY_FILE)),
    gradingNotesFile: displayPath(path.join(caseDir, GRADING_NOTES_FILE)),
    materialIdGiven: [],
  };
  const compiled: CompiledCase = {
    caseId,
    entry: { id: caseId },
    keyEntry: { caseId },
    files: new Map(),
    source,
    problems: [],
    warnings: [],
  };
  const { problems } = compiled;
  const caseYaml = await readCaseYaml(caseDir, caseFile, problems);
  const used = new Set([CASE_FILE, KEY_FILE, GRADING_NOTES_FILE]);
  if (caseYaml) {
    source.caseYaml = caseYaml;
    const value = caseYaml.value;
    const lineOf = caseYaml.lineOf;
    problems.push(
      ...unknownFieldProblems(value, CASE_FIELDS, { file: caseFile, lineOf, path: [] }, CASE_FILE),
    );
    if (value.id !== undefined && value.id !== caseId) {
      const line = lineOf(['id']);
      problems.push({
        file: caseFile,
        ...(line === undefined ? {} : { line }),
        field: 'id',
        message: `is "${String(value.id)}", but the case's folder is "${caseId}": they must be the same (or leave id out).`,
      });
    }
    if (
      typeof value.branch === 'string' &&
      !KNOWN_BRANCHES.includes(value.branch) &&
      value.branchTitle === undefined
    ) {
      const line = lineOf(['branch']);
      compiled.warnings.push({
        file: caseFile,
        ...(line === undefined ? {} : { line }),
        field: 'branch',
        message: `"${value.branch}" is not a branch CaseDraft knows (${KNOWN_BRANCHES.join(', ')}). If it is not a typo, give it a name with branchTitle.`,
      });
    }
    for (const field of CASE_FIELDS) {
      if (field === 'id' || value[field] === undefined) continue;
      compiled.entry[field] = field === 'legislation' ? articlesAsText(value[field]) : value[field];
    }
    if (Array.isArray(value.materials)) {
      const materials = await Promise.all(
        value.materials.map((item, index) =>
          compileMaterial(item, { caseDir, caseId, caseFile, lineOf, index }),
        ),
      );
      compiled.entry.materials = materials.map((material) => material.entry);
      source.materialIdGiven = materials.map((material) => material.idGiven);
      const byName = new Map<string, string>();
      materials.forEach((material, index) => {
        problems.push(...material.problems);
        if (material.sourceFile) used.add(material.sourceFile);
        if (!material.archived) return;
        const name = material.archived.path.toLowerCase();
        const clash = byName.get(name);
        if (clash !== undefined) {
          const line = lineOf(['materials', index, 'file']);
          problems.push({
            file: caseFile,
            ...(line === undefined ? {} : { line }),
            field: `materials[${index}].file`,
            message: `${material.sourceFile ?? ''} and ${clash} would get the same name in the pack (${material.archived.path}). Rename one of them, or do not list the same file twice.`,
          });
          return;
        }
        byName.set(name, material.sourceFile ?? '');
        compiled.files.set(material.archived.path, material.archived.bytes);
      });
    }
  }
  compiled.keyEntry.modelAnswer = await readKeyMarkdown(caseDir, KEY_FILE, true, problems);
  const gradingNotes = await readKeyMarkdown(caseDir, GRADING_NOTES_FILE, false, problems);
  if (gradingNotes !== undefined) compiled.keyEntry.gradingNotes = gradingNotes;
  compiled.warnings.push(...(await unusedFiles(caseDir, used)));
  return compiled;
}

async function readCaseYaml(
  caseDir: string,
  caseFile: string,
  problems: SourceProblem[],
): Promise<(YamlSource & { value: Record<string, unknown> }) | undefined> {
  const found = await findFile(caseDir, CASE_FILE);
  if (found.status !== 'found') {
    const other = (await listFiles(caseDir)).find(
      (file) => /^case\.(yml|json)$/i.test(file) || /^case\.yaml$/i.test(file),
    );
    problems.push({
      file: caseFile,
      message: `is missing. Every case folder needs a ${CASE_FILE}${other ? ` (there is ${other}: rename it to ${CASE_FILE})` : ''}.`,
    });
    return undefined;
  }
  const parsed = parseYaml(await readFile(found.path, 'utf8'), caseFile);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  const value = parsed.source.value;
  if (!isRecord(value)) {
    problems.push({
      file: caseFile,
      message:
        value === null || value === undefined
          ? "is empty. Write the case's fields in it: title, branch, actType, language, instructions, materials…"
          : 'must be a list of fields, one per line, such as "title: ...".',
    });
    return undefined;
  }
  return { ...parsed.source, value };
}

/**
 * YAML reads `article: 715` as a number; the spec asks for quotes, but a whole number means the same article,
 * so it is taken as the text "715". Any other value is left for the manifest check to report.
 */
function articlesAsText(legislation: unknown): unknown {
  if (!Array.isArray(legislation)) return legislation;
  return legislation.map((excerpt) => {
    if (!isRecord(excerpt)) return excerpt;
    const copy = { ...excerpt };
    for (const field of ['article', 'part']) {
      const value = copy[field];
      if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) copy[field] = String(value);
    }
    return copy;
  });
}

/** key.md or grading-notes.md as HTML; undefined when it cannot be used (a problem says why) or is optional and absent. */
async function readKeyMarkdown(
  caseDir: string,
  name: string,
  required: boolean,
  problems: SourceProblem[],
): Promise<string | undefined> {
  const file = displayPath(path.join(caseDir, name));
  const found = await findFile(caseDir, name);
  if (found.status === 'wrongCase') {
    problems.push({ file, message: `is missing, but there is ${found.actual}: rename it to ${name}.` });
    return undefined;
  }
  if (found.status !== 'found') {
    if (required) {
      problems.push({
        file,
        message: 'is missing. Every case needs a model answer in key.md (it goes only into the answer key).',
      });
    }
    return undefined;
  }
  let markdown: string;
  try {
    markdown = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(found.path));
  } catch {
    problems.push({ file, message: 'is not UTF-8 text. Save it again with the encoding "UTF-8".' });
    return undefined;
  }
  const result = markdownToHtml(markdown, file);
  if (!result.ok) {
    problems.push(...result.problems);
    return undefined;
  }
  return result.html;
}

/** Files in the case folder that nothing uses: probably a material someone forgot to list. */
async function unusedFiles(caseDir: string, used: Set<string>): Promise<SourceProblem[]> {
  return (await listFiles(caseDir))
    .filter((file) => !used.has(file))
    .map((file) => ({
      file: displayPath(path.join(caseDir, file)),
      message: `is not used: ${CASE_FILE} does not list it as a material, so it is not in the pack.`,
    }));
}
