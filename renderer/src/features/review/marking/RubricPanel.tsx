import './RubricPanel.css';
import {
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
import type { ContentLanguage } from '../../../domain/language';
import type { RubricCriterion } from '../../../domain/pack/pack';
import type { MarkSheet } from '../../../domain/review/marks';
import type { CriterionProposal } from '../../../domain/review/proposals';
import { useI18n } from '../../../i18n/I18nProvider';
import { CommentBankDialog } from './CommentBankDialog';
import type { BesideScore } from '../merge/ColleagueScores';
import { CriterionMarkSection } from './CriterionMarkSection';
import { rubricKeyAction } from './rubric-keys';
import { RubricTotal } from './RubricTotal';
import { insertBankComment, setOverallComment, type SheetChange } from './sheet-changes';
import { useCommentBank } from './use-comment-bank';

/** What the marking screen may ask of the panel, for its own keys (pressed in the act) and its anchored comments. */
export interface RubricPanelHandle {
  /**
   * Focuses the score field of the next (1) or previous (-1) criterion; from outside the panel, of the criterion
   * the trainer was last on (the first when none).
   */
  moveToCriterion(step: 1 | -1): void;
  /** Opens the comment bank for the criterion the trainer is on (the first when none). */
  openCommentBank(): void;
}

interface RubricPanelProps {
  rubric: readonly RubricCriterion[];
  /** `null` while the marks load. */
  sheet: MarkSheet | null;
  update: (change: SheetChange) => void;
  /** The app's proposals (proposeMarks), shown as such until the trainer accepts them. */
  proposals: readonly CriterionProposal[];
  packId: string;
  /** The case's language: the rubric's, the proposals' and the bank's texts are in it. */
  language: ContentLanguage;
  /**
   * The titles of the criteria whose score field holds a score it refused (empty when none), whenever that changes:
   * the save line must not say «saved» over a score that was not kept.
   */
  onRefusedScores?: (criterionTitles: readonly string[]) => void;
  /** What to show under each criterion's score: the colleagues' scores of a double-marked work. */
  besideScore?: BesideScore;
  ref?: Ref<RubricPanelHandle>;
}

/**
 * The rubric of a submission: every criterion with its score and comments, the total, and the overall comment.
 * Keyboard: Alt+↓ / Alt+↑ to the next or previous criterion's score, digits to score, Enter to accept the criterion's
 * proposal, Ctrl+Shift+B for the comment bank.
 */
export function RubricPanel({
  rubric,
  sheet,
  update,
  proposals,
  packId,
  language,
  onRefusedScores,
  besideScore,
  ref,
}: RubricPanelProps) {
  const { t } = useI18n();
  const id = useId();
  const panel = useRef<HTMLElement>(null);
  const scoreFields = useRef(new Map<string, HTMLInputElement>());
  const [current, setCurrent] = useState<string | undefined>();
  const [bankFor, setBankFor] = useState<string | null>(null);
  const { byId: bank } = useCommentBank(packId);
  const currentOrFirst = current ?? rubric[0]?.id;
  const [refused, setRefused] = useState<ReadonlySet<string>>(new Set());
  const refusedChange = useCallback((criterionId: string, isRefused: boolean) => {
    setRefused((previous) => {
      if (previous.has(criterionId) === isRefused) return previous;
      const next = new Set(previous);
      if (isRefused) next.add(criterionId);
      else next.delete(criterionId);
      return next;
    });
  }, []);
  const refusedTitles = rubric.filter((criterion) => refused.has(criterion.id)).map(({ title }) => title);
  const refusedKey = refusedTitles.join('\n');
  useEffect(() => {
    onRefusedScores?.(refusedKey === '' ? [] : refusedKey.split('\n'));
  }, [onRefusedScores, refusedKey]);

  /**
   * The criterion holding the focus, read from the page rather than from `current`: the screen's keys may come
   * before React has heard of the focus.
   */
  function criterionInFocus(): string | undefined {
    if (!panel.current?.contains(document.activeElement)) return undefined;
    return (
      document.activeElement?.closest('[data-criterion-id]')?.getAttribute('data-criterion-id') ?? undefined
    );
  }

  function moveToCriterion(step: 1 | -1) {
    const focused = criterionInFocus();
    const from = rubric.findIndex((criterion) => criterion.id === (focused ?? current));
    let target: number;
    if (from < 0) target = step === 1 ? 0 : rubric.length - 1;
    else if (focused === undefined)
      target = from; // back to where the trainer was
    else target = Math.min(Math.max(from + step, 0), rubric.length - 1);
    const criterion = rubric[target];
    if (criterion) scoreFields.current.get(criterion.id)?.focus();
  }

  function openCommentBank() {
    const criterionId = criterionInFocus() ?? currentOrFirst;
    if (criterionId !== undefined) setBankFor(criterionId);
  }

  useImperativeHandle(ref, () => ({
    moveToCriterion,
    openCommentBank,
  }));

  function keyDown(event: KeyboardEvent) {
    const action = rubricKeyAction(event.nativeEvent);
    if (action === undefined) return;
    event.preventDefault();
    if (action === 'commentBank') openCommentBank();
    else moveToCriterion(action === 'nextCriterion' ? 1 : -1);
  }

  const bankCriterion = bankFor === null ? undefined : rubric.find((criterion) => criterion.id === bankFor);

  return (
    <>
      <section ref={panel} className="rubric-panel" aria-labelledby={`${id}-title`} onKeyDown={keyDown}>
        <h2 className="rubric-panel__title" id={`${id}-title`}>
          {t('rubric.title')}
        </h2>
        {sheet === null ? (
          <p className="rubric-panel__loading">{t('rubric.loading')}</p>
        ) : (
          <>
            <RubricTotal sheet={sheet} rubric={rubric} />
            {rubric.map((criterion) => (
              <CriterionMarkSection
                key={criterion.id}
                criterion={criterion}
                mark={sheet.criteria[criterion.id]}
                proposal={proposals.find((proposal) => proposal.criterionId === criterion.id)?.comment}
                bank={bank}
                language={language}
                update={update}
                onCurrent={() => setCurrent(criterion.id)}
                onOpenBank={() => setBankFor(criterion.id)}
                onRefused={(isRefused) => refusedChange(criterion.id, isRefused)}
                besideScore={besideScore?.(criterion, sheet.criteria[criterion.id])}
                scoreRef={(input) => {
                  if (input) scoreFields.current.set(criterion.id, input);
                  else scoreFields.current.delete(criterion.id);
                }}
              />
            ))}
            <div className="rubric-panel__overall">
              <label htmlFor={`${id}-overall`}>{t('rubric.overallComment')}</label>
              <textarea
                id={`${id}-overall`}
                rows={3}
                lang={language}
                value={sheet.overallComment}
                onChange={(event) => update(setOverallComment(event.target.value))}
              />
            </div>
          </>
        )}
      </section>
      {bankCriterion && sheet && (
        <CommentBankDialog
          packId={packId}
          rubric={rubric}
          language={language}
          criterionId={bankCriterion.id}
          criterionComment={sheet.criteria[bankCriterion.id]?.comment}
          onChoose={(entry) => {
            update(insertBankComment(bankCriterion.id, entry.id));
            setBankFor(null);
          }}
          onClose={() => setBankFor(null)}
        />
      )}
    </>
  );
}
