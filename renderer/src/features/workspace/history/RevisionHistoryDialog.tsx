import { useLiveQuery } from 'dexie-react-hooks';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { useEffect, useRef, useState } from 'react';
import { useServices } from '../../../app/services';
import { parseActDocument } from '../../../domain/act/document';
import type { Worksheet } from '../../../domain/worksheet/worksheet';
import { useActEditor } from '../../../editor/core/act-editor-context';
import { fitsAct, restoreDocument } from '../../../editor/core/restore-document';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import type { CaseRecord, RevisionReason, RevisionRecord } from '../../../storage/records';
import { listRevisions, readRevisionContent } from '../../../storage/revision-repository';
import { Dialog, DialogTitle, type DialogHandle } from '../../../ui/Dialog';
import { errorDetail, errorMessage } from '../../../ui/error-message';
import { ActView } from '../../act-panels/ActView';
import type { RecordRevision } from './use-revision-recorder';

const REASON_LABEL: Record<RevisionReason, MessageKey> = {
  interval: 'revisions.reason.interval',
  export: 'revisions.reason.export',
  beforeRestore: 'revisions.reason.beforeRestore',
  keptAside: 'revisions.reason.keptAside',
};

/** A version's text, ready to show and restore, or why it cannot be. */
type LoadedVersion =
  { id: number; doc: ProseMirrorNode; worksheet: Worksheet | undefined } | { id: number; error: string };

interface RevisionHistoryDialogProps {
  draftKey: string;
  /** The case, for the versions' citations and evidence links. */
  caseRecord: Pick<CaseRecord, 'materials' | 'legislation'>;
  recordRevision: RecordRevision;
  onRestoreWorksheet?: (worksheet: Worksheet) => void;
  onRestored: (message: string) => void;
  /** The version shown when the dialog opens; null: none until the trainee chooses. */
  initialRevisionId: number | null;
  /** `restored`: the dialog closed because a version was restored (the editor has the focus). */
  onClose: (restored: boolean) => void;
}

/** The draft's versions, newest first; the chosen one shown read-only, with a way to restore it. */
export function RevisionHistoryDialog({
  draftKey,
  caseRecord,
  recordRevision,
  onRestoreWorksheet,
  onRestored,
  initialRevisionId,
  onClose,
}: RevisionHistoryDialogProps) {
  const { db } = useServices();
  const { t, locale } = useI18n();
  const controller = useActEditor();
  const dialog = useRef<DialogHandle>(null);
  const revisions = useLiveQuery(() => listRevisions(db, draftKey), [db, draftKey]);
  const [chosen, setChosen] = useState<RevisionRecord | null>(null);
  // Until the trainee chooses, the version the history was opened at (if any) is shown as if chosen.
  const selected = chosen ?? revisions?.find((revision) => revision.id === initialRevisionId) ?? null;
  const [version, setVersion] = useState<LoadedVersion | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);

  useEffect(() => {
    if (!selected) return;
    let current = true;
    void readRevisionContent(db, selected.id).then(
      (content) => {
        if (!current) return;
        try {
          if (!content) throw new Error('deleted');
          setVersion({
            id: selected.id,
            doc: parseActDocument(content.document),
            worksheet: content.worksheet,
          });
        } catch (error) {
          setVersion({ id: selected.id, error: errorDetail(error) });
        }
      },
      (error: unknown) => current && setVersion({ id: selected.id, error: errorDetail(error) }),
    );
    return () => {
      current = false;
    };
  }, [db, selected]);

  const formatTime = (revision: RevisionRecord) =>
    new Date(revision.createdAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const shown = version && selected && version.id === selected.id ? version : null;

  async function restore() {
    if (!controller || !selected || !shown || 'error' in shown) return;
    // A version of another form of the act (a pack update changed its parts) is not half put back.
    if (!fitsAct(shown.doc, controller.state.doc)) {
      setMessage(t('revisions.otherAct'));
      return;
    }
    const worksheet = onRestoreWorksheet && shown.worksheet;
    if (!restoreDocument(shown.doc)(controller.state) && !worksheet) {
      setMessage(t('revisions.sameAsCurrent'));
      return;
    }
    setRestoring(true);
    try {
      // The current text becomes a version first, so no restore ever loses it.
      await recordRevision('beforeRestore');
    } catch (error) {
      setRestoring(false);
      setMessage(errorMessage(t, 'revisions.snapshotFailed', error));
      return;
    }
    // Closed before the editor takes the focus: while the dialog is modal, the rest of the page is inert.
    dialog.current?.close();
    controller.run(restoreDocument(shown.doc));
    if (worksheet) onRestoreWorksheet(worksheet);
    onRestored(
      t(worksheet ? 'revisions.restoredWithWorksheet' : 'revisions.restored', { time: formatTime(selected) }),
    );
    onClose(true);
  }

  return (
    <Dialog
      ref={dialog}
      className="dialog revision-history"
      titleId="revision-history-title"
      onClose={() => onClose(false)}
    >
      <DialogTitle>{t('revisions.title')}</DialogTitle>
      <p className="revision-history__explain">{t('revisions.explain')}</p>
      <div className="revision-history__body">
        {revisions?.length === 0 ? (
          <p className="revision-history__empty">{t('revisions.empty')}</p>
        ) : (
          <ul className="revision-list" aria-label={t('revisions.listLabel')}>
            {revisions?.map((revision) => (
              <li key={revision.id}>
                <button
                  type="button"
                  className="revision-list__item"
                  aria-pressed={revision.id === selected?.id}
                  onClick={() => {
                    setChosen(revision);
                    setMessage(null);
                  }}
                >
                  <span className="revision-list__time">{formatTime(revision)}</span>
                  <span className="revision-list__reason" data-reason={revision.reason}>
                    {t(REASON_LABEL[revision.reason])}
                  </span>
                  <span className="revision-list__words">
                    {t('revisions.words', { count: revision.wordCount })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="revision-history__view">
          {!selected && <p className="revision-history__hint">{t('revisions.choose')}</p>}
          {shown && 'error' in shown && (
            <p className="revision-history__hint" role="alert">
              {t('revisions.unreadable', { detail: shown.error })}
            </p>
          )}
          {selected && shown && 'doc' in shown && (
            <ActView
              doc={shown.doc}
              label={t('revisions.previewLabel', { time: formatTime(selected) })}
              caseRecord={caseRecord}
              className="revision-preview"
              // The material opens in the case file behind the dialog: the dialog closes so it can be read.
              onOpenMaterial={() => {
                dialog.current?.close();
                onClose(false);
              }}
            />
          )}
        </div>
      </div>
      {message && (
        <p className="revision-history__message" role="status">
          {message}
        </p>
      )}
      <div className="dialog__actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            // Closed first, so that its owner may give the focus to the history button.
            dialog.current?.close();
            onClose(false);
          }}
        >
          {t('revisions.close')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!shown || 'error' in shown || restoring}
          onClick={() => void restore()}
        >
          {t('revisions.restore')}
        </button>
      </div>
    </Dialog>
  );
}
