import './StartupFailure.css';
import { useI18n } from '../i18n/I18nProvider';

/** Shown when the local database cannot be opened: nothing is deleted, the user is told what to do. */
export function StartupFailure({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <main className="startup-failure" role="alert">
      <h1>{t('boot.storageError.title')}</h1>
      <p>{t('boot.storageError.body', { detail: error instanceof Error ? error.message : String(error) })}</p>
    </main>
  );
}
