import type { FieldPath, PackProblem } from '../../domain/pack/pack-error';
import type { Translate } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';

/** Lists of a pack whose items people count: `cases[0]` is «дело 1» to a trainer. */
const COUNTED = new Set(['cases', 'materials', 'blocks', 'legislation', 'rubric', 'authors']);

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
      words.push(t(key, { n: next + 1, name: segment }));
    } else {
      words.push(t('fieldPath.field', { name: segment }));
    }
  });
  return words.join(' → ');
}

/** One sentence in the user's language per problem, naming the place in the file where there is one. */
export function describePackProblem(t: Translate, problem: PackProblem): string {
  switch (problem.code) {
    case 'tooLarge':
      return t('packError.tooLarge', { size: Math.round(problem.maxBytes / 1024 / 1024) });
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
  }
}

function valueType(t: Translate, expected: string): string {
  const key = `valueType.${expected}`;
  return ['number', 'string', 'array', 'object', 'boolean'].includes(expected)
    ? t(key as MessageKey)
    : expected;
}
