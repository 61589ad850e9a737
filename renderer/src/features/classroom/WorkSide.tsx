import { useId, useMemo } from 'react';
import type { ActPartTemplate } from '../../domain/act/template';
import type { ContentLanguage } from '../../domain/language';
import type { ActEditorController } from '../../editor/core/act-editor-controller';
import { useI18n } from '../../i18n/I18nProvider';
import type { CaseRecord } from '../../storage/records';
import type { SubmissionLoader } from '../act-panels/submission-loader';
import { ActView } from '../act-panels/ActView';
import { actPart } from './classroom-works';
import type { SessionHighlight } from './session-highlights';
import { useClassroomAct, type ClassroomAct } from './use-classroom-data';

interface WorkSideProps {
  loader: SubmissionLoader<ClassroomAct>;
  digest: string;
  /** How the class calls the work: «А», or its code. */
  label: string;
  part: ActPartTemplate;
  language: ContentLanguage;
  caseRecord: CaseRecord;
  highlights: readonly SessionHighlight[];
  onController: (controller: ActEditorController | null) => void;
}

/**
 * One side of the stage: one part of a work, read-only, taking a selection to highlight. The act shown is that part
 * alone, so the class sees nothing else of the work (not its signature either, unless that is the part).
 */
export function WorkSide({
  loader,
  digest,
  label,
  part,
  language,
  caseRecord,
  highlights,
  onController,
}: WorkSideProps) {
  const { t } = useI18n();
  const headingId = useId();
  const read = useClassroomAct(loader, digest);
  const act = read.state === 'ready' ? read.act : undefined;
  const shown = useMemo(() => act && actPart(act, part.id), [act, part.id]);
  const partHeading = part.heading[language];
  return (
    <section className="classroom__side" aria-labelledby={headingId}>
      <h2 id={headingId} className="classroom__side-title">
        {t('classroom.work', { label })}
      </h2>
      {read.state === 'loading' && <p role="status">{t('classroom.workOpening')}</p>}
      {read.state === 'unreadable' && (
        <p role="alert">{t('classroom.workUnreadable', { detail: read.detail })}</p>
      )}
      {shown && (
        <div className="classroom__act">
          <ActView
            // A view of its own per work and part: its highlights are that part's, never set on the view before.
            key={`${digest}/${part.id}`}
            doc={shown}
            label={t('classroom.actLabel', { label, part: partHeading })}
            caseRecord={caseRecord}
            caret
            highlights={highlights}
            onController={onController}
          />
        </div>
      )}
      {highlights.length > 0 && (
        <ul className="visually-hidden" aria-label={t('classroom.highlightsLabel')}>
          {highlights.map((highlight) => (
            <li key={highlight.id}>{highlight.quote}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
