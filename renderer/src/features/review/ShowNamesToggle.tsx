import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog, DialogTitle } from '../../ui/Dialog';

/** Shows participants' names only on purpose, after a confirmation; hides them again at once. */
export function ShowNamesToggle({
  showNames,
  onChange,
}: {
  showNames: boolean;
  onChange: (show: boolean) => void;
}) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => (showNames ? onChange(false) : setAsking(true))}
      >
        {showNames ? t('trainer.hideNames') : t('trainer.showNames')}
      </button>
      {asking && (
        <Dialog className="dialog show-names" describedBy="show-names-body" onClose={() => setAsking(false)}>
          <DialogTitle>{t('trainer.showNamesTitle')}</DialogTitle>
          <p id="show-names-body">{t('trainer.showNamesBody')}</p>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setAsking(false);
                onChange(true);
              }}
            >
              {t('trainer.showNamesConfirm')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
