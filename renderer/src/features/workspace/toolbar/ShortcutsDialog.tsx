import { Fragment, useMemo, useState } from 'react';
import { SHORTCUTS, type ShortcutAction } from '../../../editor/core/shortcuts';
import { useI18n } from '../../../i18n/I18nProvider';
import { Dialog, DialogTitle } from '../../../ui/Dialog';
import { displayKey, isApplePlatform } from '../../../ui/platform-keys';
import { useWindowShortcuts } from '../../../ui/use-window-shortcuts';
import { IconButton } from '../../../ui/IconButton';

/** The "?" toolbar button and F1 (or Ctrl+/) anywhere in the workspace: a dialog listing every shortcut. */
export function ShortcutsHelp() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);

  useWindowShortcuts({ shortcutsHelp: () => setOpen(true) });

  return (
    <>
      <IconButton
        className="toolbar__button toolbar__button--help"
        label={t('shortcuts.open')}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        ?
      </IconButton>
      {open && <ShortcutsDialog onClose={() => setOpen(false)} />}
    </>
  );
}

/** Every entry of SHORTCUTS with its name and its keys as this computer's keyboard labels them. */
function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const apple = useMemo(() => isApplePlatform(), []);

  return (
    <Dialog className="dialog shortcuts-dialog" titleId="shortcuts-title" onClose={onClose}>
      {/* The title and the close button stay put while the list scrolls under them; the focus starts on the close
          button at the top, so the dialog opens at its beginning even where the window is too low for the list. */}
      <header className="shortcuts-dialog__header">
        <DialogTitle>{t('shortcuts.title')}</DialogTitle>
        <IconButton
          className="toolbar__button shortcuts-dialog__close"
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
            {(Object.keys(SHORTCUTS) as ShortcutAction[]).map((action) => (
              <tr key={action}>
                <th scope="row">{t(`shortcut.${action}`)}</th>
                <td>
                  {SHORTCUTS[action].map((key, index) => (
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
