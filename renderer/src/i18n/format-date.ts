import type { UiLocale } from './locales';

/**
 * The locale whose numeric date patterns a language of the interface writes with. Chromium's ICU (Electron's too)
 * carries no Kazakh date patterns and falls back to «2026-12-07 19:45»; Kazakhstan writes numeric dates day first
 * with points, as Russian does («07.12.2026, 19:45»), so Kazakh takes Kazakhstan's Russian patterns: the output is
 * digits only, no word of either language.
 */
const NUMERIC_DATE_LOCALE: Record<UiLocale, string> = { kk: 'ru-KZ', ru: 'ru', en: 'en' };

/** A date with its time in short numeric form, as the interface's language writes it («07.12.2026, 19:45»). */
export function shortDateTimeFormat(locale: UiLocale): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(NUMERIC_DATE_LOCALE[locale], { dateStyle: 'short', timeStyle: 'short' });
}
