import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { routeHref } from '../../../app/route';
import { useServices } from '../../../app/services';
import { proposeMarks, type CriterionProposal } from '../../../domain/review/proposals';
import type { ActEditorController } from '../../../editor/core/act-editor-controller';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorMessage } from '../../../ui/error-message';
import { listParticipantVersions, listQueue } from '../../../storage/review-repository';
import { receiptLine } from '../receipt-line';
import type { ReviewSubmissionRecord } from '../../../storage/records';
import { findTrainerKey } from '../../../storage/trainer-key-repository';
import { Notice } from '../../../ui/Notice';
import { useIdleValue } from '../../../ui/use-idle-value';
import { ShortcutsDialog } from '../../../ui/ShortcutsDialog';
import { outsideDialogs, useKeyTableShortcuts } from '../../../ui/use-window-shortcuts';
import { ActViewPreparer } from '../../act-panels/prepared-act-views';
import { MaterialNavigator, MaterialNavigatorContext } from '../../case-file/material-navigator';
import { Reader } from '../../case-file/Reader';
import { purifyRichText } from '../../case-file/documents/rich-text-html';
import { readQueueState } from '../queue-state';
import { ShortlistToggle } from '../ShortlistToggle';
import { participantLabel, queuePosition } from '../queue-view';
import { useShowNames } from '../use-show-names';
import { CommentForm } from './CommentForm';
import { useCommentBank } from './use-comment-bank';
import { FindingsPanel } from './FindingsPanel';
import { MARKED_ACT_VIEW, MarkedAct } from '../../act-panels/MarkedAct';
import { ModelAnswerPanel } from '../../act-panels/ModelAnswerPanel';
import { FeedbackExportButton } from '../handback/FeedbackExportButton';
import { MarkingHeader } from './MarkingHeader';
import { MARKING_FIELD_KEYS, MARKING_SHORTCUTS, type MarkingShortcut } from './marking-shortcuts';
import { useColleagueScores } from '../merge/ColleagueScores';
import { MarksStatus } from './MarksStatus';
import { RubricPanel, type RubricPanelHandle } from './RubricPanel';
import { SidePanels } from './SidePanels';
import { TimelinePanel } from './timeline/TimelinePanel';
import { useAnchoredComments } from './use-anchored-comments';
import { useMarkSheet } from './use-mark-sheet';
import type { MarkingData } from './use-marking-data';
import { VersionBar } from './VersionBar';
import { WorksheetView } from './WorksheetView';

interface MarkingDeskProps {
  data: Extract<MarkingData, { state: 'ready' }>;
  reviewKey: string;
  digest: string;
}

const NO_PROPOSALS: readonly CriterionProposal[] = [];

