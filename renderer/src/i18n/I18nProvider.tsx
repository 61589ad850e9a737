import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { formatMessage, type MessageParams } from './format-message';
import type { UiLocale } from './locales';
import { catalogs, type MessageKey } from './messages';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

interface I18n {
  locale: UiLocale;
  t: Translate;
  /** Whether a key built from data (e.g. `branch.${slug}`) has a message. */
  has: (key: string) => key is MessageKey;
  setLocale: (locale: UiLocale) => void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ initialLocale, children }: { initialLocale: UiLocale; children: ReactNode }) {
  const [locale, setLocaleState] = useState(initialLocale);
  const t = useCallback<Translate>(
    (key, params) => formatMessage(locale, catalogs[locale][key], params),
    [locale],
  );
  const has = useCallback((key: string): key is MessageKey => Object.hasOwn(catalogs[locale], key), [locale]);
  const setLocale = useCallback((next: UiLocale) => {
    document.documentElement.lang = next;
    setLocaleState(next);
  }, []);
  const value = useMemo(() => ({ locale, t, has, setLocale }), [locale, t, has, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
