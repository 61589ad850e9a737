import { useId, useRef } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Notice } from '../../ui/Notice';
import { ImportReportView } from './ImportReportView';
import { SUBMISSION_ACCEPT } from './StartReview';
import type { CohortImportState } from './use-cohort-import';

/** The browser's attribute that makes a file input choose a folder (all its files); React does not type it. */
const FOLDER_INPUT = { webkitdirectory: '' } as Record<string, string>;

/** Choosing a cohort's files (or a folder, or a zip), the import's progress with Cancel, and its report. */
export function CohortImportPanel({
  state,
  dragging,
  showNames,
  onFiles,
  onCancel,
  onDismissReport,
}: {
  state: CohortImportState;
  dragging: boolean;
  showNames: boolean;
  onFiles: (files: FileList) => void;
  onCancel: () => void;
  onDismissReport: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const busy = state.phase === 'reading' || state.phase === 'importing';

  const chosen = (input: HTMLInputElement) => {
    if (input.files && input.files.length > 0) onFiles(input.files);
    input.value = '';
  };

  return (
    <section className="review-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="review-section__title">
        {t('trainer.importTitle')}
      </h2>
      {/* The drop zone shows where files go; the whole screen takes a drop (useFileDrop on the screen's root). */}
      <div className={`cohort-drop${dragging ? ' cohort-drop--active' : ''}`}>
        <p className="cohort-drop__text">{dragging ? t('trainer.dropActive') : t('trainer.importHint')}</p>
        <input
          ref={filesInput}
          type="file"
          multiple
          accept={SUBMISSION_ACCEPT}
          hidden
          onChange={(event) => chosen(event.target)}
        />
        <input
          ref={folderInput}
          type="file"
          {...FOLDER_INPUT}
          hidden
          onChange={(event) => chosen(event.target)}
        />
        <div className="review-section__actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => filesInput.current?.click()}
          >
            {t('trainer.chooseFiles')}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => folderInput.current?.click()}
          >
            {t('trainer.chooseFolder')}
          </button>
        </div>
      </div>
      <ImportState
        state={state}
        showNames={showNames}
        onCancel={onCancel}
        onDismissReport={onDismissReport}
      />
    </section>
  );
}

function ImportState({
  state,
  showNames,
  onCancel,
  onDismissReport,
}: {
  state: CohortImportState;
  showNames: boolean;
  onCancel: () => void;
  onDismissReport: () => void;
}) {
  const { t } = useI18n();
  switch (state.phase) {
    case 'idle':
      return null;
    case 'reading':
      return <Notice tone="info">{t('trainer.readingFiles')}</Notice>;
    case 'importing':
      return (
        <Notice tone="info">
          <p>{t('trainer.importProgress', { done: state.done, total: state.total })}</p>
          <progress className="cohort-progress" value={state.done} max={state.total} />
          <button type="button" className="button" onClick={onCancel}>
            {t('trainer.importCancel')}
          </button>
        </Notice>
      );
    case 'failed':
      return <Notice tone="error">{t('trainer.importFailed', { detail: state.detail })}</Notice>;
    case 'done':
      return (
        <>
          {state.report.cancelled && <Notice tone="info">{t('trainer.importCancelled')}</Notice>}
          <ImportReportView report={state.report} showNames={showNames} onDismiss={onDismissReport} />
        </>
      );
  }
}
