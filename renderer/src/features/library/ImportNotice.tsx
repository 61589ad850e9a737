import { useI18n } from '../../i18n/I18nProvider';
import { Notice } from '../../ui/Notice';
import { describePackProblem } from '../../ui/describe-pack-problem';
import type { PackImportState, PackImportStep } from './use-pack-import';

/** What became of the last pack import: progress, success, or every problem found in the file. */
export function ImportNotice({
  state,
  onDismiss,
  onCancel,
}: {
  state: PackImportState;
  onDismiss: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  switch (state.phase) {
    case 'idle':
      return null;
    case 'importing':
      // While the system's file dialog is open the name is not known yet, and there is nothing to say.
      return state.fileName ? (
        <Notice tone="info">
          <p>{t('library.importing', { name: state.fileName })}</p>
          <ImportProgress step={state.step} />
          <button
            type="button"
            className="button"
            onClick={onCancel}
            disabled={state.step?.phase === 'saving'}
          >
            {t('library.importCancel')}
          </button>
        </Notice>
      ) : null;
    case 'cancelled':
      return (
        <Notice tone="info" onDismiss={onDismiss}>
          {t('library.importCancelled', { name: state.fileName })}
        </Notice>
      );
    case 'unreadable':
      return (
        <Notice tone="error" onDismiss={onDismiss}>
          {state.fileName
            ? t('library.readFailed', { name: state.fileName, detail: state.detail })
            : t('library.readFailedUnnamed', { detail: state.detail })}
        </Notice>
      );
    case 'done':
      return (
        <Notice tone="success" onDismiss={onDismiss}>
          {t(`library.${state.outcome}`, { title: state.title, version: state.version })}
        </Notice>
      );
    case 'rejected':
      return (
        <Notice tone="error" onDismiss={onDismiss}>
          <p>{t('library.importFailed', { name: state.fileName })}</p>
          <ul className="notice__problems">
            {state.problems.map((problem, index) => (
              <li key={index}>{describePackProblem(t, problem)}</li>
            ))}
          </ul>
        </Notice>
      );
    case 'failed':
      return (
        <Notice tone="error" onDismiss={onDismiss}>
          <p>{t('library.importFailed', { name: state.fileName })}</p>
          <p>{t('library.storageFailed', { detail: state.detail })}</p>
        </Notice>
      );
  }
}

/** A progress bar per step: files unpacked, documents checked, then saving (indeterminate: one transaction). */
function ImportProgress({ step }: { step?: PackImportStep }) {
  const { t } = useI18n();
  if (!step) return null;
  const label = t(`library.importStep.${step.phase}`);
  if (step.phase === 'saving' || step.total === 0)
    return <progress className="import-progress" aria-label={label} />;
  return (
    <label className="import-progress">
      <span>{label}</span>
      <progress value={step.done} max={step.total} />
    </label>
  );
}
