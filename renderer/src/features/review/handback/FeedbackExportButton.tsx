import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useServices } from '../../../app/services';
import { useI18n } from '../../../i18n/I18nProvider';
import { markedSubmissions } from '../../../storage/feedback-export';
import type { ReviewRecord } from '../../../storage/records';
import { FeedbackExportDialog } from './FeedbackExportDialog';

interface FeedbackExportButtonProps {
  review: ReviewRecord;
  /** The marking screen's work; without it, every marked work of the review (the review screen). */
  digest?: string;
  /** Runs before the dialog opens (the marking screen saves the marks first); an error keeps it closed. */
  beforeOpen?: () => Promise<void>;
}

/**
 * «Export feedback…»: this work's feedback file, or every marked work's (in a zip or into a folder), through the
 * export dialog.
 */
export function FeedbackExportButton({ review, digest, beforeOpen }: FeedbackExportButtonProps) {
  const { db } = useServices();
  const { t } = useI18n();
  const marked = useLiveQuery(
    () => (digest === undefined ? markedSubmissions(db, review.key) : Promise.resolve([digest])),
    [db, review.key, digest],
  );
  const [open, setOpen] = useState<readonly string[] | null>(null);
  const count = marked?.length ?? 0;
  return (
    <>
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        disabled={count === 0}
        title={
          digest === undefined
            ? count === 0
              ? t('handback.noneMarked')
              : undefined
            : t('handback.exportOneHint')
        }
        onClick={() => {
          const digests = marked ?? [];
          void (beforeOpen?.() ?? Promise.resolve()).then(
            () => setOpen(digests),
            () => undefined,
          );
        }}
      >
        {digest === undefined ? t('handback.exportAll', { count }) : t('handback.exportOne')}
      </button>
      {open && (
        <FeedbackExportDialog
          review={review}
          digests={open}
          several={digest === undefined}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
