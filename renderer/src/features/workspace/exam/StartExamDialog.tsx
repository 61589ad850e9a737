import { useState, type FormEvent } from 'react';
import { useServices } from '../../../app/services';
import { examCodePurpose } from '../../../domain/pack/pack-v4';
import { codeMatches } from '../../../domain/keys/code-check';
import { useI18n } from '../../../i18n/I18nProvider';
import { startExam } from '../../../storage/exam-session-repository';
import type { CaseRecord } from '../../../storage/records';
import { writeSetting } from '../../../storage/settings-repository';
import { errorDetail } from '../../../ui/error-message';
import { Dialog, DialogTitle } from '../../../ui/Dialog';

interface StartExamDialogProps {
  caseRecord: CaseRecord & { timeLimitMinutes: number };
  /** No participant name is stored yet: it is asked here, since at zero the file is made with no question. */
  askName: boolean;
  onStarted: () => void;
  onCancel: () => void;
}

/**
 * Starting an exam, on purpose: what the time is, that it keeps running, what happens at zero; the trainee's name
 * when none is known; and the start code the trainer shows the room, when the pack has one for this case.
 */
export function StartExamDialog({ caseRecord, askName, onStarted, onCancel }: StartExamDialogProps) {
  const { db } = useServices();
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const startCheck = caseRecord.examCodes?.start;

  async function start(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const purpose = examCodePurpose('start', caseRecord.packId, caseRecord.id);
      if (startCheck && !(await codeMatches(code, startCheck, purpose))) {
        setProblem(t('exam.startCodeWrong'));
        return;
      }
      if (askName) await writeSetting(db, 'participantName', name.trim());
      await startExam(db, caseRecord.key, caseRecord.timeLimitMinutes);
      onStarted();
    } catch (error) {
      setProblem(errorDetail(error));
    } finally {
      setBusy(false);
    }
  }

  const ready = (!askName || name.trim()) && (!startCheck || code.trim());
  return (
    <Dialog className="dialog" titleId="exam-start-title" describedBy="exam-start-explain" onClose={onCancel}>
      <form onSubmit={(event) => void start(event)}>
        <DialogTitle>{t('exam.start')}</DialogTitle>
        <div id="exam-start-explain">
          <p>{t('exam.startExplain', { minutes: caseRecord.timeLimitMinutes })}</p>
          <p>{t('exam.startAtZero')}</p>
        </div>
        {askName && (
          <label className="field">
            <span>{t('exam.nameLabel')}</span>
            <input
              autoFocus
              required
              maxLength={200}
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          </label>
        )}
        {startCheck && (
          <label className="field">
            <span>{t('exam.startCode')}</span>
            <input
              autoFocus={!askName}
              required
              autoComplete="off"
              spellCheck={false}
              maxLength={40}
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
          </label>
        )}
        {busy && <p role="status">{t('exam.checking')}</p>}
        {problem && (
          <p className="exam__problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={!ready || busy}>
            {t('exam.start')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
