import { useCallback, useId, useMemo, useRef } from 'react';
import { routeHref } from '../../app/route';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../../domain/language';
import { useI18n } from '../../i18n/I18nProvider';
import type { CaseStatus } from '../../storage/draft-repository';
import type { CaseRecord, FeedbackRecord, PackRecord } from '../../storage/records';
import { FeedbackResults } from '../act-panels/FeedbackResults';
import {
  CASE_STATUSES,
  NO_FILTERS,
  filterCases,
  groupByBranch,
  hasActiveFilters,
  libraryCases,
  type BranchGroup,
  type LibraryCase,
  type LibraryFilters,
} from './case-filters';
import { PackSignature } from './PackSignature';
import { useLibraryFilters } from './use-library-filters';

/** How a case's language is marked in the list: the country-style codes trainees know from court papers. */
const LANGUAGE_BADGE: Record<ContentLanguage, string> = { ru: 'RU', kk: 'KZ' };

interface CaseBrowserProps {
  packs: readonly PackRecord[];
  cases: readonly CaseRecord[];
  statusOf: (record: CaseRecord) => CaseStatus;
  /** The feedback received on a case, the newest first. */
  feedbackOf: (record: CaseRecord) => readonly FeedbackRecord[];
}

/** Every case of the library, grouped by branch of law, with a search and filters kept for the session. */
export function CaseBrowser({ packs, cases, statusOf, feedbackOf }: CaseBrowserProps) {
  const { t, has, locale } = useI18n();
  const [filters, setFilters] = useLibraryFilters();
  const searchRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const branchLabel = useCallback(
    ({ branch, branchTitle }: Pick<BranchGroup, 'branch' | 'branchTitle'>) => {
      const key = `branch.${branch}`;
      return has(key) ? t(key) : (branchTitle ?? branch);
    },
    [has, t],
  );
  const collator = useMemo(() => new Intl.Collator(locale), [locale]);

  const all = libraryCases(packs, cases, statusOf);
  const branches = groupByBranch(all, branchLabel, collator).map(({ branch, branchTitle }) => ({
    branch,
    branchTitle,
  }));
  // A branch remembered from earlier in the session stays selectable even if its cases are gone.
  if (filters.branch !== '' && !branches.some((known) => known.branch === filters.branch)) {
    branches.push({ branch: filters.branch, branchTitle: undefined });
  }
  const shown = filterCases(all, filters);
  const groups = groupByBranch(shown, branchLabel, collator);
  const active = hasActiveFilters(filters);

  const change = (patch: Partial<LibraryFilters>) => setFilters({ ...filters, ...patch });
  const clear = () => {
    setFilters(NO_FILTERS);
    searchRef.current?.focus();
  };

  return (
    <>
      <form
        className="library-filters"
        role="search"
        aria-label={t('library.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="library-filters__field library-filters__field--search">
          <label htmlFor={`${id}-search`}>{t('library.search')}</label>
          <input
            ref={searchRef}
            id={`${id}-search`}
            type="search"
            value={filters.query}
            placeholder={t('library.searchPlaceholder')}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => change({ query: event.target.value })}
          />
        </div>
        <div className="library-filters__field">
          <label htmlFor={`${id}-branch`}>{t('library.filterBranch')}</label>
          <select
            id={`${id}-branch`}
            value={filters.branch}
            onChange={(event) => change({ branch: event.target.value })}
          >
            <option value="">{t('library.anyBranch')}</option>
            {branches.map((branch) => (
              <option key={branch.branch} value={branch.branch}>
                {branchLabel(branch)}
              </option>
            ))}
          </select>
        </div>
        <div className="library-filters__field">
          <label htmlFor={`${id}-status`}>{t('library.filterStatus')}</label>
          <select
            id={`${id}-status`}
            value={filters.status}
            onChange={(event) =>
              change({ status: CASE_STATUSES.find((s) => s === event.target.value) ?? '' })
            }
          >
            <option value="">{t('library.anyStatus')}</option>
            {CASE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`library.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="library-filters__field">
          <label htmlFor={`${id}-language`}>{t('library.filterLanguage')}</label>
          <select
            id={`${id}-language`}
            value={filters.language}
            onChange={(event) =>
              change({ language: CONTENT_LANGUAGES.find((l) => l === event.target.value) ?? '' })
            }
          >
            <option value="">{t('library.anyLanguage')}</option>
            {CONTENT_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`library.caseLanguage.${language}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="library-filters__summary">
          <p className="library-filters__count" role="status">
            {t('library.shownCount', { shown: shown.length, total: all.length })}
          </p>
          <button type="button" className="button" onClick={clear} disabled={!active}>
            {t('library.clearFilters')}
          </button>
        </div>
      </form>
      {groups.length === 0 && all.length > 0 && <p className="library__empty">{t('library.noMatches')}</p>}
      {groups.map((group, index) => (
        <section key={group.branch} className="case-group" aria-labelledby={`${id}-group-${index}`}>
          <h3 id={`${id}-group-${index}`} className="case-group__title">
            {branchLabel(group)}
            <span className="case-group__count">{t('library.caseCount', { count: group.cases.length })}</span>
          </h3>
          <ul className="case-list">
            {group.cases.map((entry) => (
              <CaseItem key={entry.record.key} entry={entry} feedback={feedbackOf(entry.record)} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function CaseItem({
  entry: { record, packTitle, packSignedBy, actTypeTitle, status },
  feedback,
}: {
  entry: LibraryCase;
  feedback: readonly FeedbackRecord[];
}) {
  const { t, has } = useI18n();
  const actTypeKey = `actType.${record.actType}`;
  const actType = has(actTypeKey) ? t(actTypeKey) : actTypeTitle;
  return (
    <li className="case-list__item" data-case={record.key}>
      <a
        className="case-list__link"
        href={routeHref({ screen: 'case', packId: record.packId, caseId: record.id })}
      >
        <span className="case-list__text">
          <span className="case-list__title" lang={record.language}>
            {record.title}
          </span>
          <span className="case-list__meta">
            {t('library.casePack', { title: packTitle, version: record.packVersion })}
            {packSignedBy !== null && (
              <>
                {' · '}
                <PackSignature signedBy={packSignedBy} />
              </>
            )}
          </span>
          <span className="case-list__meta">
            {actType}
            <span className="badge badge--language" title={t(`library.caseLanguage.${record.language}`)}>
              <span aria-hidden="true">{LANGUAGE_BADGE[record.language]}</span>
              <span className="visually-hidden">{t(`library.caseLanguage.${record.language}`)}</span>
            </span>
            {record.timeLimitMinutes !== undefined && (
              // Practice is the default: the case can be taken as an exam, on purpose, in its workspace.
              <span
                className="case-list__time"
                title={t('exam.practice', { minutes: record.timeLimitMinutes })}
              >
                {t('library.timeLimit', { minutes: record.timeLimitMinutes })}
              </span>
            )}
          </span>
        </span>
        <span className={`status status--${status}`}>{t(`library.status.${status}`)}</span>
        <span className="case-list__action" aria-hidden="true">
          {t(`library.action.${status}`)}
        </span>
      </a>
      <FeedbackResults records={feedback} />
    </li>
  );
}
