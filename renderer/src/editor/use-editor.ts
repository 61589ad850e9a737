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

/** How long typing must pause before the word counts are brought up to date. */
const WORD_COUNT_DELAY_MS = 300;

/** Words per part, recomputed after a pause in typing, never on the keystroke itself. */
export function usePartWordCounts(controller: ActEditorController | null): number[] {
  const [counts, setCounts] = useState<number[]>([]);
  useEffect(() => {
    if (!controller) return;
    const counter = new WordCounter();
    let counted: typeof controller.doc | null = null;
    const update = () => {
      counted = controller.doc;
      setCounts(counter.countParts(counted));
    };
    let timer = setTimeout(update, 0);
    const unsubscribe = controller.subscribe(() => {
      if (controller.doc === counted) return;
      clearTimeout(timer);
      timer = setTimeout(update, WORD_COUNT_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [controller]);
  return counts;
}
