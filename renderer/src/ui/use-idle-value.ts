import { useEffect, useState } from 'react';

/** How long work put off to idle time may wait when the page is never idle. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * `compute()`'s value, computed when the page is next idle after `compute` changes, never while rendering: for work
 * that must not hold up what the person is waiting to see (a 100-page act's completeness check takes hundreds of
 * milliseconds, and the act must be on screen first). Undefined until then, and again, never the old value, once
 * `compute` changes (give it a stable identity, e.g. with useCallback).
 */
export function useIdleValue<T>(compute: () => T): T | undefined {
  const [done, setDone] = useState<{ compute: () => T; value: T } | null>(null);
  useEffect(() => {
    const handle = requestIdleCallback(() => setDone({ compute, value: compute() }), {
      timeout: IDLE_TIMEOUT_MS,
    });
    return () => cancelIdleCallback(handle);
  }, [compute]);
  return done?.compute === compute ? done.value : undefined;
}
