import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sniffMediaType } from '../../renderer/src/domain/pack/media-type';
import { slug } from '../../renderer/src/domain/pack/pack-fields';
import type { MaterialMediaType } from '../../renderer/src/domain/pack/pack-v2';
import { PACK_ZIP_LIMITS } from '../../renderer/src/domain/pack/zip/zip-limits';
import { markdownToHtml } from './markdown';
import { findFile } from './source-files';
import { isRecord, MATERIAL_FIELDS, unknownFieldProblems } from './source-fields';
import { displayPath, type SourceProblem } from './source-problem';

/** Where a material is listed: its case, and the case.yaml it is in. */
export interface MaterialContext {
  caseDir: string;
  caseId: string;
  /** case.yaml as shown in messages. */
  caseFile: string;
  lineOf: (fieldPath: (string | number)[]) => number | undefined;
  index: number;
}

export interface CompiledMaterial {
  /** The manifest's entry: `{ id, title, file, mediaType, sha256 }`, not yet validated. */
  entry: Record<string, unknown>;
  /** The file in the archive and its bytes, when the source file could be read and converted. */
  archived?: { path: string; bytes: Uint8Array };
  /** The source file, relative to the case folder, when it exists. */
  sourceFile?: string;
  /** Whether case.yaml gives the id (otherwise it is the file name's stem). */
  idGiven: boolean;
  problems: SourceProblem[];
}

