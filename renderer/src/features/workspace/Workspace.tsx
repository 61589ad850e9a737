import './Workspace.css';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { setLeaveGuard } from '../../app/route';
import { useServices } from '../../app/services';
import type { ActTemplate } from '../../domain/act/template';
import { isBuiltInTemplate } from '../../domain/act/templates';
import type { Worksheet } from '../../domain/worksheet/worksheet';
import { ActEditor } from '../../editor/core/ActEditor';
import type { ActEditorController } from '../../editor/core/act-editor-controller';
import { ActEditorContext } from '../../editor/core/act-editor-context';
import { documentJsonText } from '../../editor/core/document-json';
import { usePartWordCounts } from '../../editor/core/use-editor';
import { useI18n } from '../../i18n/I18nProvider';
import type { CaseRecord, StoredDraft } from '../../storage/records';
import { readSetting, writeSetting } from '../../storage/settings-repository';
import { AppHeader } from '../../ui/AppHeader';
import { Notice, type NoticeTone } from '../../ui/Notice';
import { PackUpdatedNotice } from './PackUpdatedNotice';
import { ReceivedFeedback } from './ReceivedFeedback';
import { saveErrorReason } from '../../ui/error-message';
import { CitationEvidenceButtons } from './citations/CitationEvidenceButtons';
import { CitationTooltip } from '../act-panels/CitationTooltip';
import { AkomaNtosoExportButton } from './submit/AkomaNtosoExportButton';
import { SubmitWork, type SubmitWorkHandle } from './submit/SubmitWork';
import { EditorToolbar } from './toolbar/EditorToolbar';
import { FindBar } from './find/FindBar';
import { RevisionHistory } from './history/RevisionHistory';
import { logSnapshotFailure, useRevisionRecorder } from './history/use-revision-recorder';
import { MaterialNavigator, MaterialNavigatorContext } from '../case-file/material-navigator';
import { MaterialsPane } from './MaterialsPane';
import { Outline } from '../act-panels/Outline';
import { SaveIndicator } from './saving/SaveIndicator';
import { SplitPane } from '../../ui/SplitPane';
import { useDraftAutosave } from './saving/use-draft-autosave';
import { useTimelineRecorder } from './saving/use-timeline-recorder';
import type { KeptAside, RescuedFrom } from './load-workspace';
import { PrintPreview } from './print/PrintPreview';
import { usePrintPreview } from './print/use-print-preview';
import { useActZoom } from './view/use-act-zoom';
import { useFocusMode } from './view/use-focus-mode';
import { ViewButtons } from './view/ViewButtons';
import { ActZoomControl } from './view/ActZoomControl';
import { ExamBar } from './exam/ExamBar';
import { ExamStartButton } from './exam/ExamStartButton';

interface WorkspaceProps {
  caseRecord: CaseRecord;
  template: ActTemplate;
  doc: ProseMirrorNode;
  draft: StoredDraft | undefined;
  worksheet: Worksheet | undefined;
  rescued: RescuedFrom | false;
  keptAside?: KeptAside[] | undefined;
}

