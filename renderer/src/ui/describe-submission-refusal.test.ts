import { describe, expect, it } from 'vitest';
import { RECEIVED_DOCUMENT_LIMITS, type ReceivedDocumentLimit } from '../domain/act/received-document';
import type { SubmissionProblem } from '../domain/submission/submission';
import { formatMessage } from '../i18n/format-message';
import { catalogs } from '../i18n/messages';
import type { Translate } from '../i18n/I18nProvider';
import { UI_LOCALES } from '../i18n/locales';
import { describeSubmissionRefusal } from './describe-submission-refusal';

const REASONS: Record<SubmissionProblem, true> = {
  tooLarge: true,
  notJson: true,
  tooDeep: true,
  duplicateKey: true,
  invalidStructure: true,
  unsupportedVersion: true,
  invalidWorksheet: true,
  builtInTemplate: true,
  invalidTemplate: true,
  documentTooLarge: true,
  invalidDocument: true,
  digestMismatch: true,
  noTrainerKey: true,
  sealedForOtherTrainer: true,
  sealedChanged: true,
};

/** Every limit an act can be over, so that a new one fails to compile here until it is listed. */
const LIMITS: Record<ReceivedDocumentLimit, true> = {
  maxNodes: true,
  maxTextCharacters: true,
  maxAttributeCharacters: true,
  maxMarks: true,
  maxCellSpan: true,
  maxTableCells: true,
};

describe('submission refusals', () => {
  it('are a sentence in every interface language, every placeholder filled', () => {
    for (const locale of UI_LOCALES) {
      const t: Translate = (key, params) => formatMessage(locale, catalogs[locale][key], params);
      for (const reason of Object.keys(REASONS) as SubmissionProblem[]) {
        const sentence = describeSubmissionRefusal(t, { reason });
        expect(sentence, `${locale} ${reason}`).not.toMatch(/[{}]|submissionProblem/);
      }
    }
  });

  it('of a sealed file name the trainer keys that open it, in every interface language', () => {
    for (const locale of UI_LOCALES) {
      const t: Translate = (key, params) => formatMessage(locale, catalogs[locale][key], params);
      for (const reason of ['noTrainerKey', 'sealedForOtherTrainer'] as const) {
        const sentence = describeSubmissionRefusal(t, {
          reason,
          sealedTo: ['7KQ2-M9XD-4HPA', 'ABCD-EFGH-JKMN'],
        });
        expect(sentence, `${locale} ${reason}`).toContain('7KQ2-M9XD-4HPA, ABCD-EFGH-JKMN');
      }
    }
  });

  it('name the limits as the reader of the language writes numbers', () => {
    const t: Translate = (key, params) => formatMessage('ru', catalogs.ru[key], params);
    const tooLarge = describeSubmissionRefusal(t, { reason: 'documentTooLarge', limit: 'maxNodes' });
    expect(tooLarge).toContain(new Intl.NumberFormat('ru').format(200_000));
    expect(describeSubmissionRefusal(t, { reason: 'tooLarge' })).toContain('16 МБ');
  });

  it('name only the limit an act is over, in every interface language', () => {
    for (const locale of UI_LOCALES) {
      const t: Translate = (key, params) => formatMessage(locale, catalogs[locale][key], params);
      for (const limit of Object.keys(LIMITS) as ReceivedDocumentLimit[]) {
        const sentence = describeSubmissionRefusal(t, { reason: 'documentTooLarge', limit });
        expect(sentence, `${locale} ${limit}`).not.toMatch(/[{}]|submissionProblem/);
        // Every number in the sentence, its group separators dropped: the one limit, and no other.
        const numbers = (sentence.match(/\d[\d\s.,]*\d|\d/g) ?? []).map((found) => found.replace(/\D/g, ''));
        expect(numbers, `${locale} ${limit}`).toEqual([String(RECEIVED_DOCUMENT_LIMITS[limit])]);
      }
    }
  });
});
