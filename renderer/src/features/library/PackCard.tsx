import { routeHref } from '../../app/route';
import { useI18n } from '../../i18n/I18nProvider';
import type { CaseStatus } from '../../storage/draft-repository';
import type { CaseRecord, PackRecord } from '../../storage/records';

interface PackCardProps {
  pack: PackRecord;
  cases: CaseRecord[];
  statusOf: (record: CaseRecord) => CaseStatus;
}

export function PackCard({ pack, cases, statusOf }: PackCardProps) {
  const { t, has } = useI18n();
  return (
    <section className="pack-card" aria-labelledby={`pack-${pack.id}`}>
      <header className="pack-card__header">
        <h2 id={`pack-${pack.id}`}>{pack.title}</h2>
        <p className="pack-card__meta">
          {t('library.packMeta', { version: pack.version, count: cases.length })}
          {pack.bundled && <span className="badge">{t('library.bundled')}</span>}
        </p>
        {pack.description && <p className="pack-card__description">{pack.description}</p>}
      </header>
      <ul className="case-list">
        {cases.map((record) => {
          const status = statusOf(record);
          const branchKey = `branch.${record.branch}`;
          return (
            <li key={record.key} className="case-list__item">
              <a
                className="case-list__link"
                href={routeHref({ screen: 'case', packId: record.packId, caseId: record.id })}
              >
                <span className="case-list__title">{record.title}</span>
                <span className="case-list__meta">
                  {has(branchKey) ? t(branchKey) : record.branch}
                  {record.timeLimitMinutes !== undefined &&
                    ` · ${t('library.timeLimit', { minutes: record.timeLimitMinutes })}`}
                </span>
                <span className={`status status--${status}`}>{t(`library.status.${status}`)}</span>
                <span className="case-list__action" aria-hidden="true">
                  {t(`library.action.${status}`)}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
