import { useId } from 'react';
import type { ContentLanguage } from '../../../domain/language';
import { useI18n } from '../../../i18n/I18nProvider';

interface ProposalNoteProps {
  comment: string;
  language: ContentLanguage;
  onAccept: () => void;
  /** Accepts it and puts the trainer in the criterion's comment, to change the words. */
  onAcceptAndEdit: () => void;
}

/**
 * What the app proposes for a criterion (missing requisites, norms the model answer cites): shown as a proposal,
 * set apart from the trainer's own words, until the trainer takes it. Nothing of it reaches the marks before.
 */
export function ProposalNote({ comment, language, onAccept, onAcceptAndEdit }: ProposalNoteProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div
      className="rubric-proposal"
      role="group"
      aria-labelledby={`${id}-label`}
      aria-describedby={`${id}-text`}
    >
      <p className="rubric-proposal__label" id={`${id}-label`}>
        {t('rubric.proposal.label')}
      </p>
      <p className="rubric-proposal__text" id={`${id}-text`} lang={language}>
        {comment}
      </p>
      <div className="rubric-proposal__actions">
        <button type="button" className="button button--small" onClick={onAccept}>
          {t('rubric.proposal.accept')}
        </button>
        <button type="button" className="button button--small" onClick={onAcceptAndEdit}>
          {t('rubric.proposal.acceptAndEdit')}
        </button>
      </div>
    </div>
  );
}
