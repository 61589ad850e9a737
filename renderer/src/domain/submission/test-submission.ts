import { createActDocument } from '../act/document';
import { civilDecision } from '../act/templates/civil-decision';
import type { SubmissionContent } from './submission';

/** A small valid version 1 submission of a civil decision for tests; each test changes one thing in a copy. */
export function validSubmissionContent(): SubmissionContent {
  return {
    format: 'casedraft.submission',
    formatVersion: 1,
    participant: { name: 'Асель Нурланова' },
    pack: { id: 'civil-loan-karaganda', version: 1, title: 'Заём' },
    case: { id: 'loan-dispute', title: 'Дело', actType: 'civil-decision', language: 'ru' },
    createdAt: '2026-11-20T09:00:00.000Z',
    exportedAt: '2026-11-20T12:30:00.000Z',
    app: { name: 'CaseDraft', version: '0.1.0' },
    document: createActDocument(civilDecision, 'ru').toJSON() as Record<string, unknown>,
  };
}
