import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../i18n/format-message';
import type { Translate } from '../../../i18n/I18nProvider';
import { catalogs } from '../../../i18n/messages';
import type { ReviewMarkRecord } from '../../../storage/records';
import type { ReviewGrades } from '../../../storage/review-grades';
import type { QueueEntry } from '../../../storage/review-repository';
import { scored, testRubric } from '../../../storage/test-marks';
import { gradedParticipants, worksheetParticipants } from './grade-rows';

const t: Translate = (key, params) => formatMessage('ru', catalogs.ru[key], params);

function entry(name: string, code: string): QueueEntry {
  return {
    digest: code,
    reviewKey: 'test-pack/case-one@1',
    participantKey: name.toLowerCase(),
    participantName: name,
    anonymousCode: code,
    exportedAt: '2026-11-20T12:30:00.000Z',
    importedAt: '2026-11-21T08:00:00.000Z',
    fileName: `${name}.cdsub`,
    wordCount: 100,
    missingRequisites: 0,
    emptyParts: 0,
    status: 'marked',
    versions: 1,
  };
}

function marks(sheet: ReviewMarkRecord['sheet'], markedBy?: string): ReviewMarkRecord {
  return {
    digest: 'x',
    reviewKey: 'test-pack/case-one@1',
    sheet,
    revision: 1,
    updatedAt: '2026-12-01T10:15:00.000Z',
    ...(markedBy && { markedBy: { markerId: 'm', name: markedBy, revision: 1 } }),
  };
}

const full = scored({ form: 8.5, norms: 4 });
full.criteria['form'] = { ...full.criteria['form']!, comment: 'Нет даты.', bankComments: ['b1'] };
full.overallComment = 'В целом верно.';

const GRADES: ReviewGrades = {
  participants: [
    { entry: entry('Асель Нурланова', 'ZK2M4'), marks: marks(full) },
    { entry: entry('Ерлан Сейтов', 'A7QX2'), marks: marks(scored({ form: 5 }), 'Коллега Ким') },
    { entry: entry('Дана Ахметова', 'M3PQ9') },
  ],
  bankTexts: new Map([['b1', 'Нет ссылки на норму.']]),
  trainerName: 'Айгерим Сапарова',
};

describe('grade rows', () => {
  it('are labelled by code unless names are chosen, sorted, with the marker whose marks they are', () => {
    const rows = gradedParticipants(GRADES, false, 'ru');
    expect(rows.map(({ label, gradedBy }) => [label, gradedBy])).toEqual([
      ['A7QX2', 'Коллега Ким'],
      ['M3PQ9', 'Айгерим Сапарова'],
      ['ZK2M4', 'Айгерим Сапарова'],
    ]);
    expect(gradedParticipants(GRADES, true, 'ru').map(({ label }) => label)).toEqual([
      'Асель Нурланова',
      'Дана Ахметова',
      'Ерлан Сейтов',
    ]);
  });

  it('give Moodle a total only for a fully marked work, and feedback with every criterion', () => {
    const [asel, erlan, dana] = worksheetParticipants(t, GRADES, testRubric, false, ',');
    expect(asel).toEqual({
      label: 'ZK2M4',
      name: 'Асель Нурланова',
      total: 12.5,
      feedback: 'В целом верно.\nФорма: 8,5 из 10. Нет даты.\nНет ссылки на норму.\nНормы: 4 из 5',
    });
    expect(erlan?.total).toBeUndefined();
    expect(erlan?.feedback).toBe('Форма: 5 из 10\nНормы: — из 5');
    expect(dana).toEqual({ label: 'M3PQ9', name: 'Дана Ахметова', feedback: '' });
  });
});
