// The shared sheets first: Vite bundles CSS in import order, and every feature's sheet, imported by its component,
// must come after them to win where specificity ties, as it did in the one stylesheet they were split from.
import './styles/tokens.css';
import './styles/base.css';
import './styles/prosemirror.css';
import './fonts.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { StartupFailure } from './app/StartupFailure';
import { installBundledPacks } from './features/library/bundled-packs';
import { I18nProvider } from './i18n/I18nProvider';
import { localeFromSystem } from './i18n/locales';
import { createPlatform, requestPersistentStorage } from './platform';
import { CaseDraftDatabase } from './storage/database';
import { readSetting } from './storage/settings-repository';

/** Opens the database, installs the bundled packs and shows the app in the user's language. */
async function start(root: ReturnType<typeof createRoot>): Promise<void> {
  const platform = createPlatform(__APP_VERSION__);
  const appInfo = await platform.appInfo();
  const systemLocale = localeFromSystem(appInfo.locale);
  document.documentElement.lang = systemLocale;
  const db = new CaseDraftDatabase();
  let bundledPacksError: unknown;
  try {
    await db.open();
    bundledPacksError = await installBundledPacks(db);
  } catch (error) {
    root.render(
      <I18nProvider initialLocale={systemLocale}>
        <StartupFailure error={error} />
      </I18nProvider>,
    );
    return;
  }
  void requestPersistentStorage();
  const locale = (await readSetting(db, 'locale')) ?? systemLocale;
  document.documentElement.lang = locale;
  root.render(
    <StrictMode>
      <I18nProvider initialLocale={locale}>
        <App services={{ db, platform, appInfo }} bundledPacksError={bundledPacksError} />
      </I18nProvider>
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container) void start(createRoot(container));
