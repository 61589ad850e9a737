import { useId, useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';

/** Asks the trainer's name, which a review file carries; the caller keeps it in settings. */
export function TrainerNameForm({
  onName,
  onCancel,
}: {
  onName: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState('');
  return (
    <form
      className="review-merge__name"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim()) onName(name.trim());
      }}
    >
      <label htmlFor={`${id}-name`}>{t('reviewMerge.nameLabel')}</label>
      <input
        id={`${id}-name`}
        autoFocus
        required
        maxLength={200}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <div className="review-section__actions">
        <button type="submit" className="button">
          {t('reviewMerge.nameSave')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('reviewMerge.nameCancel')}
        </button>
      </div>
    </form>
  );
}
