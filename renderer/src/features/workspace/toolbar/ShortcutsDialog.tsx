import { useState } from 'react';
import { SHORTCUTS, type ShortcutAction } from '../../../editor/core/shortcuts';
import { useI18n } from '../../../i18n/I18nProvider';
import { IconButton } from '../../../ui/IconButton';
import { ShortcutsDialog } from '../../../ui/ShortcutsDialog';
import { useWindowShortcuts } from '../../../ui/use-window-shortcuts';

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
      {open && (
        <ShortcutsDialog
          rows={(Object.keys(SHORTCUTS) as ShortcutAction[]).map((action) => ({
            id: action,
            label: t(`shortcut.${action}`),
            keys: SHORTCUTS[action],
          }))}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
