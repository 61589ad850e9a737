import { routeHref } from '../../../app/route';
import { shortDateTimeFormat } from '../../../i18n/format-date';
import { useI18n } from '../../../i18n/I18nProvider';
import type { ReviewSubmissionRecord } from '../../../storage/records';
import { Notice } from '../../../ui/Notice';

interface VersionBarProps {
  reviewKey: string;
  /** The participant's versions, newest first (listParticipantVersions). */
  versions: readonly ReviewSubmissionRecord[];
  /** The version open on the screen. */
  digest: string;
  /** Opens another version, once the marks are saved. */
  onOpen: (digest: string) => void;
}

/**
 * Which of a participant's versions is open ("Version 2 of 2 (latest)") and the way to the others, shown only when
 * they sent more than one. An earlier version is there to be read beside the latest: the queue and its total are
 * the latest's, so the earlier one's marks are shown but not changed (its own marks, if it had any before the later
 * one came, stay as they were).
 */
export function VersionBar({ reviewKey, versions, digest, onOpen }: VersionBarProps) {
  const { t, locale } = useI18n();
  if (versions.length < 2) return null;
  const exported = shortDateTimeFormat(locale);
  const count = versions.length;
  /** Version numbers count up from the first one sent, as the trainee would number them. */
  const numberOf = (index: number) => count - index;
  const openIndex = versions.findIndex((version) => version.digest === digest);
  const latest = versions[0];
  const link = (version: ReviewSubmissionRecord, index: number) => (
    <a
      key={version.digest}
      className="marking__version-link"
      href={routeHref({ screen: 'marking', reviewKey, digest: version.digest })}
      onClick={(event) => {
        // The marks are saved first; the version is then opened by onOpen.
        event.preventDefault();
        onOpen(version.digest);
      }}
    >
      {t(index === 0 ? 'marking.openLatestVersion' : 'marking.openVersion', {
        index: numberOf(index),
        exported: exported.format(new Date(version.exportedAt)),
      })}
    </a>
  );

  return (
    <>
      <nav className="marking__versions" aria-label={t('marking.versionsLabel')}>
        <strong aria-current="page">
          {t(openIndex === 0 ? 'marking.versionLatest' : 'marking.version', {
            index: numberOf(openIndex),
            count,
          })}
        </strong>
        {versions.map((version, index) => (version.digest === digest ? null : link(version, index)))}
      </nav>
      {openIndex > 0 && latest && (
        <Notice tone="info">
          {t('marking.earlierVersion', {
            index: numberOf(openIndex),
            count,
            exported: exported.format(new Date(versions[openIndex]?.exportedAt ?? '')),
          })}
        </Notice>
      )}
    </>
  );
}
