import type { UiLocale } from '../locales';

/** One namespace's messages in every interface language, key by key the same. */
export type NamespaceMessages<Key extends string> = Readonly<Record<UiLocale, Readonly<Record<Key, string>>>>;

/**
 * Declares a namespace. English is the source: its keys are the namespace's keys, and every other language
 * must have exactly those, so a missing translation or a key English lacks is a type error on that line.
 * Messages use `{name}` for parameters and `{count, plural, one {…} other {…}}` for numbers (# is the
 * number).
 */
export function defineMessages<Key extends string>(
  messages: { en: Readonly<Record<Key, string>> } & {
    [Locale in Exclude<UiLocale, 'en'>]: NoInfer<Readonly<Record<Key, string>>>;
  },
): NamespaceMessages<Key> {
  return messages;
}
