import './AppHeader.css';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useAppLinks } from './app-links';

interface AppHeaderProps {
  title: string;
  /** The library itself has no link to the library. */
  onLibrary?: boolean;
  children?: ReactNode;
}

/** The bar at the top of every screen: the app's name, where you are, the screen's actions, and the way back. */
export function AppHeader({ title, onLibrary = false, children }: AppHeaderProps) {
  const { t } = useI18n();
  const links = useAppLinks();
  return (
    <header className="app-header">
      <a className="app-header__brand" href={links.library}>
        {t('app.name')}
      </a>
      <h1 className="app-header__title" title={title}>
        {title}
      </h1>
      <div className="app-header__actions">{children}</div>
      {!onLibrary && (
        <a className="app-header__link" href={links.library}>
          {t('nav.library')}
        </a>
      )}
      <a className="app-header__link" href={links.settings}>
        {t('nav.settings')}
      </a>
    </header>
  );
}
