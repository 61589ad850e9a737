import { useEffect, type ReactNode } from 'react';
import { routeHref } from '../../../app/route';
import { useI18n } from '../../../i18n/I18nProvider';
import { AppHeader } from '../../../ui/AppHeader';
import { rememberMarkedSubmission } from '../queue-state';
import type { QueuePosition } from '../queue-view';

interface MarkingHeaderProps {
  reviewKey: string;
  /** The participant as this review shows them: the code, or the name once the trainer showed names. */
  participant: string;
  position: QueuePosition | undefined;
  /** Leaves for another submission, or the queue (undefined), once the marks are saved. */
  onLeave: (digest: string | undefined) => void;
  onHelp: () => void;
  /** The file's receipt line (receiptLine), when it has one. */
  receipt?: string;
  /** More actions on this work (the feedback export), before the shortcuts. */
  children?: ReactNode;
}

/** "Participant K7Q2M · 12 of 41", the previous and next submission in the queue's order, and the way back to it. */
export function MarkingHeader({
  reviewKey,
  participant,
  position,
  onLeave,
  onHelp,
  receipt,
  children,
}: MarkingHeaderProps) {
  const { t } = useI18n();
  const digest = position?.entry.digest;
  // However the trainer goes back to the queue (the link, Back, the history), it returns to this work's row.
  useEffect(() => {
    if (digest !== undefined) rememberMarkedSubmission(reviewKey, digest);
  }, [reviewKey, digest]);
  const title = position
    ? t('marking.title', { participant, index: position.index + 1, count: position.count })
    : participant;
  return (
    <AppHeader title={title}>
      {receipt && <span className="marking__receipt">{receipt}</span>}
      <button
        type="button"
        className="button"
        disabled={!position?.previous}
        title={t('marking.previousHint')}
        onClick={() => onLeave(position?.previous?.digest)}
      >
        {t('marking.previous')}
      </button>
      <button
        type="button"
        className="button"
        disabled={!position?.next}
        title={t('marking.nextHint')}
        onClick={() => onLeave(position?.next?.digest)}
      >
        {t('marking.next')}
      </button>
      <a
        className="button"
        href={routeHref({ screen: 'review', reviewKey })}
        onClick={(event) => {
          // The marks are saved first; the queue is then opened by onLeave.
          event.preventDefault();
          onLeave(undefined);
        }}
      >
        {t('marking.backToQueue')}
      </a>
      {children}
      <button type="button" className="button" aria-haspopup="dialog" onClick={onHelp}>
        {t('marking.shortcuts')}
      </button>
    </AppHeader>
  );
}
