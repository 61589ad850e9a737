import type { ReactNode } from 'react';
import { routeHref } from '../../app/route';
import { useI18n } from '../../i18n/I18nProvider';

/** The bar at the top of every screen: the app's name, where you are, and the screen's own actions. */
export function AppHeader({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <a className="app-header__brand" href={routeHref({ screen: 'library' })}>
        {t('app.name')}
      </a>
      <h1 className="app-header__title">{title}</h1>
      <div className="app-header__actions">{children}</div>
      <a className="app-header__link" href={routeHref({ screen: 'settings' })}>
        {t('nav.settings')}
      </a>
    </header>
  );
}
