import { useId, useState } from 'react';
import type { ContentLanguage } from '../../../domain/language';
import { useI18n } from '../../../i18n/I18nProvider';
import type { CommentBankRecord } from '../../../storage/records';

interface BankEntryEditorProps {
  entry: CommentBankRecord;
  /** How often it was used: every one of those places shows the new text. */
  uses: number;
  language: ContentLanguage;
  onSave: (text: string) => void;
  onCancel: () => void;
}

/** Editing a bank comment's text, which says that the change reaches every review where the comment was used. */
export function BankEntryEditor({ entry, uses, language, onSave, onCancel }: BankEntryEditorProps) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(entry.text);
  const empty = text.trim() === '';
  return (
    <form
      className="comment-bank__editor"
      onSubmit={(event) => {
        event.preventDefault();
        if (!empty) onSave(text.trim());
      }}
    >
      <label htmlFor={`${id}-text`}>{t('rubric.bank.editLabel')}</label>
      <textarea
        id={`${id}-text`}
        rows={3}
        lang={language}
        autoFocus
        value={text}
        aria-describedby={`${id}-everywhere`}
        aria-invalid={empty || undefined}
        onChange={(event) => setText(event.target.value)}
      />
      <p className="field__help" id={`${id}-everywhere`}>
        {t('rubric.bank.editEverywhere', { count: uses })}
      </p>
      {empty && (
        <p className="comment-bank__problem" role="alert">
          {t('rubric.bank.editEmpty')}
        </p>
      )}
      <div className="comment-bank__actions">
        <button type="submit" className="button button--small button--primary" disabled={empty}>
          {t('rubric.bank.editSave')}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('rubric.bank.editCancel')}
        </button>
      </div>
    </form>
  );
}
