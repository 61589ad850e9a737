import { useId, useRef, type ReactNode, type Ref } from 'react';
import type { ContentLanguage } from '../../../domain/language';
import type { RubricCriterion } from '../../../domain/pack/pack';
import { emptyCriterionMark, type CriterionMark } from '../../../domain/review/marks';
import { useI18n } from '../../../i18n/I18nProvider';
import type { CommentBankRecord } from '../../../storage/records';
import { InsertedBankComments } from './InsertedBankComments';
import { ProposalNote } from './ProposalNote';
import { ariaKeyShortcuts, RUBRIC_KEYS } from './rubric-keys';
import { ScoreField } from './ScoreField';
import { acceptProposal, removeBankComment, setComment, setPoints, type SheetChange } from './sheet-changes';

interface CriterionMarkSectionProps {
  criterion: RubricCriterion;
  mark: CriterionMark | undefined;
  /** The app's proposal for this criterion, if it has one. */
  proposal: string | undefined;
  bank: ReadonlyMap<string, CommentBankRecord> | undefined;
  language: ContentLanguage;
  update: (change: SheetChange) => void;
  /** The focus came into this criterion: it is the current one (for the keys and the comment bank). */
  onCurrent: () => void;
  onOpenBank: () => void;
  /** Whether the score field holds a score it refused. */
  onRefused: (refused: boolean) => void;
  scoreRef: Ref<HTMLInputElement>;
  /** Shown under the score: a colleague's score of a double-marked work (features/review/merge). */
  besideScore?: ReactNode;
}

/** One criterion of the rubric: what it asks, its score, the app's proposal, the trainer's comment and bank comments. */
export function CriterionMarkSection({
  criterion,
  mark = emptyCriterionMark(),
  proposal,
  bank,
  language,
  update,
  onCurrent,
  onOpenBank,
  onRefused,
  scoreRef,
  besideScore,
}: CriterionMarkSectionProps) {
  const { t } = useI18n();
  const id = useId();
  const comment = useRef<HTMLTextAreaElement>(null);
  const proposalShown = proposal !== undefined && mark.proposalAccepted !== true;

  function accept() {
    if (proposalShown) update(acceptProposal(criterion.id, proposal));
  }

  return (
    <section
      className="rubric-criterion"
      aria-labelledby={`${id}-title`}
      data-criterion-id={criterion.id}
      onFocus={onCurrent}
    >
      <h3 className="rubric-criterion__title" id={`${id}-title`} lang={language}>
        {criterion.title}
      </h3>
      {criterion.description && (
        <details className="rubric-criterion__description">
          <summary>{t('rubric.criterion.description')}</summary>
          <p lang={language}>{criterion.description}</p>
        </details>
      )}
      <ScoreField
        ref={scoreRef}
        id={`${id}-score`}
        criterionTitleId={`${id}-title`}
        maxPoints={criterion.maxPoints}
        points={mark.points}
        onPoints={(points) => update(setPoints(criterion.id, points))}
        onEnter={accept}
        onRefused={onRefused}
      />
      {besideScore}
      {proposalShown && (
        <ProposalNote
          comment={proposal}
          language={language}
          onAccept={accept}
          onAcceptAndEdit={() => {
            accept();
            comment.current?.focus();
          }}
        />
      )}
      <div className="rubric-criterion__comment">
        <label id={`${id}-comment-label`} htmlFor={`${id}-comment`}>
          {t('rubric.criterion.comment')}
        </label>
        <textarea
          ref={comment}
          id={`${id}-comment`}
          aria-labelledby={`${id}-comment-label ${id}-title`}
          rows={2}
          lang={language}
          value={mark.comment}
          onChange={(event) => update(setComment(criterion.id, event.target.value))}
        />
      </div>
      <InsertedBankComments
        ids={mark.bankComments}
        bank={bank}
        language={language}
        criterionTitle={criterion.title}
        onRemove={(bankId) => update(removeBankComment(criterion.id, bankId))}
      />
      <button
        type="button"
        className="button button--small"
        aria-keyshortcuts={ariaKeyShortcuts(RUBRIC_KEYS.commentBank)}
        onClick={onOpenBank}
      >
        {t('rubric.criterion.openBank')}
      </button>
    </section>
  );
}