/** The marking screen once the submission is read: header, the act with its comments, the panels and the rubric. */
export function MarkingDesk({ data, reviewKey, digest }: MarkingDeskProps) {
  const { db } = useServices();
  const { t } = useI18n();
  const { review, caseRecord, template, record, act, worksheet } = data;
  const { byId: bank } = useCommentBank(review.packId);
  const rubric = review.case.rubric;
  const language = review.case.language;
  const [showNames] = useShowNames(reviewKey);
  const queue = useLiveQuery(() => listQueue(db, reviewKey), [db, reviewKey]);
  const versions = useLiveQuery(
    () => listParticipantVersions(db, reviewKey, record.participantKey),
    [db, reviewKey, record.participantKey],
  );
  // The participant's latest version is the one marked (the queue shows it, with its total); an earlier one is read
  // beside it, its marks (if it had any before the later one came) shown as they are. While the versions are read
  // (a moment), the screen stays markable, so keys pressed at once are not lost on the usual, latest, version.
  const latestDigest = versions?.[0]?.digest;
  const markable = latestDigest === undefined || latestDigest === digest;
  const trainerKey = useLiveQuery(async () => (await findTrainerKey(db, reviewKey)) ?? null, [db, reviewKey]);
  const { sheet, update, flush, status, keptAside, keptAsideFailure, restoreKeptAside, discardKeptAside } =
    useMarkSheet({
      digest,
      reviewKey,
      rubric,
    });
  const rubricPanel = useRef<RubricPanelHandle>(null);
  const colleagueScores = useColleagueScores(digest, update);
  const [navigator] = useState(() => new MaterialNavigator());
  const [controller, setController] = useState<ActEditorController | null>(null);
  const [readingPart, setReadingPart] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [refusedScores, setRefusedScores] = useState<readonly string[]>([]);
  const comments = useAnchoredComments(controller, sheet, update);
  // The desk stays for the review's next submission (only the act is built anew): what belonged to the last goes.
  const [shownDigest, setShownDigest] = useState(digest);
  if (shownDigest !== digest) {
    setShownDigest(digest);
    setReadingPart(0);
    setNotice(null);
    comments.forget();
  }

  const { sort, filter } = useMemo(() => readQueueState(reviewKey), [reviewKey]);
  // An earlier version stands in the queue at its participant's place, so next and previous go on from there.
  const position = queue && queuePosition(queue, latestDigest ?? digest, sort, filter, showNames);
  const participantOf = useCallback(
    (shown: ReviewSubmissionRecord) =>
      showNames ? participantLabel(shown, true) : t('marking.participant', { code: shown.anonymousCode }),
    [showNames, t],
  );
  const participant = participantOf(record);

  // The window's title names the code only, even with names shown: it shows in the taskbar and on a projector.
  useEffect(() => {
    const before = document.title;
    document.title = t('marking.windowTitle', { code: record.anonymousCode });
    return () => {
      document.title = before;
    };
  }, [t, record.anonymousCode]);

  // Proposed once the act is on screen, in idle time: the completeness check of a 100-page act takes long.
  const keyRead = trainerKey !== undefined;
  const modelAnswerHtml = trainerKey?.modelAnswer;
  const propose = useCallback(
    () =>
      keyRead
        ? proposeMarks({
            rubric,
            template,
            act,
            ...(modelAnswerHtml !== undefined && { modelAnswerHtml }),
            language,
          })
        : NO_PROPOSALS,
    [keyRead, rubric, template, act, modelAnswerHtml, language],
  );
  const proposals = useIdleValue(propose) ?? NO_PROPOSALS;

  // While the trainer reads, the next submission is read ahead and its act's view built off the page (going on then
  // only puts it in place); the previous one is kept for going back.
  const nextDigest = position?.next?.digest;
  const previousDigest = position?.previous?.digest;
  const [preparer] = useState(() => new ActViewPreparer());
  useEffect(() => () => preparer.dispose(), [preparer]);
  const brokenLabel = t('evidence.broken');
  const materials = caseRecord.materials;
  useEffect(() => {
    const neighbours = [nextDigest, previousDigest].filter((other) => other !== undefined);
    let stopPreparing = () => {};
    const stopReading = data.loader.readAhead(
      [digest, ...neighbours],
      nextDigest ? [nextDigest] : [],
      (next) => {
        const label = t('marking.actLabel', { participant: participantOf(next.record) });
        stopPreparing = preparer.prepareWhenIdle({
          doc: next.act,
          label,
          materials,
          brokenLabel,
          ...MARKED_ACT_VIEW,
        });
      },
    );
    return () => {
      stopReading();
      stopPreparing();
    };
  }, [data.loader, digest, nextDigest, previousDigest, preparer, participantOf, t, materials, brokenLabel]);

  // The file is made from the stored marks: what was just typed is saved first, or the trainer is told why not.
  const saveBeforeExport = async () => {
    try {
      await flush();
    } catch (error) {
      setNotice(errorMessage(t, 'marking.notSaved', error));
      throw error;
    }
  };

  const leave = async (target: string | undefined) => {
    if (comments.draft) {
      setNotice(t('marking.finishComment'));
      return;
    }
    try {
      await flush();
    } catch (error) {
      setNotice(errorMessage(t, 'marking.notSaved', error));
      return;
    }
    window.location.hash = target
      ? routeHref({ screen: 'marking', reviewKey, digest: target })
      : routeHref({ screen: 'review', reviewKey });
  };

  const commentOnSelection = () => {
    if (comments.draft || !markable) return;
    // A passage comment starts with no criterion (a reasoning passage is not «form»); the form offers one to choose.
    const opened = comments.commentOnSelection();
    setNotice(opened ? null : t('marking.selectFirst'));
  };

  useKeyTableShortcuts(
    MARKING_SHORTCUTS,
    {
      nextSubmission: () => void (position?.next && leave(position.next.digest)),
      previousSubmission: () => void (position?.previous && leave(position.previous.digest)),
      commentOnSelection,
      // Pressed in the panel, these are the panel's own (it stops them); pressed in the act, the screen passes them on.
      nextCriterion: () => rubricPanel.current?.moveToCriterion(1),
      previousCriterion: () => rubricPanel.current?.moveToCriterion(-1),
      commentBank: () => markable && rubricPanel.current?.openCommentBank(),
      shortcutsHelp: () => setHelpOpen(true),
    },
    { within: outsideDialogs },
  );

  const draft = comments.draft;
  const draftRange = draft && { from: draft.anchor.from, to: draft.anchor.to };
  const readingPartId = template.parts[readingPart]?.id;
  const actLabel = t('marking.actLabel', { participant });

  return (
    <MaterialNavigatorContext value={navigator}>
      <div className="screen marking">
        <MarkingHeader
          reviewKey={reviewKey}
          participant={participant}
          position={position}
          onLeave={(target) => void leave(target)}
          onHelp={() => setHelpOpen(true)}
          receipt={receiptLine(t, record)}
        >
          <FeedbackExportButton review={review} digest={digest} beforeOpen={saveBeforeExport} />
        </MarkingHeader>
        <main className="marking__body">
          <section className="marking__act" aria-label={actLabel}>
            {versions && (
              <VersionBar
                reviewKey={reviewKey}
                versions={versions}
                digest={digest}
                onOpen={(target) => void leave(target)}
              />
            )}
            <div className="marking__act-bar">
              <button
                type="button"
                className="button"
                disabled={!markable}
                onMouseDown={(event) => event.preventDefault()}
                onClick={commentOnSelection}
              >
                {t('marking.commentOnSelection')}
              </button>
              <span className="marking__act-hint">{t('marking.selectHint')}</span>
              <ShortlistToggle reviewKey={reviewKey} digest={digest} />
              <MarksStatus
                status={status}
                readOnly={!markable}
                keptAside={keptAside}
                keptAsideFailure={keptAsideFailure}
                refusedScores={refusedScores}
                onRestore={restoreKeptAside}
                onDiscard={discardKeptAside}
              />
            </div>
            {notice && (
              <Notice tone="info" onDismiss={() => setNotice(null)}>
                {notice}
              </Notice>
            )}
            {comments.deleted && (
              <Notice tone="info" onDismiss={comments.dismissDeleted}>
                {t('marking.commentDeleted')}{' '}
                <button type="button" className="button button--compact" onClick={comments.restore}>
                  {t('marking.commentRestore')}
                </button>
              </Notice>
            )}
            <MarkedAct
              // Each act is read from its top, with its own margin.
              key={digest}
              act={act}
              label={actLabel}
              caseRecord={caseRecord}
              rubric={rubric}
              bank={bank}
              comments={sheet?.anchored ?? []}
              controller={controller}
              onController={setController}
              preparer={preparer}
              form={
                draft && draftRange
                  ? {
                      ...draftRange,
                      ...(draft.editing && { editing: draft.editing }),
                      element: (
                        <CommentForm
                          key={draft.editing ?? 'new'}
                          quote={draft.anchor.quote}
                          rubric={rubric}
                          {...(draft.text !== undefined && { initialText: draft.text })}
                          {...(draft.criterionId !== undefined && {
                            initialCriterionId: draft.criterionId,
                          })}
                          {...(draft.bankId !== undefined && { initialBankId: draft.bankId })}
                          packId={review.packId}
                          language={language}
                          onSave={comments.save}
                          onCancel={comments.cancel}
                        />
                      ),
                    }
                  : null
              }
              onEdit={markable ? comments.edit : undefined}
              onDelete={markable ? comments.remove : undefined}
              onReadingPart={setReadingPart}
            />
          </section>
          <section className="marking__side" aria-label={t('marking.sideLabel')}>
            <SidePanels
              panels={{
                model: (
                  <ModelAnswerPanel
                    modelAnswer={trainerKey?.modelAnswer}
                    template={template}
                    language={language}
                    readingPartId={readingPartId}
                  />
                ),
                notes: trainerKey?.gradingNotes ? (
                  <div
                    className="rich-text"
                    lang={language}
                    dangerouslySetInnerHTML={{ __html: purifyRichText(trainerKey.gradingNotes) }}
                  />
                ) : (
                  <p>{trainerKey ? t('marking.noNotes') : t('marking.noKey')}</p>
                ),
                materials: <Reader caseRecord={caseRecord} />,
                worksheet: (
                  <WorksheetView worksheet={worksheet} materials={caseRecord.materials} language={language} />
                ),
                findings: (
                  <FindingsPanel
                    act={act}
                    template={template}
                    language={language}
                    controller={controller}
                    readingPart={readingPart}
                  />
                ),
                timeline: <TimelinePanel digest={digest} />,
              }}
            />
          </section>
          <section
            className="marking__rubric"
            aria-label={t('marking.rubricLabel')}
            // Read-only, the panel has nothing to focus: the column itself takes the focus, to scroll by keyboard.
            tabIndex={markable ? undefined : 0}
          >
            {/* A disabled fieldset makes every field and button of the panel read-only at once. */}
            <fieldset className="marking__rubric-lock" disabled={!markable}>
              <RubricPanel
                // Each work's own panel: what a score field holds as typed, and the criterion the trainer was on,
                // belong to the work they were typed in, not to the next one.
                key={digest}
                ref={rubricPanel}
                rubric={rubric}
                sheet={sheet}
                update={update}
                proposals={proposals}
                packId={review.packId}
                language={language}
                onRefusedScores={setRefusedScores}
                besideScore={colleagueScores}
              />
            </fieldset>
          </section>
        </main>
        {helpOpen && (
          <ShortcutsDialog
            rows={[
              ...(Object.keys(MARKING_SHORTCUTS) as MarkingShortcut[]).map((action) => ({
                id: action,
                label: t(`marking.shortcut.${action}`),
                keys: MARKING_SHORTCUTS[action],
              })),
              ...(Object.keys(MARKING_FIELD_KEYS) as (keyof typeof MARKING_FIELD_KEYS)[]).map((action) => ({
                id: action,
                label: t(`marking.shortcut.${action}`),
                keys: MARKING_FIELD_KEYS[action],
              })),
            ]}
            onClose={() => setHelpOpen(false)}
          />
        )}
      </div>
    </MaterialNavigatorContext>
  );
}
