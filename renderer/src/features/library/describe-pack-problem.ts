import type { PackProblem } from '../../domain/pack/pack-error';
import type { Translate } from '../../i18n/I18nProvider';

/** One sentence in the user's language per problem, naming the field where there is one. */
export function describePackProblem(t: Translate, problem: PackProblem): string {
  switch (problem.code) {
    case 'tooLarge':
      return t('packError.tooLarge', { size: Math.round(problem.maxBytes / 1024 / 1024) });
    case 'notText':
      return t('packError.notText');
    case 'notJson':
      return t('packError.notJson', { detail: problem.detail });
    case 'notAPack':
      return t('packError.notAPack');
    case 'unsupportedFormatVersion':
      return t('packError.unsupportedFormatVersion', {
        found: problem.found,
        supported: problem.supported.join(', '),
      });
    case 'missingField':
      return t('packError.missingField', { path: problem.path });
    case 'unknownField':
      return t('packError.unknownField', { path: problem.path });
    case 'wrongType':
      return t('packError.wrongType', { path: problem.path, expected: problem.expected });
    case 'invalidValue':
      return t('packError.invalidValue', { path: problem.path });
    case 'tooShort':
      return t('packError.tooShort', { path: problem.path, min: problem.min });
    case 'tooLong':
      return t('packError.tooLong', { path: problem.path, max: problem.max });
    case 'unknownActType':
      return t('packError.unknownActType', { path: problem.path, actType: problem.actType });
    case 'duplicateId':
      return t('packError.duplicateId', { path: problem.path, id: problem.id });
    case 'olderVersion':
      return t('packError.olderVersion', {
        packId: problem.packId,
        imported: problem.imported,
        offered: problem.offered,
      });
  }
}
