import './SaveGradesDialog.css';
import { useId, useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { Dialog, DialogTitle } from '../../../ui/Dialog';

/**
 * Asks how participants appear in a grade file: by their codes (the default while the review is anonymous) or by
 * their names, and says plainly that names will be written into the file.
 */
export function SaveGradesDialog({
  title,
  namesShown,
  onSave,
  onClose,
}: {
  title: string;
  namesShown: boolean;
  onSave: (withNames: boolean) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [withNames, setWithNames] = useState(namesShown);
  return (
    <Dialog className="dialog save-grades" describedBy={`${id}-body`} onClose={onClose}>
      <DialogTitle>{title}</DialogTitle>
      <fieldset id={`${id}-body`} className="save-grades__who">
        <legend>{t('grades.whoLegend')}</legend>
        <label>
          <input type="radio" name={`${id}-who`} checked={!withNames} onChange={() => setWithNames(false)} />{' '}
          {t('grades.useCodes')}
        </label>
        <label>
          <input type="radio" name={`${id}-who`} checked={withNames} onChange={() => setWithNames(true)} />{' '}
          {t('grades.useNames')}
        </label>
      </fieldset>
      {withNames && <p role="status">{t('grades.namesWritten')}</p>}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--primary" onClick={() => onSave(withNames)}>
          {t('grades.save')}
        </button>
      </div>
    </Dialog>
  );
}
