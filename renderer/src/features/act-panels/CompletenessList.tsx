import './CompletenessList.css';
import { useId, useState } from 'react';
import {
  foundCount,
  requiredCount,
  type PartCompleteness,
  type RequisiteState,
  type RequisiteStatus,
} from '../../domain/act/completeness';
import type { LegalReference } from '../../domain/act/template';
import type { ContentLanguage } from '../../domain/language';
import { formatArticleReference } from '../../domain/text/article-reference';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { ArticleReference } from './ArticleReference';
import { NotApplicableToggle } from './NotApplicableToggle';

interface CompletenessListProps {
  result: PartCompleteness;
  /** The act's language: requisite labels and references are written in it; the rest speaks the UI language. */
  language: ContentLanguage;
  /** Takes the cursor to a document position. */
  onGoTo: (position: number) => void;
  /** Whether the cursor is in this part: its list is then open unless the trainee folded it. */
  current: boolean;
  /** The findings of an act that is only read (a trainer's): nothing can be marked not applicable. */
  readOnly?: boolean;
}

/**
 * A part's checklist under its outline entry: the empty-part flag, and each requisite found (✓) or missing (✗),
 * or, for one the law asks for only in some cases, "where applicable" (○) with a box to mark it not applicable to
 * the case (—); each a button that takes the cursor to its place. The count leaves out what does not apply. State
 * is never told by colour alone: an icon, and a word for screen readers. Only the list of the part being written is
 * open by default, so the outline stays short; the others show their count, and each toggle opens or folds its
 * list for good.
 */
export function CompletenessList({
  result,
  language,
  onGoTo,
  current,
  readOnly = false,
}: CompletenessListProps) {
  const { t } = useI18n();
  /** The trainee's own choice from the toggle; until they make one, the list follows the cursor. */
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? current;
  const listId = useId();
  const total = requiredCount(result);
  const heading = result.part.heading[language];
  return (
    <div className="completeness" data-completeness={result.part.id}>
      {result.part.reference && (
        <ArticleReference reference={result.part.reference} language={language} showReference />
      )}
      {result.empty && (
        <button
          type="button"
          className="completeness__item completeness__item--missing"
          data-state="empty"
          onClick={() => onGoTo(result.position)}
        >
          <span className="completeness__icon" aria-hidden="true">
            ✗
          </span>
          <span>{t('completeness.emptyPart')}</span>
        </button>
      )}
      {result.requisites.length > 0 && (
        <>
          <button
            type="button"
            className="completeness__toggle"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setChosen(!open)}
          >
            <span className="completeness__chevron" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            {t('completeness.count', { found: foundCount(result), total })}
          </button>
          <ul
            id={listId}
            className="completeness__list"
            aria-label={t('completeness.checklist', { part: heading })}
            hidden={!open}
          >
            {result.requisites.map((status) => (
              <li key={status.requisite.id}>
                <RequisiteItem status={status} language={language} onGoTo={onGoTo} />
                {status.requisite.reference && (
                  <ArticleReference reference={status.requisite.reference} language={language} />
                )}
                {!readOnly && status.requisite.applies === 'where-applicable' && !status.found && (
                  <NotApplicableToggle
                    partId={result.part.id}
                    requisiteId={status.requisite.id}
                    requisite={status.requisite.label[language]}
                  />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function RequisiteItem({
  status,
  language,
  onGoTo,
}: {
  status: RequisiteStatus;
  language: ContentLanguage;
  onGoTo: (position: number) => void;
}) {
  const { t } = useI18n();
  const { requisite, state } = status;
  const { reference } = requisite;
  const { icon, word } = STATE_DISPLAY[state];
  return (
    <button
      type="button"
      className={`completeness__item completeness__item--${state}`}
      data-requisite={requisite.id}
      data-state={state}
      onClick={() => onGoTo(status.position)}
    >
      <span className="completeness__icon" aria-hidden="true">
        {icon}
      </span>
      <span className="completeness__text">
        {/* Shown, not only read out, where it is not a plain found or missing: ○ and — say little by themselves. */}
        <span
          className={state === 'found' || state === 'missing' ? 'visually-hidden' : 'completeness__state'}
        >
          {t(word)}:{' '}
        </span>
        <span lang={language}>{requisite.label[language]}</span>
        {reference && (
          <span className="completeness__reference">
            <span lang={language}>{referenceText(reference, language)}</span>
            {/* About the reference, not the trainee's work: a quiet note beside it, explained in its tooltip. */}
            {reference.verification === 'unverified' && (
              <span className="completeness__unverified" title={t('completeness.unverifiedHint')}>
                {t('completeness.unverified')}
              </span>
            )}
          </span>
        )}
      </span>
    </button>
  );
}

/** Each state's icon and the word that says it (never colour alone). */
const STATE_DISPLAY: Record<RequisiteState, { icon: string; word: MessageKey }> = {
  found: { icon: '✓', word: 'completeness.found' },
  missing: { icon: '✗', word: 'completeness.missing' },
  'where-applicable': { icon: '○', word: 'completeness.whereApplicable' },
  'not-applicable': { icon: '—', word: 'completeness.notApplicable' },
};

/** «ГПК РК, ст. 226, ч. 1» / «АПК ҚР, 226-бап, 1-бөлік», as the case's legislation excerpts are cited. */
function referenceText(reference: LegalReference, language: ContentLanguage): string {
  return formatArticleReference(
    { code: reference.code[language], article: reference.article, part: reference.part, text: '' },
    language,
  );
}
