import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { b } from '../../domain/act/test-builders';
import { changedRanges, mapRanges, mergeRanges, subtractRange, takeTextblocks } from './pending-ranges';

/** After the heading (at 1), three paragraphs: «один» at 2–8, «два» at 8–13, «три» at 13–18 (text starts one after each). */
function threeParagraphs(): EditorState {
  const doc = b.doc(
    { template: 't', language: 'ru' },
    b.part(
      { id: 'p' },
      b.part_heading({ text: 'Часть' }),
      b.paragraph('один'),
      b.paragraph('два'),
      b.paragraph('три'),
    ),
  );
  return EditorState.create({ doc });
}

const textOf = (state: EditorState, range: { from: number; to: number }) =>
  takeTextblocks(state.doc, [range], 10).blocks.map(({ node }) => node.textContent);

describe('changedRanges', () => {
  it('gives the inserted text in positions of the new document', () => {
    const state = threeParagraphs();
    const tr = state.tr.insertText('ж', 3).insertText('ёё', 10);
    expect(changedRanges(tr.mapping)).toEqual([
      { from: 3, to: 4 },
      { from: 10, to: 12 },
    ]);
  });

  it('gives a deletion as an empty range that still finds its paragraph', () => {
    const state = threeParagraphs();
    const tr = state.tr.delete(9, 10);
    const [range] = changedRanges(tr.mapping);
    expect(range).toEqual({ from: 9, to: 9 });
    expect(textOf(state.apply(tr), range!)).toEqual(['ва']);
  });
});

describe('mergeRanges, mapRanges and subtractRange', () => {
  it('sorts and joins overlapping and touching ranges', () => {
    expect(
      mergeRanges([
        { from: 20, to: 25 },
        { from: 1, to: 5 },
        { from: 5, to: 8 },
        { from: 22, to: 30 },
      ]),
    ).toEqual([
      { from: 1, to: 8 },
      { from: 20, to: 30 },
    ]);
  });

  it('moves ranges with the text and grows them over text typed at their edges', () => {
    const state = threeParagraphs();
    const tr = state.tr.insertText('xx', 3).insertText('y', 11);
    expect(mapRanges([{ from: 4, to: 9 }], tr.mapping)).toEqual([{ from: 6, to: 12 }]);
  });

  it('takes a checked stretch out of the pending ranges, empty ones inside it included', () => {
    const pending = [
      { from: 0, to: 10 },
      { from: 12, to: 12 },
      { from: 20, to: 30 },
    ];
    expect(subtractRange(pending, { from: 5, to: 25 })).toEqual([
      { from: 0, to: 5 },
      { from: 25, to: 30 },
    ]);
  });
});

describe('takeTextblocks', () => {
  it('takes only the paragraphs the pending ranges touch', () => {
    const state = threeParagraphs();
    const { blocks } = takeTextblocks(state.doc, [{ from: 14, to: 15 }], 10);
    expect(blocks.map(({ node, pos }) => [node.textContent, pos])).toEqual([['три', 13]]);
  });

  it('stops at the limit and accounts only for the paragraphs taken', () => {
    const state = threeParagraphs();
    const whole = { from: 0, to: state.doc.content.size };
    const first = takeTextblocks(state.doc, [whole], 2);
    expect(first.blocks.map(({ node }) => node.textContent)).toEqual(['один', 'два']);
    const rest = subtractRange([whole], first.covered);
    const second = takeTextblocks(state.doc, rest, 2);
    expect(second.blocks.map(({ node }) => node.textContent)).toEqual(['три']);
    expect(subtractRange(rest, second.covered)).toEqual([]);
  });
});
