import './ReceiptDialog.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useServices } from '../../../app/services';
import { shortDateTimeFormat } from '../../../i18n/format-date';
import { useI18n } from '../../../i18n/I18nProvider';
import { listSubmissionReceipts } from '../../../storage/submission-receipt-repository';
import { Dialog, DialogTitle } from '../../../ui/Dialog';

/**
 * The receipts of the case's saved submission files, beside «Hand in»: a trainee asked by the trainer which file
 * they handed in reads the code here, long after the dialog that first showed it. Hidden until there is one.
 */
export function SubmissionReceipts({ caseKey }: { caseKey: string }) {
  const { db } = useServices();
  const { t, locale } = useI18n();
  const receipts = useLiveQuery(() => listSubmissionReceipts(db, caseKey), [db, caseKey]);
  const [open, setOpen] = useState(false);
  if (!receipts?.length) return null;
  const dateTime = shortDateTimeFormat(locale);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('receipts.button', { count: receipts.length })}
      </button>
      {open && (
        <Dialog className="dialog" titleId="receipts-title" onClose={() => setOpen(false)}>
          <DialogTitle>{t('receipts.title')}</DialogTitle>
          <table className="receipts-table">
            <thead>
              <tr>
                <th scope="col">{t('receipts.columnReceipt')}</th>
                <th scope="col">{t('receipts.columnSaved')}</th>
                <th scope="col">{t('receipts.columnFile')}</th>
                <th scope="col">{t('receipts.columnSealed')}</th>
              </tr>
            </thead>
            <tbody>
              {receipts.map((receipt) => (
                <tr key={receipt.id}>
                  <td>
                    <code>{receipt.receipt}</code>
                  </td>
                  <td>{dateTime.format(new Date(receipt.savedAt))}</td>
                  <td>{receipt.fileName}</td>
                  <td>{t(receipt.sealedTo.length ? 'receipts.sealedYes' : 'receipts.sealedNo')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={() => setOpen(false)}>
              {t('receipt.close')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
