import type { ReactNode } from 'react';
import type { ContentLanguage } from '../../../domain/language';
import type { PackMaterial } from '../../../domain/pack/pack';
import { formatArticleReference } from '../../../domain/text/article-reference';
import { CRIMINAL_QUESTIONS } from '../../../domain/worksheet/criminal-questions';
import { isWorksheetBlank, type Worksheet } from '../../../domain/worksheet/worksheet';
import { useI18n } from '../../../i18n/I18nProvider';
import { useMaterialNavigator } from '../../case-file/material-navigator';

interface WorksheetViewProps {
  worksheet: Worksheet | undefined;
  materials: readonly PackMaterial[];
  language: ContentLanguage;
}

/**
 * The trainee's case-solving worksheet as handed in, read-only: the same sections as the trainee's form, each
 * written text as plain text (never as markup), and the evidence of a fact as links opening the case materials.
 */
export function WorksheetView({ worksheet, materials, language }: WorksheetViewProps) {
  const { t } = useI18n();
  const navigator = useMaterialNavigator();
  if (!worksheet || isWorksheetBlank(worksheet))
    return <p className="worksheet-view__empty">{t('marking.noWorksheet')}</p>;
  const titles = new Map(materials.map((material) => [material.id, material.title]));
  const text = (value: string) => (value.trim() ? <p lang={language}>{value}</p> : null);

  return (
    <div className="worksheet-view">
      <Section title={t('worksheet.facts')} shown={worksheet.facts.length > 0}>
        <ol>
          {worksheet.facts.map((fact, index) => (
            <li key={index}>
              {text(fact.statement)}
              {fact.evidence.length > 0 && (
                <p className="worksheet-view__evidence">
                  {t('worksheet.evidence')}:{' '}
                  {fact.evidence.map((id, at) => (
                    <span key={id}>
                      {at > 0 && ', '}
                      {titles.has(id) ? (
                        <button
                          type="button"
                          className="worksheet-view__material"
                          lang={language}
                          onClick={() => navigator.open(id)}
                        >
                          {titles.get(id)}
                        </button>
                      ) : (
                        t('worksheet.missingMaterial', { id })
                      )}
                    </span>
                  ))}
                </p>
              )}
              {fact.assessment.trim() && (
                <p className="worksheet-view__note" lang={language}>
                  {fact.assessment}
                </p>
              )}
            </li>
          ))}
        </ol>
      </Section>
      <Section title={t('worksheet.issues')} shown={worksheet.issues.length > 0}>
        <ol>
          {worksheet.issues.map((issue, index) => (
            <li key={index}>{text(issue.question)}</li>
          ))}
        </ol>
      </Section>
      <Section title={t('worksheet.norms')} shown={worksheet.norms.length > 0}>
        <ol>
          {worksheet.norms.map((norm, index) => (
            <li key={index}>
              {norm.article.trim() && (
                <p className="worksheet-view__reference" lang={language}>
                  {formatArticleReference(
                    {
                      code: norm.code,
                      article: norm.article,
                      ...(norm.part && { part: norm.part }),
                      text: '',
                    },
                    language,
                  )}
                  {norm.paragraph && ` (${t('worksheet.normParagraph')} ${norm.paragraph})`}
                </p>
              )}
              {text(norm.text)}
            </li>
          ))}
        </ol>
      </Section>
      <Section title={t('worksheet.analysis')} shown={worksheet.analysis.trim() !== ''}>
        <p className="worksheet-view__long" lang={language}>
          {worksheet.analysis}
        </p>
      </Section>
      {worksheet.criminalQuestions && (
        <Section title={t('worksheet.criminalQuestions')} shown>
          <dl>
            {CRIMINAL_QUESTIONS.map((question) => (
              <div key={question.id}>
                <dt lang={language}>{question.question[language]}</dt>
                <dd lang={language}>{worksheet.criminalQuestions?.[question.id]?.trim() || '—'}</dd>
              </div>
            ))}
          </dl>
        </Section>
      )}
      <Section title={t('worksheet.conclusions')} shown={worksheet.conclusions.length > 0}>
        <ol>
          {worksheet.conclusions.map((conclusion, index) => (
            <li key={index}>
              {text(conclusion.claim)}
              {conclusion.conclusion.trim() && (
                <p className="worksheet-view__note" lang={language}>
                  {conclusion.conclusion}
                </p>
              )}
            </li>
          ))}
        </ol>
      </Section>
    </div>
  );
}

function Section({ title, shown, children }: { title: string; shown: boolean; children: ReactNode }) {
  if (!shown) return null;
  return (
    <section className="worksheet-view__section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}
