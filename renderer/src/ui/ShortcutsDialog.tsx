import './ShortcutsDialog.css';
import { Fragment, useMemo } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Dialog, DialogTitle } from './Dialog';
import { IconButton } from './IconButton';
import { displayKey, isApplePlatform } from './platform-keys';

/** One line of the shortcuts dialog: what it does, and its keys in ProseMirror's notation ('Mod-Shift-k', 'F1'). */
export interface ShortcutRow {
  id: string;
  label: string;
  keys: readonly string[];
}

/**
 * A dialog listing a screen's shortcuts (F1): each with its name and its keys as this computer's keyboard labels
 * them. Each screen gives its own rows, made from the table its keys are bound with, so the list cannot drift
 * from what the keys do.
 */
export function ShortcutsDialog({ rows, onClose }: { rows: readonly ShortcutRow[]; onClose: () => void }) {
  const { t } = useI18n();
  const apple = useMemo(() => isApplePlatform(), []);

  return (
    <Dialog className="dialog shortcuts-dialog" titleId="shortcuts-title" onClose={onClose}>
      {/* The title and the close button stay put while the list scrolls under them; the focus starts on the close
          button at the top, so the dialog opens at its beginning even where the window is too low for the list. */}
      <header className="shortcuts-dialog__header">
        <DialogTitle>{t('shortcuts.title')}</DialogTitle>
        <IconButton
          className="shortcuts-dialog__close"
          label={t('shortcuts.close')}
          autoFocus
          onClick={onClose}
        >
          ×
        </IconButton>
      </header>
      <div className="shortcuts-dialog__body">
        <p>{t('shortcuts.explain')}</p>
        <table className="shortcuts-dialog__table">
          <thead>
            <tr>
              <th scope="col">{t('shortcuts.action')}</th>
              <th scope="col">{t('shortcuts.keys')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                <td>
                  {row.keys.map((key, index) => (
                    <Fragment key={key}>
                      {index > 0 && ` ${t('shortcuts.or')} `}
                      <kbd>{displayKey(key, apple)}</kbd>
                    </Fragment>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Dialog>
  );
}
