import { withExcerpts, type FieldPath, type PackProblem } from '../domain/pack/pack-error';
import { excerpt } from '../domain/text/excerpt';
import type { Translate } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

/** Lists of a pack whose items people count: `cases[0]` is «дело 1» to a trainer. */
const COUNTED = new Set([
  'cases',
  'materials',
  'blocks',
  'legislation',
  'rubric',
  'authors',
  'templates',
  'trainers',
  'parts',
  'requisites',
]);

/**
 * `['cases', 0, 'materials', 2, 'title']` → «дело 1 → материал 3 → «title»»: numbered from 1 as people count,
 * list names in words, field names as the pack file spells them so they can be found in it.
 */
export function describeFieldPath(t: Translate, path: FieldPath): string {
  const words: string[] = [];
  path.forEach((segment, index) => {
    const next = path[index + 1];
    if (typeof segment === 'number') return;
    if (typeof next === 'number') {
      const key = `fieldPath.${COUNTED.has(segment) ? segment : 'item'}` as MessageKey;
      words.push(t(key, { n: next + 1, name: excerpt(segment) }));
    } else {
      words.push(t('fieldPath.field', { name: excerpt(segment) }));
    }
  });
  return words.join(' → ');
}

/**
 * One sentence in the user's language per problem, naming the place in the file where there is one; what it
 * quotes from the file is an excerpt.
 */
export function describePackProblem(t: Translate, offered: PackProblem): string {
  const problem = withExcerpts(offered);
  switch (problem.code) {
    case 'tooLarge':
      return t('packError.tooLarge', { size: megabytes(problem.maxBytes) });
    case 'notText':
      return t('packError.notText');
    case 'notJson':
      // Broken at its very first character, the file is not JSON gone wrong but something else altogether.
      return problem.line === undefined || (problem.line === 1 && problem.column === 1)
        ? t('packError.notJsonAnywhere')
        : t('packError.notJson', { line: problem.line, column: problem.column ?? 1 });
    case 'notAPack':
      return t('packError.notAPack');
    case 'unsupportedFormatVersion':
      return t('packError.unsupportedFormatVersion', {
        found: problem.found,
        supported: problem.supported.join(', '),
      });
    case 'olderVersion':
      return t('packError.olderVersion', {
        title: problem.title,
        imported: problem.imported,
        offered: problem.offered,
      });
    case 'changedWithoutNewVersion':
      return t('packError.changedWithoutNewVersion', { title: problem.title, version: problem.version });
    case 'unknownFileType':
      return t('packError.unknownFileType');
    case 'keyNotPack':
      return t('packError.keyNotPack');
    case 'feedbackArchive':
      return t('packError.feedbackArchive');
    case 'notAKey':
      return t('packError.notAKey');
    case 'packNotKey':
      return t('packError.packNotKey');
    case 'signatureMismatch':
      return problem.signer === undefined
        ? t('packError.signatureUnreadable')
        : t('packError.signatureMismatch', { signer: problem.signer });
    case 'signNeedsArchive':
      return t('packError.signNeedsArchive');
    case 'corruptArchive':
      return problem.file
        ? t('packError.corruptEntry', { file: problem.file })
        : t('packError.corruptArchive');
    case 'unsupportedArchive':
      return t(`packError.unsupportedArchive.${problem.reason}`, { file: problem.file ?? '' });
    case 'tooManyEntries':
      return t('packError.tooManyEntries', { max: problem.max });
    case 'archiveTooLarge':
      return t('packError.archiveTooLarge', { size: megabytes(problem.maxBytes) });
    case 'entryTooLarge':
      return t('packError.entryTooLarge', { file: problem.file, size: megabytes(problem.maxBytes) });
    case 'compressionRatio':
      return t('packError.compressionRatio', { file: problem.file, max: problem.max });
    case 'archiveCompressionRatio':
      return t('packError.archiveCompressionRatio', { max: problem.max });
    case 'sizeMismatch':
      return t('packError.sizeMismatch', { file: problem.file });
    case 'checksumMismatch':
      return t('packError.checksumMismatch', { file: problem.file });
    case 'unsafeEntryName':
      return t('packError.unsafeEntryName', { file: problem.file });
    case 'duplicateEntry':
      return t('packError.duplicateEntry', { file: problem.file });
    case 'nestedArchive':
      return t('packError.nestedArchive', { file: problem.file });
    case 'missingManifest':
      return t('packError.missingManifest', { file: problem.file });
    case 'unexpectedFile':
      return t('packError.unexpectedFile', { file: problem.file });
    case 'richTextNamedTooOften':
      return t('packError.richTextNamedTooOften', {
        file: problem.file,
        namings: problem.namings,
        max: problem.max,
      });
    case 'packRichTextTooLarge':
      return t('packError.packRichTextTooLarge', { size: megabytes(problem.maxBytes) });
  }
  const path = describeFieldPath(t, problem.path);
  switch (problem.code) {
    case 'missingField':
      return t('packError.missingField', { path });
    case 'unknownField':
      return t('packError.unknownField', { path });
    case 'wrongType':
      return t('packError.wrongType', { path, expected: valueType(t, problem.expected) });
    case 'invalidValue':
      return t('packError.invalidValue', { path });
    case 'tooShort':
      if (problem.min === 1 && problem.unit === 'characters') return t('packError.emptyText', { path });
      if (problem.min === 1 && problem.unit === 'items') return t('packError.emptyList', { path });
      return t(`packError.tooShort.${problem.unit}`, { path, min: problem.min });
    case 'tooLong':
      return t(`packError.tooLong.${problem.unit}`, { path, max: problem.max });
    case 'unknownActType':
      return t('packError.unknownActType', { path, actType: problem.actType });
    case 'duplicateId':
      return t('packError.duplicateId', { path, id: problem.id });
    case 'builtInTemplateId':
      return t('packError.builtInTemplateId', { path, id: problem.id });
    case 'invalidPattern':
      return t('packError.invalidPattern', { path });
    case 'templateWithoutBody':
      return t('packError.templateWithoutBody', { path });
    case 'missingFile':
      return t('packError.missingFile', { path, file: problem.file });
    case 'wrongMediaType':
      return t('packError.wrongMediaType', { path, file: problem.file, declared: problem.declared });
    case 'imageTooLarge':
      return t('packError.imageTooLarge', {
        path,
        file: problem.file,
        width: problem.width,
        height: problem.height,
        megapixels: Math.round(problem.maxPixels / 1_000_000),
      });
    case 'digestMismatch':
      return t('packError.digestMismatch', { path, file: problem.file });
    case 'unsafeRichText':
      return t('packError.unsafeRichText', { path, file: problem.file, found: problem.found.join(', ') });
  }
}

/** A size limit as people read it, in whole megabytes. */
export function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

function valueType(t: Translate, expected: string): string {
  const key = `valueType.${expected}`;
  return ['number', 'string', 'array', 'object', 'boolean'].includes(expected)
    ? t(key as MessageKey)
    : expected;
}
