import './TimelinePanel.css';
import { useEffect, useState } from 'react';
import { useServices } from '../../../../app/services';
import { shortDateTimeFormat } from '../../../../i18n/format-date';
import { useI18n } from '../../../../i18n/I18nProvider';
import type { MessageKey } from '../../../../i18n/messages';
import { readReviewSubmission } from '../../../../storage/review-repository';
import { readSubmissionTimeline } from './submission-timeline';
import { describeTimeline, type TimelineEvent, type TimelineView } from './timeline-view';
import { WordsChart } from './WordsChart';

type PanelState =
  { state: 'checking' } | { state: 'none' } | { state: 'damaged' } | { state: 'ready'; view: TimelineView };

/**
 * The «Timeline» tab of the marking screen: how the work was written, from the timeline the submission carries.
 * Read when the tab is first opened (checking a long chain hashes every link), from the stored submission.
 */
export function TimelinePanel({ digest }: { digest: string }) {
  const { db } = useServices();
  const { t, locale } = useI18n();
  const [shown, setShown] = useState<{ digest: string; panel: PanelState } | null>(null);

  useEffect(() => {
    let current = true;
    void readReviewSubmission(db, digest)
      .then(readSubmissionTimeline)
      .then(async (read): Promise<PanelState> =>
        read.state === 'present'
          ? { state: 'ready', view: await describeTimeline(read.links, read.actDigest) }
          : read,
      )
      .catch((): PanelState => ({ state: 'damaged' }))
      .then((panel) => {
        if (current) setShown({ digest, panel });
      });
    return () => {
      current = false;
    };
  }, [db, digest]);

  const panel: PanelState = shown?.digest === digest ? shown.panel : { state: 'checking' };
  if (panel.state === 'checking') return <p role="status">{t('timeline.checking')}</p>;
  if (panel.state === 'none') return <p className="timeline-panel__none">{t('timeline.none')}</p>;
  if (panel.state === 'damaged') return <p className="timeline-panel__warning">{t('timeline.damaged')}</p>;

  const { view } = panel;
  // With the date: a practice case is often written over several days.
  const time = shortDateTimeFormat(locale);
  const timeLabel = (at: number) => time.format(at);
  const pastes = view.events.filter((event) => event.kind === 'paste');
  const first = view.words[0];
  const last = view.words.at(-1);
  return (
    <div className="timeline-panel">
      <p className={view.check.holds ? 'timeline-panel__holds' : 'timeline-panel__warning'}>
        {view.check.holds ? t('timeline.holds') : t('timeline.broken', { number: view.check.brokenAt + 1 })}
      </p>
      <p className={view.lastSave === 'differs' ? 'timeline-panel__warning' : undefined}>
        {t(LAST_SAVE[view.lastSave])}
      </p>
      <p>
        {t('timeline.counts', {
          saves: view.words.length,
          pastes: pastes.length,
          fromCase: pastes.filter((event) => event.fromCase).length,
          deletions: view.events.filter((event) => event.kind === 'deletion').length,
        })}
      </p>
      <figure className="timeline-panel__figure">
        <figcaption>{t('timeline.chartTitle')}</figcaption>
        <WordsChart
          view={view}
          timeLabel={timeLabel}
          label={t('timeline.chartLabel', {
            first: first?.words ?? 0,
            start: timeLabel(first?.at ?? view.from),
            last: last?.words ?? 0,
            end: timeLabel(last?.at ?? view.to),
          })}
        />
        <ul className="timeline-panel__legend">
          <li>▼ {t('timeline.legendPasteFromCase')}</li>
          <li>▽ {t('timeline.legendPasteOther')}</li>
          <li>✕ {t('timeline.legendDeletion')}</li>
          <li>┆ {t('timeline.legendExam')}</li>
        </ul>
      </figure>
      {view.events.length === 0 ? (
        <p>{t('timeline.noEvents')}</p>
      ) : (
        <table className="timeline-panel__events">
          <caption>{t('timeline.eventsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('timeline.time')}</th>
              <th scope="col">{t('timeline.what')}</th>
            </tr>
          </thead>
          <tbody>
            {view.events.map((event) => (
              <tr key={event.seq}>
                <td>{timeLabel(event.at)}</td>
                <td>{describeEvent(t, event)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

const LAST_SAVE: Record<TimelineView['lastSave'], MessageKey> = {
  matches: 'timeline.lastSaveMatches',
  differs: 'timeline.lastSaveDiffers',
  noSave: 'timeline.noSave',
};

function describeEvent(t: ReturnType<typeof useI18n>['t'], event: TimelineEvent): string {
  const values = {
    chars: event.chars ?? 0,
    minutes: event.minutes ?? event.minutesLeft ?? 0,
    seconds: event.seconds ?? 0,
  };
  if (event.kind === 'paste')
    return t(event.fromCase ? 'timeline.event.pasteFromCase' : 'timeline.event.pasteOther', values);
  return t(`timeline.event.${event.kind}`, values);
}
