import './WorksheetForm.css';
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useState,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from 'react';
import type { LegislationExcerpt } from '../../../domain/pack/pack';
import { formatArticleReference } from '../../../domain/text/article-reference';
import type { CriminalQuestionId } from '../../../domain/worksheet/criminal-questions';
import {
  WORKSHEET_LIMITS,
  emptyConclusion,
  emptyFact,
  emptyIssue,
  emptyNorm,
  worksheetForCase,
  type Worksheet,
  type WorksheetKind,
  type WorksheetNorm,
} from '../../../domain/worksheet/worksheet';
import { useI18n } from '../../../i18n/I18nProvider';
import type { CaseRecord } from '../../../storage/records';
import { CriminalQuestions } from './CriminalQuestions';
import { RowList, type RowsSetter } from './RowList';
import { ConclusionFields, FactFields, IssueFields, NormFields } from './WorksheetRows';
import { WorksheetTextArea } from './WorksheetTextArea';

interface WorksheetFormProps {
  caseRecord: CaseRecord;
  kind: WorksheetKind;
  /**
   * The saved worksheet (undefined while never edited), read once: from then on the form owns the worksheet.
   * To put another one in its place (a restored revision), mount a new form (a new `key`).
   */
  initial: Worksheet | undefined;
  /** Called with the whole worksheet after every change; the caller keeps it and lets the autosaver save it. */
  onChange: (worksheet: Worksheet) => void;
}

/**
 * The case-solving worksheet: facts and their evidence, issues, norms, analysis, art. 390 questions (criminal
 * cases) and conclusions. Typing stays instant: the fields are controlled by this form's own state, each row
 * re-renders alone, and nothing is saved here (the caller marks the draft dirty; the autosaver debounces).
 */
export const WorksheetForm = memo(function WorksheetForm({
  caseRecord,
  kind,
  initial,
  onChange,
}: WorksheetFormProps) {
  const { t } = useI18n();
  const [opened] = useState(() => worksheetForCase(initial, kind));
  const [worksheet, setWorksheet] = useState(opened);
  const language = caseRecord.language;

  useEffect(() => {
    if (worksheet !== opened) onChange(worksheet);
  }, [worksheet, opened, onChange]);

  const setRows = useMemo(
    () => ({
      facts: listSetter(setWorksheet, 'facts'),
      issues: listSetter(setWorksheet, 'issues'),
      norms: listSetter(setWorksheet, 'norms'),
      conclusions: listSetter(setWorksheet, 'conclusions'),
    }),
    [],
  );
  const setAnalysis = useCallback(
    (analysis: string) => setWorksheet((current) => ({ ...current, analysis })),
    [],
  );
  const setAnswer = useCallback(
    (id: CriminalQuestionId, answer: string) =>
      setWorksheet((current) => ({
        ...current,
        criminalQuestions: { ...current.criminalQuestions, [id]: answer },
      })),
    [],
  );

  return (
    <form
      className="worksheet"
      aria-label={t('worksheet.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <p className="worksheet__intro">{t('worksheet.intro')}</p>
      <WorksheetSection title={t('worksheet.facts')} hint={t('worksheet.factsHint')}>
        <RowList
          rows={worksheet.facts}
          setRows={setRows.facts}
          createRow={emptyFact}
          rowLabel={(number) => t('worksheet.fact', { number })}
          removeLabel={(number) => t('worksheet.removeFact', { number })}
          addLabel={t('worksheet.addFact')}
          renderRow={(row, index, setRow) => (
            <FactFields
              row={row}
              index={index}
              setRow={setRow}
              language={language}
              materials={caseRecord.materials}
            />
          )}
        />
      </WorksheetSection>
      <WorksheetSection title={t('worksheet.issues')}>
        <RowList
          rows={worksheet.issues}
          setRows={setRows.issues}
          createRow={emptyIssue}
          rowLabel={(number) => t('worksheet.issue', { number })}
          removeLabel={(number) => t('worksheet.removeIssue', { number })}
          addLabel={t('worksheet.addIssue')}
          renderRow={(row, index, setRow) => (
            <IssueFields row={row} index={index} setRow={setRow} language={language} />
          )}
        />
      </WorksheetSection>
      <WorksheetSection title={t('worksheet.norms')}>
        <RowList
          rows={worksheet.norms}
          setRows={setRows.norms}
          createRow={emptyNorm}
          rowLabel={(number) => t('worksheet.norm', { number })}
          removeLabel={(number) => t('worksheet.removeNorm', { number })}
          addLabel={t('worksheet.addNorm')}
          renderRow={(row, index, setRow) => (
            <NormFields row={row} index={index} setRow={setRow} language={language} />
          )}
          presets={{
            label: t('worksheet.normFromLegislation'),
            language,
            options: caseRecord.legislation.map((excerpt) => ({
              label: formatArticleReference(excerpt, language),
              row: () => normFromExcerpt(excerpt),
            })),
          }}
        />
      </WorksheetSection>
      <WorksheetSection title={t('worksheet.analysis')}>
        <WorksheetTextArea
          label={t('worksheet.analysis')}
          labelHidden
          hint={t('worksheet.analysisHint')}
          value={worksheet.analysis}
          onChange={setAnalysis}
          maxLength={WORKSHEET_LIMITS.analysis}
          language={language}
          rows={6}
        />
      </WorksheetSection>
      {worksheet.criminalQuestions && (
        <CriminalQuestions answers={worksheet.criminalQuestions} setAnswer={setAnswer} language={language} />
      )}
      <WorksheetSection title={t('worksheet.conclusions')}>
        <RowList
          rows={worksheet.conclusions}
          setRows={setRows.conclusions}
          createRow={emptyConclusion}
          rowLabel={(number) => t('worksheet.conclusion', { number })}
          removeLabel={(number) => t('worksheet.removeConclusion', { number })}
          addLabel={t('worksheet.addConclusion')}
          renderRow={(row, index, setRow) => (
            <ConclusionFields row={row} index={index} setRow={setRow} language={language} />
          )}
        />
      </WorksheetSection>
    </form>
  );
});

function WorksheetSection({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="worksheet-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="worksheet-section__title">
        {title}
      </h2>
      {hint && <p className="worksheet-section__hint">{hint}</p>}
      {children}
    </section>
  );
}

type ListField = 'facts' | 'issues' | 'norms' | 'conclusions';

/** A setter for one list of the worksheet, built on the form's state setter (so it never goes stale). */
function listSetter<Field extends ListField>(
  setWorksheet: Dispatch<SetStateAction<Worksheet>>,
  field: Field,
): RowsSetter<Worksheet[Field][number]> {
  return (update) =>
    setWorksheet((current) => ({
      ...current,
      [field]: update(current[field] as Worksheet[Field][number][]),
    }));
}

/** A norm from one of the case's legislation excerpts: where it is, and its title as the text to start from. */
function normFromExcerpt(excerpt: LegislationExcerpt): WorksheetNorm {
  return {
    text: excerpt.title ?? '',
    code: excerpt.code,
    article: excerpt.article,
    part: excerpt.part ?? '',
    paragraph: '',
  };
}
