import { useId, useState, type KeyboardEvent } from 'react';
import type { RubricCriterion } from '../../../domain/pack/pack-fields';
import { useI18n } from '../../../i18n/I18nProvider';

interface CommentFormProps {
  /** The passage commented on, as the act reads. */
  quote: string;
  initialText?: string;
  initialCriterionId?: string;
  rubric: readonly RubricCriterion[];
  onSave: (text: string, criterionId: string | undefined) => void;
  onCancel: () => void;
}

/**
 * Writing (or rewriting) a comment on a passage: its words and, if the trainer wants, the criterion it belongs to.
 * Ctrl+Enter saves, Escape cancels, so a comment is written without the mouse.
 */
export function CommentForm({
  quote,
  initialText = '',
  initialCriterionId,
  rubric,
  onSave,
  onCancel,
}: CommentFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(initialText);
  const [criterionId, setCriterionId] = useState(initialCriterionId ?? '');
  const save = () => {
    if (text.trim()) onSave(text.trim(), criterionId || undefined);
  };
  const keys = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    }
  };

  return (
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
        <button type="submit" className="button button--primary" disabled={!text.trim()}>
          {t('marking.commentSave')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('marking.commentCancel')}
        </button>
      </div>
    </form>
  );
}
