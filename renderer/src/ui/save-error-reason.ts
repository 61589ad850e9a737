import type { Translate } from '../i18n/I18nProvider';

/** Why the local database refused a write, in words. Dexie wraps the browser's DOMException; either may carry
 * the quota error's name. */
export function saveErrorReason(t: Translate, error: unknown): string {
  const names = [error, (error as { inner?: unknown } | null)?.inner].map(
    (item) => (item as { name?: string } | null)?.name,
  );
  if (names.includes('QuotaExceededError')) return t('save.reason.quota');
  return t('save.reason.unknown', { detail: error instanceof Error ? error.message : String(error) });
}
