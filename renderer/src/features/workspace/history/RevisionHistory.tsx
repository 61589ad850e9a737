import './RevisionHistory.css';
import { useRef, useState } from 'react';
import type { Worksheet } from '../../../domain/worksheet/worksheet';
import type { CaseRecord } from '../../../storage/records';
import { useActEditor } from '../../../editor/core/act-editor-context';
import { useI18n } from '../../../i18n/I18nProvider';
import { outsideDialogs, useWindowShortcuts } from '../../../ui/use-window-shortcuts';
import { RevisionHistoryDialog } from './RevisionHistoryDialog';
import type { RecordRevision } from './use-revision-recorder';

interface RevisionHistoryProps {
  draftKey: string;
  /** The case, for the versions' citations and evidence links. */
  caseRecord: Pick<CaseRecord, 'materials' | 'legislation'>;
  recordRevision: RecordRevision;
  /** Puts a restored version's worksheet back; without it, a restore puts back the act's text only. */
  onRestoreWorksheet?: (worksheet: Worksheet) => void;
  /** Tells the trainee what was restored and how to undo it. */
  onRestored: (message: string) => void;
  /** Asks for the history to open at a version (a notice elsewhere names it); each new request opens it once. */
  request?: { revisionId: number } | null;
}

/** The history button, and its shortcut anywhere in the workspace, opening the list of the draft's versions. */
export function RevisionHistory({ request = null, ...dialogProps }: RevisionHistoryProps) {
  const { t } = useI18n();
  const controller = useActEditor();
  const [open, setOpen] = useState(false);
  const [initialRevisionId, setInitialRevisionId] = useState<number | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  // A new request opens the history at its version (state adjusted while rendering, as React advises for this).
  const [seenRequest, setSeenRequest] = useState(request);
  if (request !== seenRequest) {
    setSeenRequest(request);
    if (request) {
      setInitialRevisionId(request.revisionId);
      setOpen(true);
    }
  }

  // Not over another dialog: restoring under an open question (hand in anyway?) would change what it asks about.
  useWindowShortcuts({ history: () => setOpen(true) }, { within: outsideDialogs });

  return (
    <>
      <button
        ref={button}
        type="button"
        className="button"
        title={t('revisions.title')}
        disabled={!controller}
        onClick={() => setOpen(true)}
      >
        {t('revisions.open')}
      </button>
      {open && controller && (
        <RevisionHistoryDialog
          {...dialogProps}
          initialRevisionId={initialRevisionId}
          onClose={(restored) => {
            setOpen(false);
            setInitialRevisionId(null);
            // After a restore the editor has the focus, on the restored text.
            if (!restored) button.current?.focus();
          }}
        />
      )}
    </>
  );
}
