import './AppHeader.css';
import type { ReactNode } from 'react';
import { routeHref } from '../app/route';
import { useI18n } from '../i18n/I18nProvider';

interface AppHeaderProps {
  title: string;
  /** The library itself has no link to the library. */
  onLibrary?: boolean;
  children?: ReactNode;
}

/** The bar at the top of every screen: the app's name, where you are, the screen's actions, and the way back. */
export function AppHeader({ title, onLibrary = false, children }: AppHeaderProps) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <a className="app-header__brand" href={routeHref({ screen: 'library' })}>
        {t('app.name')}
      </a>
      <h1 className="app-header__title" title={title}>
        {title}
      </h1>
      <div className="app-header__actions">{children}</div>
      {!onLibrary && (
        <a className="app-header__link" href={routeHref({ screen: 'library' })}>
          {t('nav.library')}
        </a>
      )}
      <a className="app-header__link" href={routeHref({ screen: 'settings' })}>
        {t('nav.settings')}
      </a>
    </header>
  );
}
