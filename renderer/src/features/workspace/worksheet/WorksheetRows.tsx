import { memo, useId } from 'react';
import type { ContentLanguage } from '../../../domain/language';
import type { PackMaterial } from '../../../domain/pack/pack';
import {
  WORKSHEET_LIMITS,
  type WorksheetConclusion,
  type WorksheetFact,
  type WorksheetIssue,
  type WorksheetNorm,
} from '../../../domain/worksheet/worksheet';
import { useI18n } from '../../../i18n/I18nProvider';
import { EvidenceChips } from './EvidenceChips';
import { WorksheetTextArea } from './WorksheetTextArea';

/**
 * The fields of one row of each worksheet list. Memoised: typing in one row re-renders that row only, since
 * `setRow` stays the same for the list's life and the other rows' values are unchanged.
 */
interface RowProps<Row> {
  row: Row;
  index: number;
  setRow: (index: number, row: Row) => void;
  language: ContentLanguage;
}

export const FactFields = memo(function FactFields({
  row,
  index,
  setRow,
  language,
  materials,
}: RowProps<WorksheetFact> & { materials: readonly PackMaterial[] }) {
  const { t } = useI18n();
  return (
    <>
      <WorksheetTextArea
        label={t('worksheet.factStatement')}
        value={row.statement}
        onChange={(statement) => setRow(index, { ...row, statement })}
        maxLength={WORKSHEET_LIMITS.statement}
        language={language}
      />
      <EvidenceChips
        materials={materials}
        evidence={row.evidence}
        onChange={(evidence) => setRow(index, { ...row, evidence })}
        language={language}
      />
      <WorksheetTextArea
        label={t('worksheet.assessment')}
        value={row.assessment}
        onChange={(assessment) => setRow(index, { ...row, assessment })}
        maxLength={WORKSHEET_LIMITS.note}
        language={language}
      />
    </>
  );
});

export const IssueFields = memo(function IssueFields({
  row,
  index,
  setRow,
  language,
}: RowProps<WorksheetIssue>) {
  const { t } = useI18n();
  return (
    <WorksheetTextArea
      label={t('worksheet.issue', { number: index + 1 })}
      value={row.question}
      onChange={(question) => setRow(index, { question })}
      maxLength={WORKSHEET_LIMITS.statement}
      language={language}
      rows={1}
      labelHidden
    />
  );
});

export const NormFields = memo(function NormFields({
  row,
  index,
  setRow,
  language,
}: RowProps<WorksheetNorm>) {
  const { t } = useI18n();
  const id = useId();
  const location = [
    { field: 'code', label: t('worksheet.normCode'), max: WORKSHEET_LIMITS.code },
    { field: 'article', label: t('worksheet.normArticle'), max: WORKSHEET_LIMITS.number },
    { field: 'part', label: t('worksheet.normPart'), max: WORKSHEET_LIMITS.number },
    { field: 'paragraph', label: t('worksheet.normParagraph'), max: WORKSHEET_LIMITS.number },
  ] as const;
  return (
    <>
      <div className="worksheet-norm__location">
        {location.map(({ field, label, max }) => (
          <div key={field} className={`worksheet-norm__${field}`}>
            <label htmlFor={`${id}-${field}`} className="worksheet-field__label">
              {label}
            </label>
            <input
              id={`${id}-${field}`}
              className="worksheet-field__input"
              lang={language}
              maxLength={max}
              value={row[field]}
              onChange={(event) => setRow(index, { ...row, [field]: event.target.value })}
            />
          </div>
        ))}
      </div>
      <WorksheetTextArea
        label={t('worksheet.normText')}
        value={row.text}
        onChange={(text) => setRow(index, { ...row, text })}
        maxLength={WORKSHEET_LIMITS.note}
        language={language}
      />
    </>
  );
});

export const ConclusionFields = memo(function ConclusionFields({
  row,
  index,
  setRow,
  language,
}: RowProps<WorksheetConclusion>) {
  const { t } = useI18n();
  return (
    <>
      <WorksheetTextArea
        label={t('worksheet.claim')}
        value={row.claim}
        onChange={(claim) => setRow(index, { ...row, claim })}
        maxLength={WORKSHEET_LIMITS.statement}
        language={language}
        rows={1}
      />
      <WorksheetTextArea
        label={t('worksheet.conclusionText')}
        value={row.conclusion}
        onChange={(conclusion) => setRow(index, { ...row, conclusion })}
        maxLength={WORKSHEET_LIMITS.note}
        language={language}
      />
    </>
  );
});
