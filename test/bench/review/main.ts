import '../../../renderer/src/styles/tokens.css';
import '../../../renderer/src/styles/base.css';
import '../../../renderer/src/features/review/ReviewScreen.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { QueueTable } from '../../../renderer/src/features/review/QueueTable';
import { I18nProvider } from '../../../renderer/src/i18n/I18nProvider';
import type { ReviewStatus } from '../../../renderer/src/storage/records';
import type { QueueEntry } from '../../../renderer/src/storage/review-repository';
import { painted } from '../painted';
import { mulberry32 } from '../random';
import type { ReviewBench } from './protocol';

const STATUSES: ReviewStatus[] = ['not-started', 'in-progress', 'marked'];
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A review's queue as listQueue gives it: each participant's newest submission, some with earlier versions. */
function queueEntries(count: number): QueueEntry[] {
  const random = mulberry32(20261209);
  const code = () => Array.from({ length: 5 }, () => CODE_ALPHABET[Math.floor(random() * 32)]).join('');
  return Array.from({ length: count }, (_, index) => ({
    digest: index.toString(16).padStart(64, '0'),
    reviewKey: 'bench-pack/case-001@1',
    participantKey: `участник ${index + 1}`,
    participantName: `Участник ${index + 1}`,
    anonymousCode: code(),
    exportedAt: new Date(Date.UTC(2026, 10, 20, 9, 0, 0) + index * 61_000).toISOString(),
    importedAt: '2026-12-07T10:00:00.000Z',
    fileName: `Участник-${index + 1}-case-001.cdsub`,
    wordCount: 20_000 + Math.floor(random() * 10_000),
    missingRequisites: Math.floor(random() * 12),
    emptyParts: Math.floor(random() * 3),
    status: STATUSES[Math.floor(random() * STATUSES.length)]!,
    versions: random() < 0.1 ? 2 : 1,
  }));
}

async function measureQueueRender(count: number, repeats: number): Promise<number[]> {
  const entries = queueEntries(count);
  const mount = document.getElementById('mount')!;
  const times: number[] = [];
  for (let round = 0; round < repeats; round++) {
    const container = mount.appendChild(document.createElement('div'));
    await painted();
    const start = performance.now();
    const root = createRoot(container);
    root.render(
      createElement(I18nProvider, {
        initialLocale: 'ru',
        children: createElement(QueueTable, {
          entries,
          reviewKey: 'bench-pack/case-001@1',
          showNames: false,
          labelledBy: 'queue-heading',
        }),
      }),
    );
    // React renders in a task of its own: wait for its commit, then for the frame that shows it.
    while (container.querySelectorAll('tbody tr').length !== count)
      await new Promise((r) => setTimeout(r, 0));
    await painted();
    times.push(performance.now() - start);
    root.unmount();
    container.remove();
  }
  return times;
}

const bench: ReviewBench = { measureQueueRender };
window.reviewBench = bench;
