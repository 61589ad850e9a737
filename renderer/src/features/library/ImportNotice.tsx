import { useI18n } from '../../i18n/I18nProvider';
import { Notice } from '../shared/Notice';
import { describePackProblem } from './describe-pack-problem';
import type { PackImportState } from './use-pack-import';

/** What became of the last pack import: progress, success, or every problem found in the file. */
export function ImportNotice({ state, onDismiss }: { state: PackImportState; onDismiss: () => void }) {
  const { t } = useI18n();
  switch (state.phase) {
    case 'idle':
      return null;
    case 'importing':
      // While the system's file dialog is open the name is not known yet, and there is nothing to say.
      return state.fileName ? (
        <Notice tone="info">{t('library.importing', { name: state.fileName })}</Notice>
      ) : null;
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
