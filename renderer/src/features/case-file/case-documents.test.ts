import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../storage/records';
import { caseDocuments } from './case-documents';

const base: CaseRecord = {
  key: 'pack/case',
  packId: 'pack',
  id: 'case',
  packVersion: 1,
  order: 0,
  title: 'Дело',
  branch: 'civil',
  actType: 'civil-decision',
  language: 'ru',
  instructions: 'Составьте решение.',
  materials: [],
  legislation: [],
  rubric: [],
};

describe('caseDocuments', () => {
  it('lists the task, the materials in order with their kind, then legislation and criteria', () => {
    const attachment = { sha256: 'a'.repeat(64), size: 10, fileName: 'f' };
    const documents = caseDocuments({
      ...base,
      materials: [
        { kind: 'text', id: 'claim', title: 'Иск', html: '<p>Иск</p>' },
        { kind: 'attachment', id: 'receipt', title: 'Расписка', mediaType: 'application/pdf', ...attachment },
        { kind: 'attachment', id: 'photo', title: 'Фото', mediaType: 'image/jpeg', ...attachment },
        { kind: 'attachment', id: 'stamp', title: 'Штамп', mediaType: 'image/png', ...attachment },
      ],
      legislation: [{ code: 'ГК РК', article: '152', text: 'Текст' }],
      rubric: [{ id: 'structure', title: 'Структура', maxPoints: 10 }],
    });
    expect(documents.map(({ kind, id }) => `${kind}:${id}`)).toEqual([
      'task:task',
      'text:material-claim',
      'pdf:material-receipt',
      'image:material-photo',
      'image:material-stamp',
      'legislation:legislation',
      'rubric:rubric',
    ]);
  });

  it('leaves out legislation and criteria the case does not have', () => {
    expect(caseDocuments(base).map((document) => document.id)).toEqual(['task']);
  });

  it('cannot confuse a material called “task” with the task', () => {
    const documents = caseDocuments({
      ...base,
      materials: [{ kind: 'text', id: 'task', title: 'Задание', html: '' }],
    });
    expect(new Set(documents.map((document) => document.id)).size).toBe(documents.length);
  });
});
