import type { UiLocale } from '../locales';
import { en, type MessageKey } from './en';
import { kk } from './kk';
import { ru } from './ru';

export type { MessageKey };

/** Every catalog has every key: `Catalog` makes a missing translation a type error. */
export const catalogs: Record<UiLocale, Record<MessageKey, string>> = { kk, ru, en };