const MEDIA_TYPES: Record<string, MaterialMediaType> = {
  '.md': 'text/html',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

const MEDIA_TYPE_NAMES: Record<MaterialMediaType, string> = {
  'text/html': 'Markdown',
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};

/** What survives into a pack's file names (see archivePath in pack-v2.ts). */
const ARCHIVE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** A placeholder digest for a material whose file failed: its problem is reported, the manifest stays checkable. */
const NO_DIGEST = '0'.repeat(64);

/** One entry of case.yaml's `materials`: its file read, converted (Markdown) or checked (PDF, PNG, JPEG), hashed. */
export async function compileMaterial(item: unknown, context: MaterialContext): Promise<CompiledMaterial> {
  const fieldPath = ['materials', context.index];
  const at = (field?: string): Pick<SourceProblem, 'file' | 'line' | 'field'> => {
    const full = field ? [...fieldPath, field] : fieldPath;
    const line = context.lineOf(full);
    return {
      file: context.caseFile,
      ...(line === undefined ? {} : { line }),
      field: `materials[${context.index}]${field ? `.${field}` : ''}`,
    };
  };
  if (!isRecord(item)) {
    return {
      entry: {},
      idGiven: false,
      problems: [
        {
          ...at(),
          message:
            'each material is a group of fields, written as "- file: materials/01-claim.md" with ' +
            '"title: ..." on the next line, indented to line up with "file".',
        },
      ],
    };
  }
  const problems = unknownFieldProblems(
    item,
    MATERIAL_FIELDS,
    { file: context.caseFile, lineOf: context.lineOf, path: fieldPath },
    'a material',
  );
  const idGiven = item.id !== undefined;
  const entry: Record<string, unknown> = {
    id: item.id,
    title: item.title,
    file: `cases/${context.caseId}/placeholder`,
    mediaType: 'text/html',
    sha256: NO_DIGEST,
  };
  const file = item.file;
  if (file === undefined || file === null) {
    problems.push({
      ...at('file'),
      message: "is missing: name the material's file, such as materials/01-claim.md.",
    });
    return { entry, idGiven, problems };
  }
  if (typeof file !== 'string') {
    problems.push({ ...at('file'), message: 'must be the path of a file, such as materials/01-claim.md.' });
    return { entry, idGiven, problems };
  }
  const located = await locate(file, context);
  if ('problem' in located) {
    problems.push({ ...at('file'), message: located.problem });
    return { entry, idGiven, problems };
  }
  const extension = path.extname(file).toLowerCase();
  const stem = path.basename(file, path.extname(file));
  if (!idGiven) {
    entry.id = stem;
    if (!slug.safeParse(stem).success) {
      problems.push({
        ...at('file'),
        message:
          `the material's id is taken from its file name, "${stem}", which is not a valid id. An id is 3 to 64 ` +
          'characters: lower-case Latin letters a-z, digits 0-9 and "-" (such as 01-claim). Rename the file, ' +
          'or give the material an id: line.',
      });
    }
  }
  const mediaType = MEDIA_TYPES[extension];
  if (!mediaType) {
    problems.push({
      ...at('file'),
      message:
        `"${path.basename(file)}" is not a kind of file a pack can hold. ` +
        'Materials are Markdown (.md), PDF (.pdf) or pictures (.png, .jpg).',
    });
    return { entry, idGiven, problems, sourceFile: located.relative };
  }
  const archiveName = extension === '.md' ? `${stem}.html` : path.basename(file);
  if (!ARCHIVE_NAME.test(archiveName) || archiveName.length > 100) {
    problems.push({
      ...at('file'),
      message:
        `the file name "${path.basename(file)}" goes into the pack, where names may only use Latin letters, ` +
        'digits, "-", "_" and "." (at most 100 characters). Rename the file, such as 02-receipt.pdf.',
    });
    return { entry, idGiven, problems, sourceFile: located.relative };
  }
  const converted = await convert(located.absolute, mediaType);
  if ('problems' in converted) {
    problems.push(...converted.problems);
    return { entry, idGiven, problems, sourceFile: located.relative };
  }
  if ('problem' in converted) {
    problems.push({ ...at('file'), message: converted.problem });
    return { entry, idGiven, problems, sourceFile: located.relative };
  }
  const archivePath = `cases/${context.caseId}/${archiveName}`;
  entry.file = archivePath;
  entry.mediaType = mediaType;
  entry.sha256 = createHash('sha256').update(converted.bytes).digest('hex');
  return {
    entry,
    idGiven,
    problems,
    sourceFile: located.relative,
    archived: { path: archivePath, bytes: converted.bytes },
  };
}

async function locate(
  file: string,
  context: MaterialContext,
): Promise<{ absolute: string; relative: string } | { problem: string }> {
  const example = 'such as materials/01-claim.md';
  if (file.includes('\\')) return { problem: `write "/" between folders, not "\\" (${example}).` };
  const relative = path.posix.normalize(file);
  if (
    path.posix.isAbsolute(file) ||
    /^[A-Za-z]:/.test(file) ||
    relative.startsWith('../') ||
    relative === '..'
  ) {
    return { problem: `must be a file inside the case folder, written from there (${example}).` };
  }
  const found = await findFile(context.caseDir, relative);
  const shown = displayPath(path.join(context.caseDir, relative));
  switch (found.status) {
    case 'found':
      return { absolute: found.path, relative };
    case 'folder':
      return { problem: `${shown} is a folder; name a file in it.` };
    case 'wrongCase':
      return {
        problem: `there is no file ${shown}, but there is ${found.actual}: capital and small letters must match.`,
      };
    case 'missing':
      return { problem: `there is no file ${shown}. Check the name, or add the file.` };
  }
}

async function convert(
  absolute: string,
  mediaType: MaterialMediaType,
): Promise<{ bytes: Uint8Array } | { problem: string } | { problems: SourceProblem[] }> {
  const bytes = new Uint8Array(await readFile(absolute));
  if (bytes.byteLength > PACK_ZIP_LIMITS.maxEntryBytes) {
    const megabytes = Math.round(PACK_ZIP_LIMITS.maxEntryBytes / 1024 / 1024);
    return {
      problem: `the file is larger than ${megabytes} MB, the most a pack file may be. Make it smaller.`,
    };
  }
  if (mediaType !== 'text/html') {
    const actual = sniffMediaType(bytes);
    if (actual === mediaType) return { bytes };
    return {
      problem: actual
        ? `the file is really a ${MEDIA_TYPE_NAMES[actual]} file, not ${MEDIA_TYPE_NAMES[mediaType]}: ` +
          'rename it with the right extension.'
        : `the file is not a ${MEDIA_TYPE_NAMES[mediaType]} file (it does not begin as one). Save or export it ` +
          'again in that format.',
    };
  }
  let markdown: string;
  try {
    markdown = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: 'the file is not UTF-8 text. Save it again with the encoding "UTF-8".' };
  }
  if (!markdown.trim()) return { problem: 'the file is empty.' };
  const result = markdownToHtml(markdown, displayPath(absolute));
  if (!result.ok) return { problems: result.problems };
  return { bytes: new TextEncoder().encode(result.html) };
}
