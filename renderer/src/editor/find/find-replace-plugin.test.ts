import { undo } from 'prosemirror-history';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { Selection, TextSelection, type Command, type EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { b } from '../../domain/act/test-builders';
import { closeFind, goToMatch, replaceAll, replaceCurrent, setFindQuery } from './find-replace-commands';
import { createActEditorState } from '../core/editor-state';
import { allMatches, findState, openFind, type FindQuery } from './find-replace-plugin';

const attrs = { template: 'civil-decision', language: 'ru' };

function act(...paragraphs: string[]): ProseMirrorNode {
  return b.doc(
    attrs,
    b.part(
      { id: 'descriptive' },
      b.part_heading({ text: 'Описательная часть: суд' }),
      b.paragraph('Вводный'),
    ),
    b.part(
      { id: 'reasoning' },
      b.part_heading({ text: 'Мотивировочная часть' }),
      ...paragraphs.map((text) => b.paragraph(text)),
    ),
  );
}

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  command(state, (tr) => {
    next = next.apply(tr);
  });
  return next;
}

function searching(doc: ProseMirrorNode, text: string, options: Partial<FindQuery> = {}): EditorState {
  const opened = run(createActEditorState(doc, new Map()), openFind(false));
  return run(opened, setFindQuery({ text, matchCase: false, wholeWord: false, ...options }));
}

function found(state: EditorState): string[] {
  return allMatches(findState(state)).map(({ from, to }) => state.doc.textBetween(from, to));
}

function selected(state: EditorState): string {
  return state.doc.textBetween(state.selection.from, state.selection.to);
}

/** Position just after the first occurrence of `text` in the document's text (outside headings). */
function positionAfter(doc: ProseMirrorNode, text: string): number {
  let result = -1;
  doc.descendants((node, pos) => {
    if (result >= 0 || !node.isText) return result < 0;
    const index = node.text?.indexOf(text) ?? -1;
    if (index >= 0) result = pos + index + text.length;
    return false;
  });
  if (result < 0) throw new Error(`${text} is not in the document`);
  return result;
}

describe('finding in the act', () => {
  it('finds every occurrence, whatever its case, Kazakh letters and ё included', () => {
    const state = searching(act('Суд установил: СУД и суд.', 'ӘДІЛЕТ әділет Әділет', 'Учёт и УЧЕТ'), 'суд');
    expect(found(state)).toEqual(['Суд', 'СУД', 'суд']);
    expect(found(searching(state.doc, 'әділет'))).toEqual(['ӘДІЛЕТ', 'әділет', 'Әділет']);
    expect(found(searching(state.doc, 'ӘДІЛЕТ'))).toEqual(['ӘДІЛЕТ', 'әділет', 'Әділет']);
    expect(found(searching(state.doc, 'учет'))).toEqual(['Учёт', 'УЧЕТ']);
    expect(findState(state).count).toBe(3);
  });

  it('narrows to the query’s case, still taking ё for е, and to whole words', () => {
    const doc = act('Суд, суды и СУД; учёт');
    expect(found(searching(doc, 'Суд', { matchCase: true }))).toEqual(['Суд']);
    expect(found(searching(doc, 'учет', { matchCase: true }))).toEqual(['учёт']);
    expect(found(searching(doc, 'суд', { wholeWord: true }))).toEqual(['Суд', 'СУД']);
    expect(found(searching(doc, 'суд'))).toEqual(['Суд', 'суд', 'СУД']);
  });

  it('never finds text in a part heading', () => {
    const state = searching(act('Первый абзац'), 'часть');
    expect(findState(state).count).toBe(0);
    expect(found(state)).toEqual([]);
  });

  it('goes to the next and previous match, round from the end to the start and back', () => {
    let state = searching(act('один суд', 'два суд', 'три суд'), 'суд');
    state = state.apply(state.tr.setSelection(Selection.atStart(state.doc)));
    const places: number[] = [];
    for (let step = 0; step < 4; step++) {
      state = run(state, goToMatch(1));
      expect(selected(state)).toBe('суд');
      places.push(findState(state).currentIndex);
    }
    expect(places).toEqual([0, 1, 2, 0]);
    state = run(state, goToMatch(-1));
    expect(findState(state).currentIndex).toBe(2);
    state = run(state, goToMatch(-1));
    expect(findState(state).currentIndex).toBe(1);
  });

  it('starts at the first match after the cursor and says which one it is', () => {
    let state = run(createActEditorState(act('суд раз', 'суд два', 'суд три'), new Map()), openFind(false));
    state = state.apply(
      state.tr.setSelection(TextSelection.create(state.doc, positionAfter(state.doc, 'два'))),
    );
    state = run(state, setFindQuery({ text: 'суд', matchCase: false, wholeWord: false }));
    expect(findState(state).currentIndex).toBe(2);
    expect(findState(state).count).toBe(3);
  });

  it('searches for the selected text when opened over a selection', () => {
    let state = createActEditorState(act('Истец Ахметов просит'), new Map());
    const end = positionAfter(state.doc, 'Ахметов');
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, end - 'Ахметов'.length, end)));
    state = run(state, openFind(true));
    expect(findState(state).query.text).toBe('Ахметов');
    expect(findState(state).panel?.replace).toBe(true);
    expect(findState(state).count).toBe(1);
  });

  it('clears the highlights when closed', () => {
    const state = run(searching(act('суд'), 'суд'), closeFind);
    expect(findState(state).panel).toBeNull();
    expect(findState(state).decorations.find()).toEqual([]);
  });
});

