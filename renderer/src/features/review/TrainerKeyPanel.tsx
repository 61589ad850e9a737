import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useServices } from '../../app/services';
import { createRichTextSanitizer, type RichTextSanitizer } from '../../domain/pack/rich-text';
import { useI18n } from '../../i18n/I18nProvider';
import { FileTooLargeError } from '../../platform';
import type { ReviewRecord } from '../../storage/records';
import { attachTrainerKey, findTrainerKey } from '../../storage/trainer-key-repository';
import { describePackProblem, megabytes } from '../../ui/describe-pack-problem';
import { errorDetail } from '../../ui/error-message';
import { Notice, type NoticeTone } from '../../ui/Notice';

let sanitizer: RichTextSanitizer | undefined;
function sanitize(html: string) {
  sanitizer ??= createRichTextSanitizer(window);
  return sanitizer(html);
}

/**
 * The review's trainer key: whether its model answer is here, and the way to add or replace it. The key's content is
 * never shown here; only the trainer's marking screen will.
 */
export function TrainerKeyPanel({ review }: { review: ReviewRecord }) {
  const { db, platform } = useServices();
  const { t, locale } = useI18n();
  const id = useId();
  const key = useLiveQuery(() => findTrainerKey(db, review.key), [db, review.key]);
  const [notice, setNotice] = useState<{ tone: NoticeTone; text: string } | null>(null);

  async function attach() {
    setNotice(null);
    let file;
    try {
      file = await platform.openFile({
        title: t('trainer.keyDialogTitle'),
        filters: [{ name: t('trainer.keyFilter'), extensions: ['cdkey'] }],
      });
    } catch (error) {
      const reason =
        error instanceof FileTooLargeError
          ? t('packError.tooLarge', { size: megabytes(error.maxBytes) })
          : errorDetail(error);
      return setNotice({ tone: 'error', text: t('trainer.keyUnreadable', { reason }) });
    }
    if (!file) return;
    const result = await attachTrainerKey(db, review.key, file.bytes, { sanitize, fileName: file.name });
    if (result.ok) return setNotice({ tone: 'success', text: t(`review.key.${result.outcome}`) });
    setNotice({
      tone: 'error',
      text:
        result.reason === 'unreadable'
          ? t('trainer.keyUnreadable', {
              reason: result.problems.map((problem) => describePackProblem(t, problem)).join(' '),
            })
          : t(`review.key.${result.reason}`),
    });
  }

  return (
    <section className="review-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="review-section__title">
        {t('trainer.keyTitle')}
      </h2>
      {notice && (
        <Notice tone={notice.tone} onDismiss={() => setNotice(null)}>
          {notice.text}
        </Notice>
      )}
      <p className="review-section__text">
        {key
          ? t('trainer.keyAttachedAt', {
              date: new Date(key.importedAt).toLocaleString(locale, {
                dateStyle: 'medium',
                timeStyle: 'short',
              }),
            })
          : t('trainer.keyNone')}
      </p>
      <button type="button" className="button" onClick={() => void attach()}>
        {key ? t('trainer.replaceKey') : t('trainer.attachKey')}
      </button>
    </section>
  );
}
