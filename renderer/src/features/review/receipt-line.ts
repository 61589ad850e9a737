import type { Translate } from '../../i18n/I18nProvider';
import type { ReviewSubmissionRecord } from '../../storage/records';

/**
 * «Квитанция K7Q2M-9XD4H · запечатано для тренера»: the code the trainee was shown on saving the file, which the
 * trainer compares when asked; undefined for a submission imported before receipts existed.
 */
export function receiptLine(
  t: Translate,
  { receipt, sealed }: Pick<ReviewSubmissionRecord, 'receipt' | 'sealed'>,
): string | undefined {
  if (!receipt) return undefined;
  return t(sealed ? 'trainer.receiptSealed' : 'trainer.receipt', { receipt });
}
