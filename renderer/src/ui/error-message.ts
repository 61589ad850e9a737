import type { MessageParams } from '../i18n/format-message';
import type { Translate } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

/** What an error says about itself, for the `{detail}` of a message: its message, or the thrown value as text. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * «An error happened while X»: the translated message `key`, with the error's own words as its `{detail}`. Every
 * screen words its failures this way, so the person reads what failed in their language and the cause as it was.
 */
export function errorMessage(
  t: Translate,
  key: MessageKey,
  error: unknown,
  params: MessageParams = {},
): string {
  return t(key, { ...params, detail: errorDetail(error) });
}

/** Why the local database refused a write, in words. Dexie wraps the browser's DOMException; either may carry
 * the quota error's name. */
export function saveErrorReason(t: Translate, error: unknown): string {
  const names = [error, (error as { inner?: unknown } | null)?.inner].map(
    (item) => (item as { name?: string } | null)?.name,
  );
  if (names.includes('QuotaExceededError')) return t('save.reason.quota');
  return errorMessage(t, 'save.reason.unknown', error);
}
