import { Slice, type Node as ProseMirrorNode } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import { afterEach, describe, expect, it } from 'vitest';
import { createActDocument } from '../../../domain/act/document';
import { actSchema } from '../../../domain/act/schema';
import { civilDecision } from '../../../domain/act/templates/civil-decision';
import { draftContentDigest } from '../../../domain/timeline/content-digest';
import { checkTimeline } from '../../../domain/timeline/timeline';
import { emptyWorksheet } from '../../../domain/worksheet/worksheet';
import { createActEditorState } from '../../../editor/core/editor-state';
import { createTestDatabase } from '../../../storage/test-database';
import { listTimeline } from '../../../storage/timeline-repository';
import { TimelineRecorder } from './timeline-recorder';

const MATERIAL = 'Протокол осмотра.\nИстец  просит взыскать\n 500 000 тенге с ответчика.';
const databases: ReturnType<typeof createTestDatabase>[] = [];
afterEach(async () => {
  await Promise.all(databases.splice(0).map((db) => db.delete()));
});

function setUp() {
  const db = createTestDatabase();
  databases.push(db);
  const errors: unknown[] = [];
  const recorder = new TimelineRecorder({
    db,
    draftKey: 'pack/case-1',
    readCaseTexts: () => [MATERIAL],
    whenIdle: () => Promise.resolve(),
    onError: (error) => errors.push(error),
  });
  const empty = createActEditorState(createActDocument(civilDecision, 'ru'), new Map());
  let start = -1;
  empty.doc.descendants((node, pos) => {
    if (start < 0 && node.type.name === 'paragraph') start = pos + 1;
    return start < 0;
  });
  return { db, recorder, errors, state: empty, start, timeline: () => listTimeline(db, 'pack/case-1') };
}

const pasting = (state: EditorState, at: number, text: string) =>
  state.tr
    .replace(at, at, new Slice(actSchema.nodes.paragraph.create(null, actSchema.text(text)).content, 0, 0))
    .setMeta('uiEvent', 'paste');

const saved = (doc: ProseMirrorNode) => ({ doc, documentJson: JSON.stringify(doc.toJSON()) });

describe('TimelineRecorder', () => {
  it('appends a save link with the words, characters and digest of what the save wrote', async () => {
    const { recorder, state, start, timeline } = setUp();
    const doc = state.apply(state.tr.insertText('Суд установил следующее', start)).doc;
    const worksheet = { ...emptyWorksheet('general'), issues: [{ question: 'Подсудность' }] };
    recorder.saved({ ...saved(doc), worksheet }, new Date('2026-12-08T09:00:00Z'));
    await recorder.settled();

    const [link, ...rest] = await timeline();
    expect(rest).toEqual([]);
    expect(link).toMatchObject({ seq: 0, kind: 'save', at: '2026-12-08T09:00:00.000Z' });
    expect(link?.words).toBe(
      doc.textBetween(0, doc.content.size, ' ', ' ').split(/\s+/).filter(Boolean).length,
    );
    expect(link?.chars).toBeGreaterThanOrEqual('Суд установил следующее'.length);
    expect(link?.contentDigest).toBe(await draftContentDigest(JSON.stringify(doc.toJSON()), worksheet));
    expect(link?.contentDigest).not.toBe(await draftContentDigest(JSON.stringify(doc.toJSON()), undefined));
  });

  it('records a paste with its length, and whether the text occurs in the case materials', async () => {
    const { recorder, state, start, timeline } = setUp();
    recorder.edited(pasting(state, start, 'Истец просит взыскать 500 000 тенге'));
    recorder.edited(pasting(state, start, 'Текст из интернета'));
    await recorder.settled();

    expect(await timeline()).toMatchObject([
      { seq: 0, kind: 'paste', chars: 'Истец просит взыскать 500 000 тенге'.length, fromCase: true },
      { seq: 1, kind: 'paste', chars: 'Текст из интернета'.length, fromCase: false },
    ]);
  });

  it('records a deletion of 200 characters or more, and not typing or a short deletion', async () => {
    const { recorder, state, start, timeline } = setUp();
    const typed = state.apply(state.tr.insertText('д'.repeat(260), start));
    recorder.edited(typed.tr.insertText('е', start));
    recorder.edited(typed.tr.delete(start, start + 199));
    recorder.edited(typed.tr.delete(start, start + 260));
    await recorder.settled();

    expect(await timeline()).toMatchObject([{ seq: 0, kind: 'deletion', chars: 260 }]);
  });

  it('keeps the order things happened in, in one chain that holds', async () => {
    const { recorder, state, start, timeline, errors } = setUp();
    const pasted = pasting(state, start, 'Протокол осмотра');
    recorder.edited(pasted);
    recorder.saved(saved(state.apply(pasted).doc), new Date());
    recorder.saved(saved(state.apply(pasted).doc), new Date());
    await recorder.settled();

    const links = await timeline();
    expect(links.map((link) => link.kind)).toEqual(['paste', 'save', 'save']);
    expect(await checkTimeline(links)).toEqual({ holds: true });
    expect(errors).toEqual([]);
  });

  it('reports a link it cannot write and still writes the next', async () => {
    const { db, recorder, state, start, timeline, errors } = setUp();
    const doc = state.apply(state.tr.insertText('Суд', start)).doc;
    db.timeline.hook('creating', function refuseFirst() {
      db.timeline.hook('creating').unsubscribe(refuseFirst);
      throw new Error('disk full');
    });
    recorder.saved(saved(doc), new Date());
    recorder.saved(saved(doc), new Date());
    await recorder.settled();

    expect(errors).toHaveLength(1);
    expect(await timeline()).toMatchObject([{ seq: 0, kind: 'save' }]);
  });
});
