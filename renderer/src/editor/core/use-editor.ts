import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import type { ActEditorController } from './act-editor-controller';
import { WordCounter } from './word-counts';

const noSubscription = () => () => undefined;

/**
 * Reads one value from the editor state and re-renders only when it changes. The selector runs on every
 * transaction, so it must be cheap and local (the cursor's part, the marks at the cursor) and return a
 * primitive, which React compares by value.
 */
export function useEditorSelector<T extends string | number | boolean>(
  controller: ActEditorController | null,
  selector: (state: EditorState) => T,
  fallback: T,
): T {
  return useSyncExternalStore(controller?.subscribe ?? noSubscription, () =>
    controller ? selector(controller.state) : fallback,
  );
}

/** How long typing must pause before a fact derived from the whole act is brought up to date, and the longest it lags. */
const SETTLED_DELAY_MS = 300;
const SETTLED_MAX_WAIT_MS = 1000;

/**
 * A value derived from the whole document (word counts, the completeness checklist), recomputed after a pause in
 * typing or each second of continuous typing, never per keystroke; `initial` until the editor is ready.
 * `derive` must be stable (useCallback): a new one recomputes the value from the current document at once.
 */
export function useSettledDocValue<T>(
  controller: ActEditorController | null,
  derive: (doc: ProseMirrorNode) => T,
  initial: T,
): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    if (!controller) return;
    let derivedFrom: ProseMirrorNode | null = null;
    let derivedAt = 0;
    const update = () => {
      derivedFrom = controller.doc;
      derivedAt = Date.now();
      setValue(derive(derivedFrom));
    };
    let timer = setTimeout(update, 0);
    const unsubscribe = controller.subscribe(() => {
      if (controller.doc === derivedFrom) return;
      clearTimeout(timer);
      const overdue = Date.now() - derivedAt >= SETTLED_MAX_WAIT_MS;
      timer = setTimeout(update, overdue ? 0 : SETTLED_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [controller, derive]);
  return value;
}

/** Words per part, kept up to date after pauses in typing (see useSettledDocValue). */
export function usePartWordCounts(controller: ActEditorController | null): number[] {
  const [counter] = useState(() => new WordCounter());
  const countParts = useCallback((doc: ProseMirrorNode) => counter.countParts(doc), [counter]);
  return useSettledDocValue(controller, countParts, []);
}
