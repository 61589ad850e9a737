/** Languages a case, its materials and the drafted act are written in. */
export const CONTENT_LANGUAGES = ['ru', 'kk'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** A text given in every content language, for act templates and other built-in data. */
export type LocalizedText = Record<ContentLanguage, string>;

export function isContentLanguage(value: unknown): value is ContentLanguage {
  return typeof value === 'string' && (CONTENT_LANGUAGES as readonly string[]).includes(value);
}
