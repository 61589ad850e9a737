import './FindBar.css';
import type { Command } from 'prosemirror-state';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useActEditor } from '../../../editor/core/act-editor-context';
import {
  closeFind,
  goToMatch,
  replaceAll,
  replaceCurrent,
  selectCurrentMatch,
  setFindQuery,
  showReplace,
} from '../../../editor/find/find-replace-commands';
import { findState, type FindQuery } from '../../../editor/find/find-replace-plugin';
import { useEditorSelector } from '../../../editor/core/use-editor';
import { useI18n } from '../../../i18n/I18nProvider';
import { shortcutHandler } from '../../../ui/shortcut-handler';
import { IconButton } from '../../../ui/IconButton';

/** What the two option buttons show, the same in every language. */
const MATCH_CASE_TEXT = 'Aa';
const WHOLE_WORD_TEXT = 'ab';

/**
 * How long the query waits for the next letter before the act is searched: a search of a 100-page act takes
 * a moment, and searching for every letter of a word on the way to it is wasted work.
 */
const QUERY_DELAY_MS = 120;

/** The find-and-replace bar above the act, opened with Ctrl+F or Ctrl+H from the text (see find-replace.ts). */
export function FindBar() {
  const { t } = useI18n();
  const controller = useActEditor();
  const open = useEditorSelector(controller, (state) => findState(state).panel !== null, false);
  const request = useEditorSelector(controller, (state) => findState(state).panel?.request ?? 0, 0);
  const replaceShown = useEditorSelector(
    controller,
    (state) => findState(state).panel?.replace ?? false,
    false,
  );
  const searching = useEditorSelector(controller, (state) => findState(state).search !== null, false);
  const count = useEditorSelector(controller, (state) => findState(state).count, 0);
  const position = useEditorSelector(controller, (state) => findState(state).currentIndex, -1);
  const [query, setQuery] = useState<FindQuery>({ text: '', matchCase: false, wholeWord: false });
  const [replacement, setReplacement] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const findInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);
  const pendingQuery = useRef<{ query: FindQuery; timer: ReturnType<typeof setTimeout> } | null>(null);
  const focusReplacement = useRef(false);

  // Every Ctrl+F or Ctrl+H: take the query the editor settled on (the selected text, or the last one)…
  const [seenRequest, setSeenRequest] = useState(0);
  if (controller && request !== seenRequest) {
    setSeenRequest(request);
    setQuery(findState(controller.state).query);
  }
  // …and take the focus.
  useEffect(() => {
    if (request === 0) return;
    findInput.current?.focus();
    findInput.current?.select();
  }, [request]);

  useEffect(() => {
    if (replaceShown && focusReplacement.current) replaceInput.current?.focus();
    focusReplacement.current = false;
  }, [replaceShown]);

  useEffect(() => () => clearTimeout(pendingQuery.current?.timer), []);

  if (!controller || !open) return null;
  const editor = controller;

  /** Runs a command on the editor without moving the focus out of the bar. */
  function run(command: Command): boolean {
    return command(editor.state, editor.view.dispatch, editor.view);
  }

  function search(next: FindQuery) {
    pendingQuery.current = null;
    run(setFindQuery(next));
    run(selectCurrentMatch);
  }

  function changeQuery(next: FindQuery, wait: boolean) {
    setQuery(next);
    setAnnouncement('');
    clearTimeout(pendingQuery.current?.timer);
    if (!wait) return search(next);
    pendingQuery.current = { query: next, timer: setTimeout(() => search(next), QUERY_DELAY_MS) };
  }

  /** Searches now for a query still waiting for its delay, so Enter never acts on the previous query. */
  function settleQuery() {
    const pending = pendingQuery.current;
    if (!pending) return;
    clearTimeout(pending.timer);
    search(pending.query);
  }

  function go(direction: 1 | -1) {
    settleQuery();
    run(goToMatch(direction));
  }

  function close() {
    settleQuery();
    run(closeFind);
    editor.view.focus();
  }

  function replaceOne() {
    settleQuery();
    run(replaceCurrent(replacement));
    keepFocusInBar();
  }

  function replaceEvery() {
    settleQuery();
    const replaced = findState(editor.state).count;
    if (run(replaceAll(replacement))) setAnnouncement(t('find.replaced', { count: replaced }));
    keepFocusInBar();
  }

  /** With nothing left to replace the replace buttons are disabled, and a disabled button drops the focus. */
  function keepFocusInBar() {
    if (findState(editor.state).count === 0) replaceInput.current?.focus();
  }

  function revealReplace() {
    focusReplacement.current = true;
    if (replaceShown) replaceInput.current?.focus();
    else run(showReplace(true));
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const handleShortcut = shortcutHandler({
      find: () => {
        findInput.current?.focus();
        findInput.current?.select();
      },
      replace: revealReplace,
    });
    if (handleShortcut(event.nativeEvent)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  }

  function statusText(): string {
    if (announcement) return announcement;
    if (!searching) return query.text.trim() ? t('find.tooShort') : '';
    if (count === 0) return t('find.none');
    if (position >= 0) return t('find.position', { current: position + 1, count });
    return t('find.count', { count });
  }

  return (
    <div className="find-bar" role="search" aria-label={t('find.label')} onKeyDown={onKeyDown}>
      <div className="find-bar__row">
        <input
          ref={findInput}
          className="find-bar__input"
          type="search"
          aria-label={t('find.query')}
          placeholder={t('find.query')}
          value={query.text}
          onChange={(event) => changeQuery({ ...query, text: event.target.value }, true)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            go(event.shiftKey ? -1 : 1);
          }}
        />
        <span className="find-bar__status" role="status" data-testid="find-status">
          {statusText()}
        </span>
        <IconButton
          className="toolbar__button"
          label={t('find.previous')}
          disabled={count === 0}
          onClick={() => go(-1)}
        >
          ↑
        </IconButton>
        <IconButton
          className="toolbar__button"
          label={t('find.next')}
          disabled={count === 0}
          onClick={() => go(1)}
        >
          ↓
        </IconButton>
        <IconButton
          className="toolbar__button find-bar__toggle"
          label={t('find.matchCase')}
          aria-pressed={query.matchCase}
          onClick={() => changeQuery({ ...query, matchCase: !query.matchCase }, false)}
        >
          {MATCH_CASE_TEXT}
        </IconButton>
        <IconButton
          className="toolbar__button find-bar__toggle"
          label={t('find.wholeWord')}
          text={WHOLE_WORD_TEXT}
          aria-pressed={query.wholeWord}
          onClick={() => changeQuery({ ...query, wholeWord: !query.wholeWord }, false)}
        >
          <span className="find-bar__whole-word">{WHOLE_WORD_TEXT}</span>
        </IconButton>
        <IconButton
          className="toolbar__button find-bar__toggle"
          label={t('find.showReplace')}
          aria-pressed={replaceShown}
          onClick={() => (replaceShown ? run(showReplace(false)) : revealReplace())}
        >
          <svg className="toolbar__icon" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M1.5 5h11M10 2.5 12.5 5 10 7.5M14.5 11h-11M6 8.5 3.5 11 6 13.5" />
          </svg>
        </IconButton>
        <IconButton className="toolbar__button find-bar__close" label={t('find.close')} onClick={close}>
          ×
        </IconButton>
      </div>
      {replaceShown && (
        <div className="find-bar__row">
          <input
            ref={replaceInput}
            className="find-bar__input"
            type="text"
            aria-label={t('find.replacement')}
            placeholder={t('find.replacement')}
            value={replacement}
            onChange={(event) => setReplacement(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              replaceOne();
            }}
          />
          <button
            type="button"
            className="button find-bar__action"
            disabled={count === 0}
            onClick={replaceOne}
          >
            {t('find.replace')}
          </button>
          <button
            type="button"
            className="button find-bar__action"
            disabled={count === 0}
            onClick={replaceEvery}
          >
            {t('find.replaceAll')}
          </button>
        </div>
      )}
    </div>
  );
}
