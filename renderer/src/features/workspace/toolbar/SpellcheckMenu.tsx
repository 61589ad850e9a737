import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { MisspeltWord } from '../../../editor/spellcheck/spellcheck-plugin';
import { useI18n } from '../../../i18n/I18nProvider';

interface SpellcheckMenuProps {
  target: MisspeltWord;
  suggest: (word: string) => Promise<string[]>;
  onReplace: (replacement: string) => void;
  onAddWord: () => void;
  onClose: () => void;
}

/** Roughly the menu's size, to keep it inside the window near the right and bottom edges. */
const MENU_WIDTH = 260;
const MENU_HEIGHT = 220;

/**
 * The context menu of a misspelt word: up to five suggestions (looked up in the worker when the menu opens)
 * and "Add to my dictionary". Arrow keys move between items, Escape or a click elsewhere closes it.
 */
export function SpellcheckMenu({ target, suggest, onReplace, onAddWord, onClose }: SpellcheckMenuProps) {
  const { t } = useI18n();
  const menu = useRef<HTMLDivElement>(null);
  const [suggestions, setSuggestions] = useState<string[] | null>(null);

  useEffect(() => {
    let current = true;
    suggest(target.word).then(
      (found) => current && setSuggestions(found),
      () => current && setSuggestions([]),
    );
    return () => {
      current = false;
    };
  }, [suggest, target.word]);

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]:not(:disabled)')?.focus();
  }, [suggestions]);

  useEffect(() => {
    const closeOutside = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', closeOutside, true);
    return () => document.removeEventListener('mousedown', closeOutside, true);
  }, [onClose]);

  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose();
      return;
    }
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (!step || !menu.current) return;
    event.preventDefault();
    const items = [...menu.current.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    items[(at + step + items.length) % items.length]?.focus();
  };

  const left = Math.max(0, Math.min(target.left, window.innerWidth - MENU_WIDTH));
  const top = Math.max(0, Math.min(target.top, window.innerHeight - MENU_HEIGHT));
  return createPortal(
    <div
      ref={menu}
      className="spelling-menu"
      role="menu"
      aria-label={t('spellcheck.menuLabel', { word: target.word })}
      style={{ left, top }}
      onKeyDown={moveFocus}
      onContextMenu={(event) => event.preventDefault()}
    >
      {suggestions === null && <div className="spelling-menu__note">{t('spellcheck.looking')}</div>}
      {suggestions?.length === 0 && (
        <div className="spelling-menu__note">{t('spellcheck.noSuggestions')}</div>
      )}
      {suggestions?.map((suggestion) => (
        <button
          key={suggestion}
          type="button"
          role="menuitem"
          className="spelling-menu__item spelling-menu__item--suggestion"
          onClick={() => onReplace(suggestion)}
        >
          {suggestion}
        </button>
      ))}
      <div className="spelling-menu__separator" role="separator" />
      <button type="button" role="menuitem" className="spelling-menu__item" onClick={onAddWord}>
        {t('spellcheck.addWord')}
      </button>
    </div>,
    document.body,
  );
}
