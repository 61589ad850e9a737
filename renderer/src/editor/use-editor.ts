import { useEffect, useState, useSyncExternalStore } from 'react';
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

/** How long typing must pause before the word counts are brought up to date, and the longest they lag. */
const WORD_COUNT_DELAY_MS = 300;
const WORD_COUNT_MAX_WAIT_MS = 1000;

/** Words per part, recomputed after a pause in typing (or each second of continuous typing), never per keystroke. */
export function usePartWordCounts(controller: ActEditorController | null): number[] {
  const [counts, setCounts] = useState<number[]>([]);
  useEffect(() => {
    if (!controller) return;
    const counter = new WordCounter();
    let counted: typeof controller.doc | null = null;
    let countedAt = 0;
    const update = () => {
      counted = controller.doc;
      countedAt = Date.now();
      setCounts(counter.countParts(counted));
    };
    let timer = setTimeout(update, 0);
    const unsubscribe = controller.subscribe(() => {
      if (controller.doc === counted) return;
      clearTimeout(timer);
      const overdue = Date.now() - countedAt >= WORD_COUNT_MAX_WAIT_MS;
      timer = setTimeout(update, overdue ? 0 : WORD_COUNT_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [controller]);
  return counts;
}
