/** How long work may hold the thread before it lets the page paint and handle input. */
const SLICE_MS = 12;
let sliceStart = now();

/**
 * Lets long work (unpacking, hashing) share the thread: resolves at once while the current slice is young,
 * otherwise after yielding a task, so the progress bar moves and Cancel can be clicked.
 */
export async function cooperate(): Promise<void> {
  if (now() - sliceStart < SLICE_MS) return;
  await yieldTask();
  sliceStart = now();
}

function yieldTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}
