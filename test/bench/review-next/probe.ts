/**
 * What the review-next benchmark installs in the app's page (by page.evaluate, so the app's code is not touched):
 * self-contained functions, serialised into the page.
 */

/** One press of the "next submission" key, as the page saw it. */
export interface NextSample {
  /** From the keydown's timestamp to the end of the rendering of the first frame showing the next act (see below). */
  ms: number;
  /** The longest task the Long Tasks API saw from the key to then; 0 when none reached its 50 ms threshold. */
  longestTaskMs: number;
}

declare global {
  interface Window {
    nextProbe?: Promise<NextSample>;
  }
}

/**
 * Arms `window.nextProbe` for the next keydown. The next act is readable once, at the start of a frame
 * (requestAnimationFrame), the route names another submission and the act view holds that submission's text (its
 * snippet): that frame lays it out and paints it. The time ends when that frame's rendering on the main thread has
 * ended (a message posted in the callback, which runs as the first task after the frame).
 */
export function armNextProbe(snippets: Record<string, string>): void {
  const digestOf = () => decodeURIComponent(window.location.hash.split('/')[3] ?? '');
  const from = digestOf();
  const firstPart = () => document.querySelector('.marked-act__act section[data-part]');
  const before = firstPart();
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  window.nextProbe = new Promise((resolve) => {
    const onKeyDown = (event: KeyboardEvent) => {
      window.removeEventListener('keydown', onKeyDown, true);
      const readable = () => {
        const digest = digestOf();
        const snippet = snippets[digest];
        const part = firstPart();
        // The act view's DOM is new for a new act: only then is its text worth reading.
        return digest !== from && snippet !== undefined && part !== null && part !== before
          ? (part.parentElement?.textContent ?? '').includes(snippet)
          : false;
      };
      const frame = () => {
        if (!readable()) {
          requestAnimationFrame(frame);
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const ms = performance.now() - event.timeStamp;
          // Long task entries come in a task of their own: let it run.
          setTimeout(() => {
            for (const entry of observer.takeRecords()) longTasks.push(entry.duration);
            observer.disconnect();
            resolve({ ms, longestTaskMs: Math.max(0, ...longTasks) });
          }, 50);
        };
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(frame);
    };
    // Capturing on the window: runs before the app's own key handlers.
    window.addEventListener('keydown', onKeyDown, true);
  });
}
