import { describe, expect, it } from 'vitest';
import type { FeedbackProblem } from '../domain/feedback/feedback';
import { formatMessage } from '../i18n/format-message';
import { catalogs } from '../i18n/messages';
import type { Translate } from '../i18n/I18nProvider';
import { UI_LOCALES } from '../i18n/locales';
import { describeFeedbackRefusal } from './describe-feedback-refusal';

/** Every reason, so that a new one fails to compile here until it is listed. */
const REASONS: Record<FeedbackProblem, true> = {
  feedbackArchive: true,
  tooLarge: true,
  notJson: true,
  tooDeep: true,
  duplicateKey: true,
  notFeedback: true,
  unsupportedVersion: true,
  invalidStructure: true,
  digestMismatch: true,
  signatureMismatch: true,
  inconsistentMarks: true,
  invalidSubmission: true,
  submissionMismatch: true,
  anchorNotInAct: true,
  unsafeModelAnswer: true,
};

const translator =
  (locale: (typeof UI_LOCALES)[number]): Translate =>
  (key, params) =>
    formatMessage(locale, catalogs[locale][key], params);

describe('feedback refusals', () => {
  it('are a sentence in every interface language, every placeholder filled', () => {
    for (const locale of UI_LOCALES) {
      const t = translator(locale);
      const sentences = (Object.keys(REASONS) as FeedbackProblem[]).map((reason) =>
        describeFeedbackRefusal(t, { reason }),
      );
      for (const sentence of sentences) expect(sentence, locale).not.toMatch(/[{}]|feedbackProblem|^$/);
      expect(new Set(sentences).size, locale).toBe(sentences.length);
    }
  });

  it('say why the work inside was refused, in the submission refusal’s words', () => {
    const t = translator('ru');
    const sentence = describeFeedbackRefusal(t, {
      reason: 'invalidSubmission',
      submissionReason: 'documentTooLarge',
      limit: 'maxNodes',
    });
    expect(sentence).toContain('Работу внутри файла отзыва прочитать нельзя.');
    expect(sentence).toContain(new Intl.NumberFormat('ru').format(200_000));
    expect(describeFeedbackRefusal(t, { reason: 'tooLarge' })).toContain('40 МБ');
  });
});
