import { describe, expect, it } from 'vitest';
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
};

describe('submission refusals', () => {
  it('are a sentence in every interface language, every placeholder filled', () => {
    for (const locale of UI_LOCALES) {
      const t: Translate = (key, params) => formatMessage(locale, catalogs[locale][key], params);
      for (const reason of Object.keys(REASONS) as SubmissionProblem[]) {
        const sentence = describeSubmissionRefusal(t, { ok: false, reason, detail: '' });
        expect(sentence, `${locale} ${reason}`).not.toMatch(/[{}]|submissionProblem/);
      }
    }
  });

  it('name the limits as the reader of the language writes numbers', () => {
    const t: Translate = (key, params) => formatMessage('ru', catalogs.ru[key], params);
    const tooLarge = describeSubmissionRefusal(t, { ok: false, reason: 'documentTooLarge', detail: '' });
    expect(tooLarge).toContain(new Intl.NumberFormat('ru').format(200_000));
    expect(describeSubmissionRefusal(t, { ok: false, reason: 'tooLarge', detail: '' })).toContain('16 МБ');
  });
});
