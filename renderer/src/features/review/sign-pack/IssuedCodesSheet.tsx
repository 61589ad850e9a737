import { useId } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import type { IssuedCodes } from './sign-pack-request';

/**
 * The exam codes just made, shown once: the pack holds only checks of them, so a code not written down now is
 * gone (a new signing makes new ones). The sheet is what prints; the rest of the screen does not.
 */
export function IssuedCodesSheet({
  packTitle,
  codes,
  onDone,
}: {
  packTitle: string;
  codes: readonly IssuedCodes[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="issued-codes" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('signPack.codesTitle', { title: packTitle })}</h3>
      <p className="issued-codes__warning">{t('signPack.codesOnce')}</p>
      <table className="issued-codes__table">
        <thead>
          <tr>
            <th scope="col">{t('signPack.codeCase')}</th>
            <th scope="col">{t('signPack.codeStart')}</th>
            <th scope="col">{t('signPack.codeExtraTime')}</th>
          </tr>
        </thead>
        <tbody>
          {codes.map((issued) => (
            <tr key={issued.caseId} data-case={issued.caseId}>
              <th scope="row">{issued.caseTitle}</th>
              <td className="issued-codes__code" data-code="start">
                {issued.start ?? t('signPack.codeNone')}
              </td>
              <td className="issued-codes__code" data-code="extraTime">
                {issued.extraTime ?? t('signPack.codeNone')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="issued-codes__actions">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('signPack.print')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('signPack.done')}
        </button>
      </div>
    </section>
  );
}
