import './FeedbackScreen.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { routeHref } from '../../app/route';
import { useServices } from '../../app/services';
import type { ActEditorController } from '../../editor/core/act-editor-controller';
import { useI18n } from '../../i18n/I18nProvider';
import { listFeedback } from '../../storage/feedback-repository';
import { AppHeader } from '../../ui/AppHeader';
import { Notice } from '../../ui/Notice';
import { describeFeedbackRefusal } from '../../ui/describe-feedback-refusal';
import { FeedbackResults } from '../act-panels/FeedbackResults';
import { MarkedAct } from '../act-panels/MarkedAct';
import { ModelAnswerPanel } from '../act-panels/ModelAnswerPanel';
import { FeedbackSummary } from './FeedbackSummary';
import { useFeedbackData, type FeedbackData } from './use-feedback-data';

/** A case the library does not have: the act's citations then point at no material. */
const NO_MATERIALS = { materials: [], legislation: [] };

/**
 * A trainer's feedback on the trainee's work (`#/feedback/<id>`): the act exactly as handed in, read-only, with the
 * trainer's comments beside their passages; the score of each criterion with its comments, the total, the overall
 * comment, who marked it and when; and the model answer beside, following the part being read, when the trainer
 * sent it. The draft is never touched: the way back to the case finds it as it was left.
 */
export function FeedbackScreen({ feedbackId }: { feedbackId: string }) {
  const { t } = useI18n();
  const data = useFeedbackData(feedbackId);
  if (data.state === 'ready') return <FeedbackDesk data={data} />;
  return (
    <div className="screen feedback-screen">
      <AppHeader title={t('feedback.results')} />
      <main className="feedback-screen__message">
        {data.state === 'loading' && <p role="status">{t('feedback.loading')}</p>}
        {data.state === 'notFound' && <Notice tone="error">{t('feedback.notFound')}</Notice>}
        {data.state === 'damaged' && (
          <Notice tone="error">
            {t('feedback.damaged', { reason: describeFeedbackRefusal(t, data.refusal) })}
          </Notice>
        )}
        {data.state === 'failed' && (
          <Notice tone="error">{t('feedback.damaged', { reason: data.detail })}</Notice>
        )}
      </main>
    </div>
  );
}

function FeedbackDesk({ data }: { data: Extract<FeedbackData, { state: 'ready' }> }) {
  const { t } = useI18n();
  const { db } = useServices();
  const { record, feedback, signedBy, act, template, participantName, comments, caseRecord } = data;
  const [controller, setController] = useState<ActEditorController | null>(null);
  const [readingPart, setReadingPart] = useState(0);
  const onReadingPart = useCallback((index: number) => setReadingPart(index), []);
  const others = useLiveQuery(() => listFeedback(db, record.caseKey), [db, record.caseKey]);
  const otherFeedback = (others ?? []).filter((other) => other.id !== record.id);
  const modelAnswer = feedback.modelAnswerHtml;

  return (
    <div className="screen feedback-screen">
      <AppHeader title={t('feedback.title', { title: feedback.caseTitle })}>
        {caseRecord && (
          <a
            className="button"
            href={routeHref({ screen: 'case', packId: record.packId, caseId: record.caseId })}
          >
            {t('feedback.backToCase')}
          </a>
        )}
      </AppHeader>
      {!caseRecord && <Notice tone="info">{t('feedback.caseNotInLibrary')}</Notice>}
      <main
        className={`feedback-screen__body${modelAnswer === undefined ? '' : ' feedback-screen__body--model'}`}
      >
        <section className="feedback-screen__act" aria-label={t('feedback.act')}>
          <p className="feedback-screen__hint">{t('feedback.actHint')}</p>
          <MarkedAct
            act={act}
            label={t('feedback.act')}
            caseRecord={caseRecord ?? NO_MATERIALS}
            rubric={feedback.rubric}
            // The file carries each comment's words whole (a bank comment's text folded in): no bank to look up.
            bank={undefined}
            comments={comments}
            controller={controller}
            onController={setController}
            form={null}
            onEdit={undefined}
            onDelete={undefined}
            onReadingPart={onReadingPart}
          />
        </section>
        <section className="feedback-screen__marks" aria-label={t('feedback.criteria')}>
          <FeedbackSummary feedback={feedback} participantName={participantName} signedBy={signedBy} />
          {otherFeedback.length > 0 && (
            <>
              <h2 className="feedback-summary__heading">{t('feedback.others')}</h2>
              <FeedbackResults records={otherFeedback} />
            </>
          )}
        </section>
        {modelAnswer !== undefined && (
          <section className="feedback-screen__model" aria-label={t('feedback.modelAnswer')}>
            <h2 className="feedback-screen__model-title">{t('feedback.modelAnswer')}</h2>
            <div className="feedback-screen__model-box" tabIndex={0}>
              <ModelAnswerPanel
                modelAnswer={modelAnswer}
                template={template}
                language={feedback.language}
                readingPartId={template.parts[readingPart]?.id}
              />
            </div>
          </section>
        )}
      </main>
    </div>
  );
}