/** The case file beside the act editor, with saving, outline, word count and export. */
export function Workspace({
  caseRecord,
  template,
  doc,
  draft,
  worksheet,
  rescued,
  keptAside,
}: WorkspaceProps) {
  const services = useServices();
  const { db } = services;
  const { t, locale } = useI18n();
  const [controller, setController] = useState<ActEditorController | null>(null);
  /**
   * The newest text, kept here rather than read from the editor: the last save can run after the editor is gone
   * (the trainee left the case while a save was writing), and it must write the newest text, never the text as
   * it was when the case was opened.
   */
  const latestDoc = useRef(doc);
  /** The newest worksheet, likewise; undefined while the trainee has not touched it. */
  const latestWorksheet = useRef(worksheet);
  const submitWork = useRef<SubmitWorkHandle>(null);
  const [materialNavigator] = useState(() => new MaterialNavigator());
  const [notice, setNotice] = useState<{ tone: NoticeTone; text: string } | null>(null);
  /** Unsaved texts of closed windows that this draft had moved on from: each told until the trainee dismisses it. */
  const [keptAsideNotices, setKeptAsideNotices] = useState(keptAside ?? []);
  const dismissKeptAside = (dismissed: KeptAside) =>
    setKeptAsideNotices((notices) => notices.filter((notice) => notice !== dismissed));
  /** Opens the history at a version (the notice's button); a new object for each click. */
  const [historyRequest, setHistoryRequest] = useState<{ revisionId: number } | null>(null);
  const pack = useLiveQuery(() => db.packs.get(caseRecord.packId), [db, caseRecord.packId]);
  const split = useLiveQuery(() => readSetting(db, 'workspaceSplit').then((value) => value ?? 0.45), [db]);
  /** A timed case whose time is up: the act and worksheet take no more changes (storage refuses them too). */
  const examLocked = useLiveQuery(
    async () => Boolean((await db.examSessions.get(caseRecord.key))?.lockedAt),
    [db, caseRecord.key],
  );
  const timeline = useTimelineRecorder(caseRecord);

  const { status, lastSavedAt, markDirty, flush, isSaved, isHoldingUnsavedText, revision } = useDraftAutosave(
    {
      identity: {
        key: caseRecord.key,
        packId: caseRecord.packId,
        caseId: caseRecord.id,
        packVersion: draft?.packVersion ?? caseRecord.packVersion,
        templateId: template.id,
        ...(!isBuiltInTemplate(template) && { template }),
      },
      initialRevision: draft?.revision ?? 0,
      readContent: () => ({
        doc: latestDoc.current,
        documentJson: documentJsonText(latestDoc.current),
        worksheet: latestWorksheet.current,
      }),
      onSaved: (content, at) => timeline.saved(content, at),
      rescuedFrom: rescued || undefined,
    },
  );

  const editorOptions = useMemo(
    () => ({
      doc,
      hints: new Map(template.parts.map((part) => [part.id, part.hint[caseRecord.language]])),
      language: caseRecord.language,
      label: t('workspace.editorLabel'),
      onDocChange: (next: ProseMirrorNode, tr: Transaction) => {
        latestDoc.current = next;
        markDirty();
        timeline.edited(tr);
      },
      onBlur: () => void flush(),
      evidence: {
        materials: new Map(caseRecord.materials.map((material) => [material.id, material.title])),
        onOpenMaterial: (materialId: string) => materialNavigator.open(materialId),
        brokenLabel: t('evidence.broken'),
      },
    }),
    // The editor reads its options once; the document and template do not change while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  useEffect(() => {
    setLeaveGuard(() => !isHoldingUnsavedText() || window.confirm(t('workspace.leaveUnsaved')));
    return () => setLeaveGuard(null);
  }, [isHoldingUnsavedText, t]);

  const onReady = useCallback((ready: ActEditorController | null) => setController(ready), []);
  const wordCounts = usePartWordCounts(controller);
  const totalWords = wordCounts.reduce((sum, count) => sum + count, 0);
  const zoom = useActZoom(db);
  const focusMode = useFocusMode(controller);
  const printPreview = usePrintPreview(latestDoc);
  const { record: recordRevision, noteChange: noteWorksheetEdit } = useRevisionRecorder(controller, {
    draftKey: caseRecord.key,
    readDocument: () => latestDoc.current,
    readWorksheet: () => latestWorksheet.current,
  });
  const onWorksheetChange = useCallback(
    (next: Worksheet) => {
      latestWorksheet.current = next;
      markDirty();
      noteWorksheetEdit();
    },
    [markDirty, noteWorksheetEdit],
  );
  /** The worksheet the form shows: the loaded one, until a restored version replaces it. */
  const [shownWorksheet, setShownWorksheet] = useState(worksheet);

  // The toolbar, find bar, outline, history and citation tooltip reach the editor through its context.
  return (
    <ActEditorContext value={controller}>
      <MaterialNavigatorContext value={materialNavigator}>
        <div className={focusMode.on ? 'screen workspace workspace--focus' : 'screen workspace'}>
          <AppHeader title={caseRecord.title}>
            <ExamStartButton caseRecord={caseRecord} />
            <RevisionHistory
              draftKey={caseRecord.key}
              caseRecord={caseRecord}
              recordRevision={recordRevision}
              onRestoreWorksheet={(restored) => {
                setShownWorksheet(restored);
                onWorksheetChange(restored);
              }}
              onRestored={(text) => setNotice({ tone: 'success', text })}
              request={historyRequest}
            />
            <AkomaNtosoExportButton
              caseRecord={caseRecord}
              template={template}
              readDocument={() => latestDoc.current}
              onNotice={setNotice}
              onExported={() => void recordRevision('export').catch(logSnapshotFailure)}
            />
            <SubmitWork
              ref={submitWork}
              caseRecord={caseRecord}
              template={template}
              packTitle={pack?.title ?? caseRecord.packId}
              packVersion={draft?.packVersion ?? caseRecord.packVersion}
              readDocument={() => latestDoc.current}
              readWorksheet={() => latestWorksheet.current}
              flush={flush}
              isSaved={isSaved}
              revision={revision}
              onNotice={setNotice}
              onExported={() => void recordRevision('export').catch(logSnapshotFailure)}
            />
          </AppHeader>
          <ExamBar
            caseRecord={caseRecord}
            flush={flush}
            readSubmission={() => ({
              caseRecord,
              packTitle: pack?.title ?? caseRecord.packId,
              packVersion: draft?.packVersion ?? caseRecord.packVersion,
              document: latestDoc.current.toJSON() as Record<string, unknown>,
              worksheet: latestWorksheet.current,
              template,
              // The locked act is the saved one; if its last save failed, the file still holds the text on screen.
              submittedRevision: isSaved() ? revision.current : 0,
            })}
            onExported={() => void recordRevision('export').catch(logSnapshotFailure)}
          />
          {notice && (
            <Notice tone={notice.tone} onDismiss={() => setNotice(null)}>
              {notice.text}
            </Notice>
          )}
          {keptAsideNotices.map((keptAsideNotice, index) =>
            'error' in keptAsideNotice ? (
              <Notice
                key={`failed-${index}`}
                tone="error"
                onDismiss={() => dismissKeptAside(keptAsideNotice)}
              >
                {t('workspace.keptAsideFailed', { reason: saveErrorReason(t, keptAsideNotice.error) })}
              </Notice>
            ) : (
              <Notice
                key={keptAsideNotice.revisionId}
                tone="info"
                onDismiss={() => dismissKeptAside(keptAsideNotice)}
              >
                {t('workspace.keptAside', {
                  time: new Date(keptAsideNotice.createdAt).toLocaleString(locale, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  }),
                })}{' '}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setHistoryRequest({ revisionId: keptAsideNotice.revisionId })}
                >
                  {t('workspace.keptAsideOpen')}
                </button>
              </Notice>
            ),
          )}
          {draft && draft.packVersion !== caseRecord.packVersion && (
            <PackUpdatedNotice draftVersion={draft.packVersion} caseVersion={caseRecord.packVersion} />
          )}
          <ReceivedFeedback caseKey={caseRecord.key} />
          {split !== undefined && (
            <SplitPane
              // The workspace's main content, the case file beside the act: its `main` landmark.
              as="main"
              initialSplit={split}
              onSplitChange={(value) => void writeSetting(db, 'workspaceSplit', value)}
              handleLabel={t('workspace.resizeHandle')}
              first={
                <MaterialsPane
                  caseRecord={caseRecord}
                  templateId={template.id}
                  worksheet={shownWorksheet}
                  onWorksheetChange={onWorksheetChange}
                  locked={examLocked}
                />
              }
              second={
                <div className="editor-pane" style={zoom.paneStyle}>
                  <EditorToolbar>
                    <CitationEvidenceButtons caseRecord={caseRecord} />
                    <ViewButtons onPrintPreview={printPreview.show} focusMode={focusMode} />
                  </EditorToolbar>
                  <FindBar />
                  <div className="editor-pane__body">
                    <Outline template={template} language={caseRecord.language} wordCounts={wordCounts} />
                    <div className="editor-pane__page">
                      <ActEditor options={editorOptions} onReady={onReady} />
                      <CitationTooltip legislation={caseRecord.legislation} />
                    </div>
                  </div>
                  <footer className="status-bar">
                    <SaveIndicator
                      status={status}
                      lastSavedAt={lastSavedAt}
                      onRetry={() => void flush()}
                      onSaveCopy={() => submitWork.current?.saveCopy()}
                    />
                    <span className="status-bar__words" data-testid="word-count">
                      {t('wordsTotal', { count: totalWords })}
                    </span>
                    <ActZoomControl zoom={zoom} />
                  </footer>
                </div>
              }
            />
          )}
          {printPreview.doc && <PrintPreview doc={printPreview.doc} onClose={printPreview.close} />}
        </div>
      </MaterialNavigatorContext>
    </ActEditorContext>
  );
}
