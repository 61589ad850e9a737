// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftContentDigest } from '../../../../domain/timeline/content-digest';
import { nextLink, type TimelineEntry, type TimelineLink } from '../../../../domain/timeline/timeline';
import { createTestDatabase } from '../../../../storage/test-database';
import { mountPage, waitFor } from '../marking-test-kit';
import { TimelinePanel } from './TimelinePanel';
import { createActDocument } from '../../../../domain/act/document';
import { civilDecision } from '../../../../domain/act/templates/civil-decision';

const DIGEST = 'd'.repeat(64);
/** An act as the editor writes it (`doc.toJSON()`), which is what the trainee's save links digest. */
const DOCUMENT = createActDocument(civilDecision, 'ru').toJSON() as Record<string, unknown>;

async function chain(entries: TimelineEntry[]): Promise<TimelineLink[]> {
  const links: TimelineLink[] = [];
  for (const entry of entries) links.push(await nextLink(links.at(-1), entry));
  return links;
}

describe('the «Хронология» tab', () => {
  let page: ReturnType<typeof mountPage>;
  beforeEach(() => {
    page = mountPage(createTestDatabase());
  });
  afterEach(() => page.unmount());

  const show = async (submission: object) => {
    await page.db.reviewSubmissionContents.put({
      digest: DIGEST,
      submissionJson: JSON.stringify(submission),
    });
    page.render(<TimelinePanel digest={DIGEST} />);
  };

  it('says the chain holds, the last save is the act handed in, and lists a paste from the case', async () => {
    const actDigest = await draftContentDigest(JSON.stringify(DOCUMENT), undefined);
    const timeline = await chain([
      { kind: 'paste', at: '2026-12-08T09:02:00Z', chars: 40, fromCase: true },
      { kind: 'save', at: '2026-12-08T09:04:00Z', chars: 3, words: 1, contentDigest: actDigest },
    ]);
    await show({ document: DOCUMENT, timeline });
    await waitFor(() => expect(page.container.textContent).toContain('Цепочка цела'));
    expect(page.container.textContent).toContain(
      'Последнее записанное сохранение совпадает со сданным актом',
    );
    expect(page.container.textContent).toContain('Вставлено 40 знаков, найденных в материалах дела');
    expect(page.container.querySelector('svg[role="img"]')).not.toBeNull();
  });

  it('names the record where a changed chain breaks', async () => {
    const timeline = await chain([
      { kind: 'save', at: '2026-12-08T09:00:00Z', chars: 3, words: 1, contentDigest: '1'.repeat(64) },
      { kind: 'deletion', at: '2026-12-08T09:01:00Z', chars: 300 },
      { kind: 'save', at: '2026-12-08T09:02:00Z', chars: 3, words: 1, contentDigest: '2'.repeat(64) },
    ]);
    await show({
      document: DOCUMENT,
      timeline: timeline.map((link, i) => (i === 1 ? { ...link, chars: 30 } : link)),
    });
    await waitFor(() => expect(page.container.textContent).toContain('Цепочка нарушена на записи 2'));
    expect(page.container.textContent).toContain(
      'Последнее записанное сохранение не совпадает со сданным актом',
    );
  });

  it('says a submission without a timeline has none', async () => {
    await show({ formatVersion: 2, document: DOCUMENT });
    await waitFor(() => expect(page.container.textContent).toContain('Нет хронологии'));
  });
});
