/** Languages the interface speaks. Case content has its own languages (domain/language.ts). */
export const UI_LOCALES = ['kk', 'ru', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}

/** `kk-KZ` → kk, `ru-RU` → ru, anything else → en. */
export function localeFromSystem(systemLocale: string | undefined): UiLocale {
  const language = (systemLocale ?? '').toLowerCase().split(/[-_]/)[0];
  return isUiLocale(language) ? language : 'en';
}
