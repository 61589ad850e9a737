import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useServices } from '../../../app/services';
import { useActEditor } from '../../../editor/core/act-editor-context';
import { useI18n } from '../../../i18n/I18nProvider';
import { findExamSession } from '../../../storage/exam-session-repository';
import type { CaseRecord } from '../../../storage/records';
import { readSetting } from '../../../storage/settings-repository';
import { StartExamDialog } from './StartExamDialog';

/**
 * «Start the exam», in the header of a timed case still in practice: work is untimed until the trainee asks, on
 * purpose, for the clock. Gone once the exam has started (ExamBar takes over).
 */
export function ExamStartButton({ caseRecord }: { caseRecord: CaseRecord }) {
  const { db } = useServices();
  const { t } = useI18n();
  const controller = useActEditor();
  const started = useLiveQuery(
    async () => Boolean(await findExamSession(db, caseRecord.key)),
    [db, caseRecord.key],
  );
  const [asking, setAsking] = useState<{ askName: boolean } | null>(null);
  const { timeLimitMinutes } = caseRecord;
  if (timeLimitMinutes === undefined || started !== false) return null;

  return (
    <>
      <button
        type="button"
        className="button"
        title={t('exam.practice', { minutes: timeLimitMinutes })}
        onClick={() => void readSetting(db, 'participantName').then((name) => setAsking({ askName: !name }))}
      >
        {t('exam.start')}
      </button>
      {asking && (
        <StartExamDialog
          caseRecord={{ ...caseRecord, timeLimitMinutes }}
          askName={asking.askName}
          onCancel={() => setAsking(null)}
          onStarted={() => {
            setAsking(null);
            // The button is gone with the practice: the trainee goes on writing where the act was.
            controller?.view.focus();
          }}
        />
      )}
    </>
  );
}
