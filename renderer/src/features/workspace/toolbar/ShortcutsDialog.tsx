import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { SHORTCUTS, type ShortcutAction } from '../../../editor/core/shortcuts';
import { useI18n } from '../../../i18n/I18nProvider';
import { displayKey, isApplePlatform } from '../../../ui/platform-keys';
import { shortcutHandler } from '../../../ui/shortcut-handler';

/** The "?" toolbar button and F1 (or Ctrl+/) anywhere in the workspace: a dialog listing every shortcut. */
export function ShortcutsHelp() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const handle = shortcutHandler({ shortcutsHelp: () => setOpen(true) });
    const onKeyDown = (event: KeyboardEvent) => void handle(event);
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        className="toolbar__button toolbar__button--help"
        aria-label={t('shortcuts.open')}
        title={t('shortcuts.open')}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        ?
      </button>
      {open && <ShortcutsDialog onClose={() => setOpen(false)} />}
    </>
  );
}

/** Every entry of SHORTCUTS with its name and its keys as this computer's keyboard labels them. */
function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const apple = useMemo(() => isApplePlatform(), []);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialog shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      // After Escape or the button: closing a modal dialog gives the focus back to where it was.
      onClose={onClose}
    >
      {/* The title and the close button stay put while the list scrolls under them; the focus starts on the close
          button at the top, so the dialog opens at its beginning even where the window is too low for the list. */}
      <header className="shortcuts-dialog__header">
        <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
        <button
          type="button"
          className="toolbar__button shortcuts-dialog__close"
          aria-label={t('shortcuts.close')}
          title={t('shortcuts.close')}
          autoFocus
          onClick={() => dialog.current?.close()}
        >
          ×
        </button>
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
    </dialog>
  );
}
