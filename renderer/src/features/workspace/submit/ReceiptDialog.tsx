import './ReceiptDialog.css';
import { useRef } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { Dialog, DialogTitle } from '../../../ui/Dialog';
import type { SavedReceipt } from './export-submission';

interface ReceiptDialogProps {
  receipt: SavedReceipt;
  onClose: () => void;
}

/**
 * The receipt of the file just saved, shown at once so the trainee writes it down: the trainer's CaseDraft shows
 * the same code on import, and the two codes are what both can compare (docs/trainer-keys-guide.md).
 */
export function ReceiptDialog({ receipt, onClose }: ReceiptDialogProps) {
  const { t } = useI18n();
  const close = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      className="dialog"
      titleId="receipt-title"
      describedBy="receipt-code"
      initialFocus={close}
      onClose={onClose}
    >
      <DialogTitle>{t('receipt.title')}</DialogTitle>
      <p id="receipt-code" className="receipt-dialog__code">
        {t('receipt.code', { receipt: receipt.receipt })}
      </p>
      <p>{t('receipt.explain')}</p>
      <p>
        {receipt.sealedTo.length
          ? t('receipt.sealed', { fingerprints: receipt.sealedTo.join(', ') })
          : t('receipt.notSealed')}
      </p>
      {receipt.notKept && <p role="alert">{t('receipt.notKept')}</p>}
      <div className="dialog__actions">
        <button ref={close} type="button" className="button button--primary" onClick={onClose}>
          {t('receipt.close')}
        </button>
      </div>
    </Dialog>
  );
}
