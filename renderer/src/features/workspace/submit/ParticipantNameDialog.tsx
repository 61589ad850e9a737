import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { Dialog, DialogTitle } from '../../../ui/Dialog';

interface ParticipantNameDialogProps {
  onSubmit: (name: string) => void;
  onCancel: () => void;
}

/** Asks for the trainee's name once, the first time a submission is exported. */
export function ParticipantNameDialog({ onSubmit, onCancel }: ParticipantNameDialogProps) {
  const { t } = useI18n();
  const [name, setName] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim()) onSubmit(name.trim());
  }

  return (
    <Dialog className="dialog" titleId="participant-title" onClose={onCancel}>
      <form onSubmit={submit}>
        <DialogTitle>{t('participant.title')}</DialogTitle>
        <p>{t('participant.explain')}</p>
        <label className="field">
          <span>{t('participant.label')}</span>
          <input
            autoFocus
            required
            maxLength={200}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={!name.trim()}>
            {t('participant.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