describe('replacing in the act', () => {
  it('replaces every match in one step that one undo takes back, headings untouched', () => {
    const doc = act('Суд решил: суд', 'Часть суда');
    const state = searching(doc, 'суд');
    const replaced = run(state, replaceAll('трибунал'));
    expect(replaced.doc.child(1).textContent).toBe('трибунал решил: трибуналЧасть трибунала');
    expect(replaced.doc.child(0).firstChild?.attrs.text).toBe('Описательная часть: суд');
    expect(findState(replaced).count).toBe(0);
    const undone = run(replaced, undo);
    expect(undone.doc.eq(doc)).toBe(true);
  });

  it('keeps the formatting of the replaced text', () => {
    const doc = b.doc(
      attrs,
      b.part(
        { id: 'reasoning' },
        b.part_heading({ text: 'Мотивы' }),
        b.paragraph('Иск ', b.strong('удовлетворить'), '.'),
      ),
    );
    const replaced = run(searching(doc, 'удовлетворить'), replaceAll('отклонить'));
    expect(
      replaced.doc.eq(
        b.doc(
          attrs,
          b.part(
            { id: 'reasoning' },
            b.part_heading({ text: 'Мотивы' }),
            b.paragraph('Иск ', b.strong('отклонить'), '.'),
          ),
        ),
      ),
    ).toBe(true);
  });

  it('replaces the current match and goes on to the next', () => {
    let state = searching(act('суд один', 'суд два'), 'суд');
    state = state.apply(state.tr.setSelection(Selection.atStart(state.doc)));
    state = run(state, goToMatch(1));
    state = run(state, replaceCurrent('Суд'));
    expect(state.doc.child(1).child(1).textContent).toBe('Суд один');
    expect(findState(state).count).toBe(2);
    expect(findState(state).currentIndex).toBe(1);
    state = run(state, replaceCurrent('Суд'));
    expect(state.doc.child(1).child(2).textContent).toBe('Суд два');
  });
});

describe('keeping the matches up to date while the trainee types', () => {
  it('finds a match typed into the text and forgets one edited away', () => {
    let state = searching(act('суд раз', 'два', 'суд три'), 'суд');
    state = run(state, goToMatch(1));
    expect(findState(state).currentIndex).toBe(0);
    state = state.apply(state.tr.insertText(' суд', positionAfter(state.doc, 'два')));
    expect(findState(state).count).toBe(3);
    const third = positionAfter(state.doc, 'суд три') - ' три'.length;
    state = state.apply(state.tr.delete(third - 1, third));
    expect(found(state)).toEqual(['суд', 'суд']);
  });

  it('moves the current match’s place when a match appears or disappears before it', () => {
    let state = searching(act('раз', 'два', 'суд три'), 'суд');
    state = run(state, goToMatch(1));
    expect(findState(state).currentIndex).toBe(0);
    state = state.apply(state.tr.insertText('суд ', positionAfter(state.doc, 'раз') - 3));
    expect(findState(state).currentIndex).toBe(1);
    expect(selected(state)).toBe('суд');
  });

  it('ends up with what a fresh search finds, after edits of every kind', () => {
    const paragraphs = Array.from(
      { length: 30 },
      (_, index) => `${index} суд и СУД, судья ${index % 3 ? 'иск' : 'суд'}`,
    );
    let state = searching(act(...paragraphs), 'суд');
    state = run(state, goToMatch(1));
    let seed = 7;
    const random = (limit: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % limit;
    };
    const textPositions = () => {
      const positions: number[] = [];
      state.doc.child(1).descendants((node, pos) => {
        if (node.isTextblock)
          for (let offset = 0; offset <= node.content.size; offset++) positions.push(pos + offset + 1);
        return !node.isTextblock;
      });
      const start = state.doc.child(0).nodeSize + 1;
      return positions.map((pos) => start + pos);
    };
    for (let step = 0; step < 200; step++) {
      const positions = textPositions();
      const at = positions[random(positions.length)] ?? 0;
      const kind = random(6);
      const tr = state.tr;
      if (kind === 0) tr.insertText(['суд', 'с', 'уд', ' ', 'x'][random(5)] ?? '', at);
      else if (kind === 1) tr.delete(at, Math.min(at + 1 + random(6), positions.at(-1) ?? at));
      else if (kind === 2) tr.split(at);
      else if (kind === 3) {
        const other = positions[random(positions.length)] ?? 0;
        tr.delete(Math.min(at, other), Math.max(at, other));
      } else if (kind === 4) {
        const current = findState(state).current;
        if (current) tr.insertText('суд', current.to);
      } else {
        // Two edits in one transaction: the second one's place is mapped through the first.
        tr.insertText('суд ', at);
        const other = tr.mapping.map(positions[random(positions.length)] ?? 0);
        tr.delete(other, Math.min(other + 3, tr.doc.content.size - 2));
      }
      state = state.apply(tr);
      const fresh = run(state, setFindQuery(findState(state).query));
      expect(found(state)).toEqual(found(fresh));
      expect(findState(state).count).toBe(findState(fresh).count);
      const current = findState(state).current;
      if (current) {
        const before = allMatches(findState(state)).filter((match) => match.from < current.from).length;
        expect(findState(state).currentIndex).toBe(before);
      }
      if (!current && random(3) === 0) state = run(state, goToMatch(1));
    }
  });
});
