import { civilDecisionSimplified } from '../../domain/act/templates/civil-decision-simplified';
import { describe, expect, it } from 'vitest';
import type { CaseStatus } from '../../storage/draft-repository';
import type { CaseRecord, PackRecord } from '../../storage/records';
import {
  NO_FILTERS,
  filterCases,
  groupByBranch,
  hasActiveFilters,
  libraryCases,
  matchesQuery,
  parseFilters,
  searchKey,
  type LibraryCase,
  type LibraryFilters,
} from './case-filters';

function pack(id: string, title: string): PackRecord {
  return {
    id,
    version: 1,
    formatVersion: 2,
    title,
    language: 'ru',
    bundled: false,
    importedAt: '2026-01-01T00:00:00.000Z',
  };
}

function caseRecord(packId: string, id: string, fields: Partial<CaseRecord> = {}): CaseRecord {
  return {
    key: `${packId}/${id}`,
    packId,
    id,
    packVersion: 1,
    order: 0,
    title: id,
    branch: 'civil',
    actType: 'civil-decision',
    language: 'ru',
    instructions: '',
    materials: [],
    legislation: [],
    rubric: [],
    ...fields,
  };
}

function entry(fields: Partial<CaseRecord> & { packTitle?: string; status?: CaseStatus } = {}): LibraryCase {
  const { packTitle = 'Пакет', status = 'notStarted', ...record } = fields;
  return {
    record: caseRecord('p', record.id ?? 'c', record),
    packTitle,
    packSignedBy: undefined,
    actTypeTitle: 'Решение',
    status,
  };
}

const filters = (fields: Partial<LibraryFilters>): LibraryFilters => ({ ...NO_FILTERS, ...fields });
const ids = (entries: LibraryCase[]) => entries.map((item) => item.record.id);

describe('libraryCases', () => {
  it('joins each case to its pack title and status, keeping the pack id when the pack is missing', () => {
    const cases = [caseRecord('a', 'one'), caseRecord('gone', 'two')];
    const statuses: Record<string, CaseStatus> = { 'a/one': 'submitted', 'gone/two': 'inProgress' };
    const joined = libraryCases([pack('a', 'Пакет А')], cases, (record) => statuses[record.key]!);
    expect(joined.map(({ packTitle, status }) => [packTitle, status])).toEqual([
      ['Пакет А', 'submitted'],
      ['gone', 'inProgress'],
    ]);
  });

  it('carries who signed each case’s pack, and nothing for a pack that comes with the app', () => {
    const signer = {
      identity: { name: 'Гульнара', signingKey: 'k', encryptionKey: 'e' },
      fingerprint: '7KQ2-M9XD-4HPA',
    };
    const packs = [
      { ...pack('a', 'А'), signedBy: signer },
      pack('b', 'Б'),
      { ...pack('c', 'В'), bundled: true },
    ];
    const cases = [caseRecord('a', 'one'), caseRecord('b', 'two'), caseRecord('c', 'three')];
    expect(libraryCases(packs, cases, () => 'notStarted').map((item) => item.packSignedBy)).toEqual([
      signer,
      undefined,
      null,
    ]);
  });

  it("names the act to draft from the pack's own template, or else from the app's, in the case's language", () => {
    const ownTemplate = {
      ...civilDecisionSimplified,
      id: 'own-ruling',
      title: { ru: 'Своё определение', kk: 'Өз ұйғарымы' },
    };
    const withTemplate = { ...pack('a', 'Пакет А'), templates: [ownTemplate] };
    const cases = [
      caseRecord('a', 'own', { actType: 'own-ruling', language: 'kk' }),
      caseRecord('a', 'built-in', { actType: 'civil-decision-simplified' }),
      caseRecord('a', 'unknown', { actType: 'no-such-act' }),
    ];
    const joined = libraryCases([withTemplate], cases, () => 'notStarted');
    expect(joined.map((item) => item.actTypeTitle)).toEqual([
      'Өз ұйғарымы',
      civilDecisionSimplified.title.ru,
      'no-such-act',
    ]);
  });
});

describe('search', () => {
  it('ignores case, in Russian and in Kazakh', () => {
    expect(searchKey('  ЗАЁМ   Қарыз ӘЖЕ ҰЛЫ Іс ')).toBe('заем қарыз әже ұлы іс');
    const loan = entry({ title: 'Қарыз шарты бойынша борышты өндіріп алу туралы' });
    expect(matchesQuery(loan, 'ҚАРЫЗ')).toBe(true);
    expect(matchesQuery(loan, 'борышты')).toBe(true);
    expect(matchesQuery(entry({ title: 'О взыскании долга по договору займа' }), 'ДОЛГА')).toBe(true);
  });

  it('matches the pack title as well as the case title', () => {
    const item = entry({ title: 'Сейткали к Ахметову', packTitle: 'Гражданское дело (Караганда)' });
    expect(matchesQuery(item, 'караганда')).toBe(true);
    expect(matchesQuery(item, 'ахметову')).toBe(true);
    expect(matchesQuery(item, 'астана')).toBe(false);
  });

  it('needs every word of the query, in either title', () => {
    const item = entry({ title: 'О взыскании долга', packTitle: 'Караганда' });
    expect(matchesQuery(item, 'долга   караганда')).toBe(true);
    expect(matchesQuery(item, 'долга астана')).toBe(false);
  });

  it('treats ё as е and a decomposed й as й', () => {
    expect(matchesQuery(entry({ title: 'Заём денег' }), 'заем')).toBe(true);
    expect(matchesQuery(entry({ title: 'Заем денег' }), 'заём')).toBe(true);
    expect(matchesQuery(entry({ title: 'Районный суд' }), 'Раи\u0306онный')).toBe(true);
  });

  it('matches everything when the query is empty or blank', () => {
    expect(matchesQuery(entry(), '')).toBe(true);
    expect(matchesQuery(entry(), '   ')).toBe(true);
  });
});

