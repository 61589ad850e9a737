import { templateForActType } from '../../domain/act/templates';
import { KNOWN_BRANCHES } from '../../domain/pack/branches';
import { isContentLanguage, type ContentLanguage } from '../../domain/language';
import type { CaseStatus } from '../../storage/draft-repository';
import type { CaseRecord, PackRecord, PackSigner } from '../../storage/records';

/** A case as the library lists it: the record, the title of its pack, and how far the trainee got. */
export interface LibraryCase {
  record: CaseRecord;
  packTitle: string;
  /** Who signed the case's pack; null for a pack that comes with the app, where signing says nothing. */
  packSignedBy: PackSigner | undefined | null;
  /** The act to draft, in the case's language: from the pack's own template, or the app's. */
  actTypeTitle: string;
  status: CaseStatus;
}

export const CASE_STATUSES: readonly CaseStatus[] = ['notStarted', 'inProgress', 'submitted'];

/** What the trainee narrowed the library to; an empty string means "any". */
export interface LibraryFilters {
  query: string;
  branch: string;
  status: CaseStatus | '';
  language: ContentLanguage | '';
}

export const NO_FILTERS: LibraryFilters = { query: '', branch: '', status: '', language: '' };

/** Joins cases to their packs and statuses. A case whose pack row is missing keeps its pack id as title. */
export function libraryCases(
  packs: readonly PackRecord[],
  cases: readonly CaseRecord[],
  statusOf: (record: CaseRecord) => CaseStatus,
): LibraryCase[] {
  const byId = new Map(packs.map((pack) => [pack.id, pack]));
  return cases.map((record) => {
    const pack = byId.get(record.packId);
    const template = templateForActType(record.actType, pack?.templates);
    return {
      record,
      packTitle: pack?.title ?? record.packId,
      packSignedBy: pack?.bundled ? null : pack?.signedBy,
      actTypeTitle: template?.title[record.language] ?? record.actType,
      status: statusOf(record),
    };
  });
}

export function hasActiveFilters(filters: LibraryFilters): boolean {
  return (
    filters.query.trim() !== '' || filters.branch !== '' || filters.status !== '' || filters.language !== ''
  );
}

/**
 * Text as search compares it: one Unicode form (a typed «й» may arrive as «и» and a combining breve), lower
 * case (Cyrillic and the Kazakh letters ә ғ қ ң ө ұ ү һ і included), «ё» as «е», and single spaces.
 */
export function searchKey(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase().replaceAll('ё', 'е').replace(/\s+/g, ' ').trim();
}

/** Every word of the query must occur in the case's title or its pack's title. */
export function matchesQuery(entry: LibraryCase, query: string): boolean {
  const words = searchKey(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = `${searchKey(entry.record.title)}\n${searchKey(entry.packTitle)}`;
  return words.every((word) => haystack.includes(word));
}

export function matchesFilters(entry: LibraryCase, filters: LibraryFilters): boolean {
  return (
    (filters.branch === '' || entry.record.branch === filters.branch) &&
    (filters.status === '' || entry.status === filters.status) &&
    (filters.language === '' || entry.record.language === filters.language) &&
    matchesQuery(entry, filters.query)
  );
}

export function filterCases(entries: readonly LibraryCase[], filters: LibraryFilters): LibraryCase[] {
  return entries.filter((entry) => matchesFilters(entry, filters));
}

export interface BranchGroup {
  branch: string;
  /** The pack's own name for the branch, if any case of the group gives one. */
  branchTitle?: string;
  cases: LibraryCase[];
}

/**
 * Groups cases by branch of law: known branches in `KNOWN_BRANCHES`, others after them by label. Within a group,
 * cases go by pack title, then in the order the pack gives them.
 */
export function groupByBranch(
  entries: readonly LibraryCase[],
  label: (group: Pick<BranchGroup, 'branch' | 'branchTitle'>) => string,
  collator: Intl.Collator = new Intl.Collator(),
): BranchGroup[] {
  const groups = new Map<string, BranchGroup>();
  for (const entry of entries) {
    const { branch, branchTitle } = entry.record;
    const group = groups.get(branch);
    if (!group) groups.set(branch, { branch, ...(branchTitle ? { branchTitle } : {}), cases: [entry] });
    else {
      group.cases.push(entry);
      if (!group.branchTitle && branchTitle) group.branchTitle = branchTitle;
    }
  }
  const rank = (branch: string) => {
    const index = KNOWN_BRANCHES.indexOf(branch);
    return index === -1 ? KNOWN_BRANCHES.length : index;
  };
  const sorted = [...groups.values()].sort(
    (a, b) => rank(a.branch) - rank(b.branch) || collator.compare(label(a), label(b)),
  );
  for (const group of sorted) {
    group.cases.sort(
      (a, b) =>
        collator.compare(a.packTitle, b.packTitle) ||
        a.record.packId.localeCompare(b.record.packId) ||
        a.record.order - b.record.order ||
        collator.compare(a.record.title, b.record.title),
    );
  }
  return sorted;
}

/** Filters read back from session storage: anything unexpected becomes "any" rather than an error. */
export function parseFilters(value: unknown): LibraryFilters {
  if (typeof value !== 'object' || value === null) return NO_FILTERS;
  const { query, branch, status, language } = value as Record<string, unknown>;
  return {
    query: typeof query === 'string' ? query : '',
    branch: typeof branch === 'string' ? branch : '',
    status: CASE_STATUSES.find((known) => known === status) ?? '',
    language: isContentLanguage(language) ? language : '',
  };
}
