/**
 * What the app typing benchmark installs in the app's page (by page.evaluate, so the app's code is not touched)
 * to see what the trainee sees while typing: self-contained functions, serialised into the page.
 */

/** One key the trainee pressed, as the page saw it. */
export interface KeySample {
  key: string;
  /** The keydown's timestamp: when the browser received the key, on the page's performance.now() clock. */
  timeStamp: number;
  /**
   * From the keydown's timestamp to the end of the next frame's rendering on the main thread (style, layout,
   * paint): a requestAnimationFrame callback registered at the keydown posts a message, which runs as the first
   * task after that frame. Undefined when no frame came before the samples were collected.
   */
  toFrameRendered?: number;
  /** Whether the key's text was in the document (its input event handled) before that frame. */
  inputBeforeFrame: boolean;
}

/** An Event Timing entry (PerformanceEventTiming) of a typing event, as plain data. */
export interface EventTimingSample {
  name: string;
  startTime: number;
  /** From startTime to the next paint (presentation) after the event's handlers ran, rounded to 8 ms. */
  duration: number;
  processingStart: number;
  processingEnd: number;
  interactionId: number;
}

export interface ProbeSamples {
  keys: KeySample[];
  events: EventTimingSample[];
}

declare global {
  interface Window {
    typingProbe?: { collect(): ProbeSamples; stop(): void };
  }
}

/** Event Timing's smallest threshold: events handled and painted faster than this are not reported. */
export const EVENT_TIMING_THRESHOLD_MS = 16;

/** Starts recording keys and Event Timing entries; `window.typingProbe.collect()` hands them over. */
export function installProbe(threshold: number): void {
  const keys: KeySample[] = [];
  const events: EventTimingSample[] = [];
  let pending: KeySample | undefined;
  // Capturing on the window: runs before any of the app's key handlers, which cannot stop it.
  const onKeyDown = (event: KeyboardEvent) => {
    const sample: KeySample = { key: event.key, timeStamp: event.timeStamp, inputBeforeFrame: false };
    keys.push(sample);
    pending = sample;
    requestAnimationFrame(() => {
      sample.inputBeforeFrame ||= event.key === 'Enter'; // the editor handles Enter in its keydown handler
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (sample.toFrameRendered = performance.now() - sample.timeStamp);
      channel.port2.postMessage(null);
    });
  };
  const onInput = () => {
    if (pending && pending.toFrameRendered === undefined) pending.inputBeforeFrame = true;
  };
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('input', onInput, true);
  const record = (entries: PerformanceEntryList) => {
    // interactionId is missing from TypeScript's DOM types.
    for (const entry of entries as (PerformanceEventTiming & { interactionId: number })[]) {
      if (!['keydown', 'keypress', 'beforeinput', 'input'].includes(entry.name)) continue;
      const { name, startTime, duration, processingStart, processingEnd, interactionId } = entry;
      events.push({ name, startTime, duration, processingStart, processingEnd, interactionId });
    }
  };
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  observer.observe({
    type: 'event',
    durationThreshold: threshold,
    buffered: true,
  } as PerformanceObserverInit);
  window.typingProbe = {
    collect: () => {
      record(observer.takeRecords());
      return { keys: structuredClone(keys), events: structuredClone(events) };
    },
    stop: () => {
      observer.disconnect();
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('input', onInput, true);
    },
  };
}

/** Frames per second the page produces while requestAnimationFrame asks for them, over `ms`. */
export function measureFrameRate(ms: number): Promise<number> {
  return new Promise((resolve) => {
    let frames = 0;
    const start = performance.now();
    const tick = (now: number) => {
      if (now - start >= ms) return resolve((frames * 1000) / (now - start));
      frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