describe('filterCases', () => {
  const library = [
    entry({ id: 'loan', branch: 'civil', language: 'ru', status: 'inProgress', title: 'Заём' }),
    entry({ id: 'theft', branch: 'criminal', language: 'kk', status: 'notStarted', title: 'Ұрлық' }),
    entry({ id: 'appeal', branch: 'civil-appeal', language: 'ru', status: 'submitted', title: 'Апелляция' }),
    entry({ id: 'divorce', branch: 'family', language: 'kk', status: 'inProgress', title: 'Неке' }),
  ];

  it('keeps everything without filters', () => {
    expect(ids(filterCases(library, NO_FILTERS))).toEqual(['loan', 'theft', 'appeal', 'divorce']);
  });

  it('filters by branch, status and language, each alone', () => {
    expect(ids(filterCases(library, filters({ branch: 'civil' })))).toEqual(['loan']);
    expect(ids(filterCases(library, filters({ status: 'inProgress' })))).toEqual(['loan', 'divorce']);
    expect(ids(filterCases(library, filters({ language: 'kk' })))).toEqual(['theft', 'divorce']);
  });

  it('combines filters and the search', () => {
    expect(ids(filterCases(library, filters({ status: 'inProgress', language: 'kk' })))).toEqual(['divorce']);
    expect(ids(filterCases(library, filters({ language: 'kk', query: 'ҰРЛЫҚ' })))).toEqual(['theft']);
    expect(filterCases(library, filters({ branch: 'civil', language: 'kk' }))).toEqual([]);
  });

  it('finds nothing for a branch no case has', () => {
    expect(filterCases(library, filters({ branch: 'land' }))).toEqual([]);
  });
});

describe('groupByBranch', () => {
  const label = ({ branch, branchTitle }: { branch: string; branchTitle?: string }) => branchTitle ?? branch;

  it('orders known branches as KNOWN_BRANCHES lists them and unknown ones after them by label', () => {
    const groups = groupByBranch(
      [
        entry({ id: 'a', branch: 'criminal' }),
        entry({ id: 'b', branch: 'zoning', branchTitle: 'Zoning' }),
        entry({ id: 'c', branch: 'civil' }),
        entry({ id: 'd', branch: 'bankruptcy', branchTitle: 'Bankruptcy' }),
        entry({ id: 'e', branch: 'civil-appeal' }),
        entry({ id: 'f', branch: 'family' }),
      ],
      label,
    );
    expect(groups.map((group) => group.branch)).toEqual([
      'civil',
      'family',
      'civil-appeal',
      'criminal',
      'bankruptcy',
      'zoning',
    ]);
  });

  it('keeps the branch title a case gives, and the slug when none does', () => {
    const groups = groupByBranch(
      [
        entry({ id: 'a', branch: 'tax' }),
        entry({ id: 'b', branch: 'tax', branchTitle: 'Налоговые споры' }),
        entry({ id: 'c', branch: 'civil' }),
      ],
      label,
    );
    expect(groups.map(({ branch, branchTitle }) => ({ branch, branchTitle }))).toEqual([
      { branch: 'civil', branchTitle: undefined },
      { branch: 'tax', branchTitle: 'Налоговые споры' },
    ]);
    expect(ids(groups[1]!.cases)).toEqual(['a', 'b']);
  });

  it('sorts the cases of a group by pack title, then by their order in the pack', () => {
    const groups = groupByBranch(
      [
        entry({ id: 'b2', packTitle: 'Б пакет', order: 1 }),
        entry({ id: 'a1', packTitle: 'А пакет', order: 0 }),
        entry({ id: 'b1', packTitle: 'Б пакет', order: 0 }),
      ],
      label,
    );
    expect(ids(groups[0]!.cases)).toEqual(['a1', 'b1', 'b2']);
  });

  it('makes no groups from no cases', () => {
    expect(groupByBranch([], label)).toEqual([]);
  });
});

describe('filters in session storage', () => {
  it('notices when any filter is set', () => {
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
    expect(hasActiveFilters(filters({ query: '  ' }))).toBe(false);
    expect(hasActiveFilters(filters({ query: 'заём' }))).toBe(true);
    expect(hasActiveFilters(filters({ language: 'kk' }))).toBe(true);
  });

  it('reads back what was stored', () => {
    const stored = filters({ query: 'қарыз', branch: 'civil', status: 'submitted', language: 'kk' });
    expect(parseFilters(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });

  it('turns anything unexpected into "any"', () => {
    expect(parseFilters(null)).toEqual(NO_FILTERS);
    expect(parseFilters('civil')).toEqual(NO_FILTERS);
    expect(parseFilters({ query: 3, branch: null, status: 'done', language: 'en' })).toEqual(NO_FILTERS);
  });
});
