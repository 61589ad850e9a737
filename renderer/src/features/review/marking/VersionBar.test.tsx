// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseRoute } from '../../../app/route';
import type { ReviewSubmissionRecord } from '../../../storage/records';
import { createTestDatabase } from '../../../storage/test-database';
import { click, mountPage } from './marking-test-kit';
import { VersionBar } from './VersionBar';

const REVIEW = 'civil-pack/loan-dispute@1';

function version(digest: string, exportedAt: string): ReviewSubmissionRecord {
  return {
    digest,
    reviewKey: REVIEW,
    participantKey: 'асель нурланова',
    participantName: 'Асель Нурланова',
    anonymousCode: 'EL72T',
    exportedAt,
    importedAt: '2026-11-22T09:00:00.000Z',
    fileName: `${digest}.cdsub`,
    wordCount: 100,
    missingRequisites: 0,
    emptyParts: 0,
    status: 'not-started',
  };
}

const LATEST = 'c'.repeat(64);
// Newest first, as listParticipantVersions gives them.
const VERSIONS = [
  version(LATEST, '2026-11-21T11:00:00.000Z'),
  version('b'.repeat(64), '2026-11-20T11:00:00.000Z'),
  version('a'.repeat(64), '2026-11-19T11:00:00.000Z'),
];

describe('the versions of a participant’s work on the marking screen', () => {
  let page: ReturnType<typeof mountPage>;
  beforeEach(() => {
    page = mountPage(createTestDatabase());
  });
  afterEach(() => page.unmount());

  const bar = () => page.container.querySelector('nav');
  const links = () => [...(bar()?.querySelectorAll('a') ?? [])];

  it('says nothing of versions when the participant sent one', () => {
    page.render(
      <VersionBar reviewKey={REVIEW} versions={VERSIONS.slice(0, 1)} digest={LATEST} onOpen={vi.fn()} />,
    );
    expect(page.container.textContent).toBe('');
  });

  it('names the latest as such and opens an earlier one, numbered as they were sent', () => {
    const onOpen = vi.fn();
    page.render(<VersionBar reviewKey={REVIEW} versions={VERSIONS} digest={LATEST} onOpen={onOpen} />);
    expect(bar()?.querySelector('[aria-current]')?.textContent).toBe('Версия 3 из 3 (последняя)');
    expect(links().map((link) => link.textContent)).toEqual([
      expect.stringMatching(/^Открыть версию 2 \(сдана 20\.11\.2026/),
      expect.stringMatching(/^Открыть версию 1 \(сдана 19\.11\.2026/),
    ]);
    expect(parseRoute(links()[1]?.getAttribute('href') ?? '')).toEqual({
      screen: 'marking',
      reviewKey: REVIEW,
      digest: 'a'.repeat(64),
    });
    // Opened by the screen, which saves the marks first.
    click(links()[1]);
    expect(onOpen).toHaveBeenCalledWith('a'.repeat(64));
    expect(page.container.textContent).not.toContain('более ранняя версия');
  });

  it('says an earlier version is there to be read, its marks given to the latest, and leads back to the latest', () => {
    const onOpen = vi.fn();
    page.render(
      <VersionBar reviewKey={REVIEW} versions={VERSIONS} digest={'b'.repeat(64)} onOpen={onOpen} />,
    );
    expect(bar()?.querySelector('[aria-current]')?.textContent).toBe('Версия 2 из 3');
    expect(page.container.querySelector('[role="status"]')?.textContent).toMatch(
      /^Это более ранняя версия \(2 из 3, сдана 20\.11\.2026.*Оценки и комментарии ставятся последней версии/,
    );
    expect(links()[0]?.textContent).toMatch(/^Открыть версию 3, последнюю/);
    click(links()[0]);
    expect(onOpen).toHaveBeenCalledWith('c'.repeat(64));
  });
});
