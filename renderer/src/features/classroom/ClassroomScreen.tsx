import './ClassroomScreen.css';
import { routeHref } from '../../app/route';
import { useI18n } from '../../i18n/I18nProvider';
import { AppHeader } from '../../ui/AppHeader';
import { Notice } from '../../ui/Notice';
import { ClassroomStage } from './ClassroomStage';
import { useClassroomData } from './use-classroom-data';

/**
 * Classroom mode (`#/classroom/<reviewKey>`): a review's works shown to a class on a projector, one part at a time
 * beside the same part of the model answer or of another work, in large type, in full screen if the trainer wants.
 * Always anonymous, whatever the review shows: works are called by a letter or their code, and no name is read
 * into this screen at all (the works list and the act loader keep digests, codes and acts only), so none can reach
 * the page, its title or what a screen reader hears.
 */
export function ClassroomScreen({ reviewKey }: { reviewKey: string }) {
  const { t } = useI18n();
  const data = useClassroomData(reviewKey);
  if (data.state === 'ready') return <ClassroomStage data={data} reviewKey={reviewKey} />;
  return (
    <div className="screen classroom">
      <AppHeader title={t('classroom.title')}>
        <a className="button" href={routeHref({ screen: 'review', reviewKey })}>
          {t('classroom.exit')}
        </a>
      </AppHeader>
      <main className="classroom__message">
        {data.state === 'loading' && <p role="status">{t('classroom.opening')}</p>}
        {data.state === 'notFound' && <Notice tone="error">{t('classroom.notFound')}</Notice>}
        {data.state === 'unreadable' && (
          <Notice tone="error">{t('classroom.unreadable', { detail: data.detail })}</Notice>
        )}
      </main>
    </div>
  );
}
