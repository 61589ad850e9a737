import './MissingRequisitesDialog.css';
import { useRef } from 'react';
import { isGap, partsWithGaps, type CompletenessReport } from '../../../domain/act/completeness';
import type { ContentLanguage } from '../../../domain/language';
import { useI18n } from '../../../i18n/I18nProvider';
import { Dialog, DialogTitle, type DialogHandle } from '../../../ui/Dialog';

interface MissingRequisitesDialogProps {
  report: CompletenessReport;
  /** The act's language, in which part headings and requisite labels are written. */
  language: ContentLanguage;
  onExportAnyway: () => void;
  /** Back to the text (also on Escape): the caller takes the cursor to the first missing item. */
  onGoBack: () => void;
  /** Back to the text at one missing item: the caller takes the cursor to this document position. */
  onGoTo: (position: number) => void;
}

/**
 * Before a submission is handed in with gaps: what is missing, part by part, each item a button back to its place
 * in the text (as in the outline's checklist), and whether to hand it in anyway.
 */
export function MissingRequisitesDialog({
  report,
  language,
  onExportAnyway,
  onGoBack,
  onGoTo,
}: MissingRequisitesDialogProps) {
  const { t } = useI18n();
  const dialog = useRef<DialogHandle>(null);
  const goBackButton = useRef<HTMLButtonElement>(null);

  // Closing gives focus back to the export button; only then may going back put it in the text.
  function goBack() {
    dialog.current?.close();
    onGoBack();
  }

  function goTo(position: number) {
    dialog.current?.close();
    onGoTo(position);
  }

  return (
    <Dialog
      ref={dialog}
      className="dialog missing-requisites"
      titleId="missing-requisites-title"
      describedBy="missing-requisites-explain"
      initialFocus={goBackButton}
      onClose={onGoBack}
    >
      <DialogTitle>{t('completeness.dialogTitle')}</DialogTitle>
      <p id="missing-requisites-explain">{t('completeness.dialogExplain')}</p>
      <ul className="missing-requisites__parts">
        {partsWithGaps(report).map((result) => (
          <li key={result.part.id} data-part={result.part.id}>
            <h3 lang={language}>{result.part.heading[language]}</h3>
            <ul>
              {result.empty && (
                <li>
                  <button
                    type="button"
                    className="missing-requisites__item"
                    onClick={() => goTo(result.position)}
                  >
                    {t('completeness.emptyPart')}
                  </button>
                </li>
              )}
              {result.requisites.filter(isGap).map((status) => (
                <li key={status.requisite.id}>
                  <button
                    type="button"
                    className="missing-requisites__item"
                    lang={language}
                    data-requisite={status.requisite.id}
                    onClick={() => goTo(status.position)}
                  >
                    {status.requisite.label[language]}
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onExportAnyway}>
          {t('completeness.exportAnyway')}
        </button>
        <button ref={goBackButton} type="button" className="button button--primary" onClick={goBack}>
          {t('completeness.goBack')}
        </button>
      </div>
    </Dialog>
  );
}
