import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { useImperativeHandle, useRef, useState, type Ref, type RefObject } from 'react';
import { useServices } from '../../../app/services';
import {
  checkCompleteness,
  firstGapPosition,
  partsWithGaps,
  type CompletenessReport,
} from '../../../domain/act/completeness';
import type { ActTemplate } from '../../../domain/act/template';
import type { Worksheet } from '../../../domain/worksheet/worksheet';
import { useActEditor } from '../../../editor/core/act-editor-context';
import { useI18n } from '../../../i18n/I18nProvider';
import type { CaseRecord } from '../../../storage/records';
import { readSetting, writeSetting } from '../../../storage/settings-repository';
import { describeSubmissionRefusal } from '../../../ui/describe-submission-refusal';
import { errorMessage, saveErrorReason } from '../../../ui/error-message';
import type { NoticeTone } from '../../../ui/Notice';
import { exportSubmission, type SavedReceipt } from './export-submission';
import { MissingRequisitesDialog } from './MissingRequisitesDialog';
import { ParticipantNameDialog } from './ParticipantNameDialog';
import { ReceiptDialog } from './ReceiptDialog';
import { SubmissionReceipts } from './SubmissionReceipts';

/** A submission marks the case submitted; a copy (when saving fails) is the same file and marks nothing. */
type ExportKind = 'submission' | 'copy';

/** What the workspace may ask of the hand-in besides its button: a copy of the work when saving fails. */
export interface SubmitWorkHandle {
  saveCopy(): void;
}

interface SubmitWorkProps {
  caseRecord: CaseRecord;
  template: ActTemplate;
  packTitle: string;
  packVersion: number;
  /** The newest text and worksheet, which the workspace keeps as they change. */
  readDocument: () => ProseMirrorNode;
  readWorksheet: () => Worksheet | undefined;
  /** Saves what is pending; `isSaved` then says whether the text on screen is the saved one. */
  flush: () => Promise<void>;
  isSaved: () => boolean;
  /** The draft revision this window last saved. */
  revision: RefObject<number>;
  onNotice: (notice: { tone: NoticeTone; text: string }) => void;
  onExported: () => void;
  ref?: Ref<SubmitWorkHandle>;
}

/**
 * «Hand in»: the header's button, the check for missing requisites before it, the participant's name the first
 * time, and the submission file. Also the copy of the work offered when saving fails, which asks the name but never
 * about gaps, and does not mark the case submitted.
 */
export function SubmitWork({
  caseRecord,
  template,
  packTitle,
  packVersion,
  readDocument,
  readWorksheet,
  flush,
  isSaved,
  revision,
  onNotice,
  onExported,
  ref,
}: SubmitWorkProps) {
  const services = useServices();
  const { db } = services;
  const { t } = useI18n();
  const controller = useActEditor();
  const button = useRef<HTMLButtonElement>(null);
  /** Asking for the name before a submission, or before a copy. */
  const [askName, setAskName] = useState<ExportKind | null>(null);
  /** What was missing when the trainee asked to hand in, while they decide whether to hand in anyway. */
  const [gapsAtExport, setGapsAtExport] = useState<CompletenessReport | null>(null);
  /** The receipt of the file just saved, shown until the trainee closes it. */
  const [savedReceipt, setSavedReceipt] = useState<SavedReceipt | null>(null);

  useImperativeHandle(ref, () => ({ saveCopy: () => void startExport('copy') }));

  /** A submission with gaps asks first; a copy never does. */
  function requestSubmission() {
    const report = checkCompleteness(readDocument(), template);
    if (partsWithGaps(report).length) setGapsAtExport(report);
    else void startExport();
  }

  async function startExport(kind: ExportKind = 'submission', participantName?: string) {
    const name = participantName ?? (await readSetting(db, 'participantName'));
    if (!name) return setAskName(kind);
    // Remembering the name is a convenience: a full disk that refuses it must not stop the file (a copy is what
    // the trainee reaches for when the disk is full), so the export goes on and the trainee is told.
    let nameNotKept: { error: unknown } | null = null;
    if (participantName) {
      try {
        await writeSetting(db, 'participantName', participantName);
      } catch (error) {
        nameNotKept = { error };
      }
    }
    const current = readDocument();
    const currentWorksheet = readWorksheet();
    // The file should match what is saved; if saving is failing, the file still gets the text on screen.
    await flush();
    const saved = isSaved() && readDocument() === current && readWorksheet() === currentWorksheet;
    try {
      const result = await exportSubmission(services, {
        caseRecord,
        packTitle,
        packVersion,
        participantName: name,
        document: current.toJSON() as Record<string, unknown>,
        worksheet: currentWorksheet,
        template,
        // Only a submission of the saved text marks the case submitted.
        submittedRevision: kind === 'submission' && saved ? revision.current : 0,
        keepEvenIfUnreadable: kind === 'copy',
        dialog: { title: t('workspace.exportDialogTitle'), filterName: t('workspace.submissionFilter') },
      });
      const unreadable = result.refusal && describeSubmissionRefusal(t, result.refusal);
      if (!result.saved && unreadable) {
        // Nothing was saved, and the draft is untouched: the trainee changes the act and hands it in again.
        onNotice({ tone: 'error', text: t('workspace.exportRefused', { problem: unreadable }) });
      } else if (result.saved) {
        onExported();
        const message = kind === 'submission' ? 'workspace.exported' : 'workspace.copySaved';
        const warnings = [
          unreadable && t('workspace.copyUnreadable', { problem: unreadable }),
          nameNotKept && t('workspace.nameNotKept', { reason: saveErrorReason(t, nameNotKept.error) }),
        ].filter(Boolean);
        const text = [t(message, { name: result.name }), ...warnings].join(' ');
        onNotice({ tone: warnings.length ? 'error' : 'success', text });
        if (result.receipt) setSavedReceipt(result.receipt);
      }
    } catch (error) {
      onNotice({ tone: 'error', text: errorMessage(t, 'workspace.exportFailed', error) });
    }
    button.current?.focus();
  }

  return (
    <>
      <button ref={button} type="button" className="button button--primary" onClick={requestSubmission}>
        {t('workspace.export')}
      </button>
      <SubmissionReceipts caseKey={caseRecord.key} />
      {savedReceipt && <ReceiptDialog receipt={savedReceipt} onClose={() => setSavedReceipt(null)} />}
      {askName && (
        <ParticipantNameDialog
          onCancel={() => {
            setAskName(null);
            button.current?.focus();
          }}
          onSubmit={(name) => {
            setAskName(null);
            void startExport(askName, name);
          }}
        />
      )}
      {gapsAtExport && (
        <MissingRequisitesDialog
          report={gapsAtExport}
          language={caseRecord.language}
          onExportAnyway={() => {
            setGapsAtExport(null);
            void startExport();
          }}
          onGoBack={() => {
            setGapsAtExport(null);
            controller?.focusPosition(firstGapPosition(gapsAtExport) ?? 0);
          }}
          onGoTo={(position) => {
            setGapsAtExport(null);
            controller?.focusPosition(position);
          }}
        />
      )}
    </>
  );
}
