// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUEUE_STATE, readQueueState, rememberQueueState, type QueueState } from './queue-state';

describe('the queue order kept for the session', () => {
  it('comes back as the trainer left it, per review', () => {
    const chosen: QueueState = {
      sort: { column: 'total', direction: 'descending' },
      filter: { status: 'not-started', text: 'k7' },
    };
    rememberQueueState('pack/case@1', chosen, sessionStorage);
    expect(readQueueState('pack/case@1', sessionStorage)).toEqual(chosen);
    expect(readQueueState('pack/other@1', sessionStorage)).toEqual(DEFAULT_QUEUE_STATE);
  });

  it('falls back to the default when what is stored is not a queue state', () => {
    sessionStorage.setItem('casedraft.queue.pack/case@2', '{"sort":{"column":"name"}}');
    expect(readQueueState('pack/case@2', sessionStorage)).toEqual(DEFAULT_QUEUE_STATE);
    sessionStorage.setItem('casedraft.queue.pack/case@3', 'not json');
    expect(readQueueState('pack/case@3', sessionStorage)).toEqual(DEFAULT_QUEUE_STATE);
  });
});
