import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nProvider';
import { toggleShortlisted } from '../../storage/review-shortlist';

/**
 * Puts the work on the review's classroom shortlist or takes it off (a toggle button: its state is pressed or
 * not). Classroom mode offers the shortlisted works first, in the order they were chosen.
 */
export function ShortlistToggle({ reviewKey, digest }: { reviewKey: string; digest: string }) {
  const { db } = useServices();
  const { t } = useI18n();
  const listed = useLiveQuery(
    async () => (await db.reviews.get(reviewKey))?.shortlist?.includes(digest) ?? false,
    [db, reviewKey, digest],
  );
  return (
    <button
      type="button"
      className="button"
      aria-pressed={listed ?? false}
      disabled={listed === undefined}
      title={t('classroom.shortlistHint')}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => void toggleShortlisted(db, reviewKey, digest)}
    >
      {/* A margin, not a space: the button is a flex box, which drops a space at the end of the star's span. */}
      <span aria-hidden="true" style={{ marginInlineEnd: '0.35em' }}>
        {listed ? '★' : '☆'}
      </span>
      {listed ? t('classroom.shortlistRemove') : t('classroom.shortlistAdd')}
    </button>
  );
}
