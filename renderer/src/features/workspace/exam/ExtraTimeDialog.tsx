import { useState, type FormEvent } from 'react';
import { useServices } from '../../../app/services';
import { MAX_EXTRA_MINUTES } from '../../../domain/exam/exam-clock';
import { examCodePurpose } from '../../../domain/pack/pack-v4';
import type { CodeCheck } from '../../../domain/keys/code-check';
import { codeMatches } from '../../../domain/keys/code-check';
import { useI18n } from '../../../i18n/I18nProvider';
import { grantExtraTime } from '../../../storage/exam-session-repository';
import type { CaseRecord } from '../../../storage/records';
import { errorDetail } from '../../../ui/error-message';
import { Dialog, DialogTitle } from '../../../ui/Dialog';

interface ExtraTimeDialogProps {
  caseRecord: CaseRecord;
  check: CodeCheck;
  onGranted: (minutes: number) => void;
  onCancel: () => void;
}

/** The trainer, at the trainee's computer, adds minutes to a running exam with the pack's extra-time code. */
export function ExtraTimeDialog({ caseRecord, check, onGranted, onCancel }: ExtraTimeDialogProps) {
  const { db } = useServices();
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [minutesText, setMinutesText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function grant(event: FormEvent) {
    event.preventDefault();
    const minutes = Number(minutesText);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_EXTRA_MINUTES) {
      setProblem(t('exam.extraTimeMinutesInvalid', { max: MAX_EXTRA_MINUTES }));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const purpose = examCodePurpose('extraTime', caseRecord.packId, caseRecord.id);
      if (!(await codeMatches(code, check, purpose))) setProblem(t('exam.extraTimeWrong'));
      else if (!(await grantExtraTime(db, caseRecord.key, minutes))) setProblem(t('exam.extraTimeTooLate'));
      else onGranted(minutes);
    } catch (error) {
      setProblem(errorDetail(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog className="dialog" titleId="exam-extra-title" describedBy="exam-extra-explain" onClose={onCancel}>
      <form onSubmit={(event) => void grant(event)}>
        <DialogTitle>{t('exam.extraTimeTitle')}</DialogTitle>
        <p id="exam-extra-explain">{t('exam.extraTimeExplain')}</p>
        <label className="field">
          <span>{t('exam.extraTimeCode')}</span>
          <input
            autoFocus
            required
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('exam.extraTimeMinutes')}</span>
          <input
            required
            inputMode="numeric"
            maxLength={3}
            value={minutesText}
            onChange={(event) => setMinutesText(event.target.value.trim())}
          />
        </label>
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
          <button type="submit" className="button button--primary" disabled={busy || !code.trim()}>
            {t('exam.extraTimeGrant')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
