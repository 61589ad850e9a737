import { useState, type ReactNode } from 'react';
import { useServices } from '../../../app/services';
import { useI18n } from '../../../i18n/I18nProvider';
import { readSetting, writeSetting } from '../../../storage/settings-repository';
import { describeSubmissionRefusal } from '../../../ui/describe-submission-refusal';
import { errorMessage } from '../../../ui/error-message';
import { exportSubmission, type ExportRequest } from '../submit/export-submission';
import { ParticipantNameDialog } from '../submit/ParticipantNameDialog';

/** What the workspace gives for the file: the locked act, its worksheet, and the revision it was saved at. */
export type SubmissionSource = () => Omit<
  ExportRequest,
  'participantName' | 'keepEvenIfUnreadable' | 'dialog'
>;

/**
 * The submission file of a locked exam: made through the same export as «Hand in» (sealed for the pack's trainers
 * when it names any) and offered for saving at once; saving it again is always possible. The name was asked when the
 * exam started; should it be gone since, it is asked now.
 */
export function useExamFile(readSubmission: SubmissionSource, onExported: () => void) {
  const services = useServices();
  const { t } = useI18n();
  const [message, setMessage] = useState<string>(t('exam.fileNotSaved'));
  const [askName, setAskName] = useState(false);

  async function save(typedName?: string): Promise<void> {
    try {
      const name = typedName ?? (await readSetting(services.db, 'participantName'));
      if (!name) return setAskName(true);
      if (typedName) await writeSetting(services.db, 'participantName', typedName);
      const result = await exportSubmission(services, {
        ...readSubmission(),
        participantName: name,
        keepEvenIfUnreadable: false,
        dialog: { title: t('workspace.exportDialogTitle'), filterName: t('workspace.submissionFilter') },
      });
      if (result.saved) {
        onExported();
        setMessage(t('exam.fileSaved', { name: result.name }));
      } else if (result.refusal) {
        setMessage(t('exam.fileRefused', { problem: describeSubmissionRefusal(t, result.refusal) }));
      } else {
        setMessage(t('exam.fileNotSaved'));
      }
    } catch (error) {
      setMessage(errorMessage(t, 'exam.fileFailed', error));
    }
  }

  const nameDialog: ReactNode = askName && (
    <ParticipantNameDialog
      onCancel={() => setAskName(false)}
      onSubmit={(name) => {
        setAskName(false);
        void save(name);
      }}
    />
  );
  return { message, save: () => save(), nameDialog };
}
