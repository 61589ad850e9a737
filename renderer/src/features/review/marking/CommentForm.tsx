import { useId, useState, type KeyboardEvent } from 'react';
import type { ContentLanguage } from '../../../domain/language';
import type { RubricCriterion } from '../../../domain/pack/pack-fields';
import { useI18n } from '../../../i18n/I18nProvider';
import { CommentBankDialog } from './CommentBankDialog';
import { ariaKeyShortcuts, RUBRIC_KEYS, rubricKeyAction } from './rubric-keys';
import { useCommentBank } from './use-comment-bank';

/** What a comment on a passage says: the trainer's words, a bank comment (by id), or both; and its criterion. */
export interface CommentFormValue {
  text: string;
  criterionId: string | undefined;
  bankId: string | undefined;
}

interface CommentFormProps {
  /** The passage commented on, as the act reads. */
  quote: string;
  initialText?: string;
  initialCriterionId?: string;
  initialBankId?: string;
  rubric: readonly RubricCriterion[];
  /** The pack whose comment bank the form takes a comment from, and the language its comments are written in. */
  packId: string;
  language: ContentLanguage;
  onSave: (comment: CommentFormValue) => void;
  onCancel: () => void;
}

/**
 * Writing (or rewriting) a comment on a passage: its words, a comment from the bank (Ctrl+Shift+B or the button),
 * and, if the trainer wants, the criterion it belongs to (a bank comment brings its own). Ctrl+Enter saves, Escape
 * cancels, so a comment is written without the mouse.
 */
export function CommentForm({
  quote,
  initialText = '',
  initialCriterionId,
  initialBankId,
  rubric,
  packId,
  language,
  onSave,
  onCancel,
}: CommentFormProps) {
  const { t } = useI18n();
  const id = useId();
  const { byId: bank } = useCommentBank(packId);
  const [text, setText] = useState(initialText);
  const [criterionId, setCriterionId] = useState(initialCriterionId ?? '');
  const [bankId, setBankId] = useState(initialBankId);
  const [bankOpen, setBankOpen] = useState(false);
  // The bank opens on the comment's criterion, or the first one when it has none yet.
  const bankCriterionId = criterionId || rubric[0]?.id;
  const canSave = text.trim() !== '' || bankId !== undefined;
  const save = () => {
    if (canSave) onSave({ text: text.trim(), criterionId: criterionId || undefined, bankId });
  };
  const keys = (event: KeyboardEvent) => {
    const action = rubricKeyAction(event.nativeEvent);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    } else if (action === 'commentBank') {
      // The bank for this comment, not for the criterion the rubric panel is on.
      event.preventDefault();
      event.stopPropagation();
      if (bankCriterionId !== undefined) setBankOpen(true);
    } else if (action !== undefined && event.target instanceof HTMLSelectElement) {
      // Alt+↓/↑ in the criterion list open it and move in it, as in any list, rather than leave for the rubric.
      event.stopPropagation();
    }
  };

  return (
    <>
      <form
        className="margin-comment margin-comment--form"
        aria-label={t('marking.commentFormLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
        onKeyDown={keys}
      >
        <blockquote className="margin-comment__quote">{quote}</blockquote>
        <label className="margin-comment__label" htmlFor={`${id}-text`}>
          {t('marking.commentText')}
        </label>
        <textarea
          id={`${id}-text`}
          className="margin-comment__text-field"
          value={text}
          rows={3}
          maxLength={5000}
          autoFocus
          aria-describedby={`${id}-hint`}
          onChange={(event) => setText(event.target.value)}
        />
        <p id={`${id}-hint`} className="margin-comment__hint">
          {t('marking.commentFormHint')}
        </p>
        {bankId !== undefined && (
          <div className="margin-comment__bank" role="group" aria-label={t('marking.commentBankChosen')}>
            <p className="margin-comment__text margin-comment__text--bank" lang={language}>
              {bank?.get(bankId)?.text ?? t('marking.commentFromBank')}
            </p>
            <button type="button" className="button button--compact" onClick={() => setBankId(undefined)}>
              {t('marking.commentBankRemove')}
            </button>
          </div>
        )}
        {bankCriterionId !== undefined && (
          <button
            type="button"
            className="button button--compact"
            aria-haspopup="dialog"
            aria-keyshortcuts={ariaKeyShortcuts(RUBRIC_KEYS.commentBank)}
            onClick={() => setBankOpen(true)}
          >
            {bankId === undefined ? t('marking.commentFromBankButton') : t('marking.commentOtherBankButton')}
          </button>
        )}
        <label className="margin-comment__label" htmlFor={`${id}-criterion`}>
          {t('marking.commentCriterion')}
        </label>
        <select
          id={`${id}-criterion`}
          value={criterionId}
          onChange={(event) => setCriterionId(event.target.value)}
        >
          <option value="">{t('marking.noCriterion')}</option>
          {rubric.map((criterion) => (
            <option key={criterion.id} value={criterion.id}>
              {criterion.title}
            </option>
          ))}
        </select>
        <div className="margin-comment__actions">
          <button type="submit" className="button button--primary" disabled={!canSave}>
            {t('marking.commentSave')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('marking.commentCancel')}
          </button>
        </div>
      </form>
      {bankOpen && bankCriterionId !== undefined && (
        <CommentBankDialog
          packId={packId}
          rubric={rubric}
          language={language}
          criterionId={bankCriterionId}
          onChoose={(entry) => {
            setBankId(entry.id);
            setCriterionId(entry.criterionId);
            setBankOpen(false);
          }}
          onClose={() => setBankOpen(false)}
        />
      )}
    </>
  );
}
