import { useI18n } from '../../i18n/I18nProvider';
import type { CaseRecord } from '../../storage/records';
import type { CaseDocument } from './case-documents';
import { documentTitle } from './document-title';
import { instructionParagraphs } from './documents/document-text';
import { ImageViewer } from './image/ImageViewer';
import { LegislationList } from './documents/LegislationList';
import { PdfViewer } from './pdf/PdfViewer';
import { ReadingView } from './documents/ReadingView';
import { RichText } from './documents/RichText';
import { RubricList } from './documents/RubricList';
import type { MatchTarget } from './search/use-document-highlights';

interface DocumentViewProps {
  caseRecord: CaseRecord;
  document: CaseDocument;
  pattern: RegExp | null;
  /** The match to scroll to, when the trainee came here from a search result. */
  target: MatchTarget | null;
}

/** The open document, in the view its kind needs. */
export function DocumentView({ caseRecord, document, pattern, target }: DocumentViewProps) {
  const { t } = useI18n();
  const language = caseRecord.language;
  const scrollKey = `${caseRecord.key}#${document.id}`;
  const reading = { title: documentTitle(document, t), language, pattern, target, scrollKey };
  switch (document.kind) {
    case 'task':
      return (
        <ReadingView
          {...reading}
          meta={
            <>
              <p className="reader-page__meta" lang={language}>
                {caseRecord.title}
              </p>
              {caseRecord.timeLimitMinutes !== undefined && (
                <p className="reader-page__meta">
                  {t('reader.timeLimit', { minutes: caseRecord.timeLimitMinutes })}
                </p>
              )}
            </>
          }
        >
          {instructionParagraphs(caseRecord.instructions).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </ReadingView>
      );
    case 'text':
      return (
        <ReadingView {...reading} titleLanguage={language}>
          <RichText material={document.material} />
        </ReadingView>
      );
    case 'legislation':
      return (
        <ReadingView {...reading}>
          <LegislationList excerpts={caseRecord.legislation} language={language} />
        </ReadingView>
      );
    case 'rubric':
      return (
        <ReadingView {...reading}>
          <RubricList criteria={caseRecord.rubric} />
        </ReadingView>
      );
    case 'pdf':
      return (
        <PdfViewer
          material={document.material}
          language={language}
          pattern={pattern}
          target={target}
          scrollKey={scrollKey}
        />
      );
    case 'image':
      return <ImageViewer material={document.material} language={language} scrollKey={scrollKey} />;
  }
}
