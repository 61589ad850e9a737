import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyWorksheet } from '../domain/worksheet/worksheet';
import { installTestLocalStorage } from './test-local-storage';
import { marksRescue } from './marks-rescue';
import { scored } from './test-marks';
import { clearRescueCopy, readRescueCopies, readRescueCopy, writeRescueCopy } from './unload-rescue';

beforeEach(installTestLocalStorage);

const windowA = '0b6f3c1e-7a52-4d8e-9f10-2c3d4e5f6a7b';
const windowB = '9e8d7c6b-5a49-4382-a716-f5e4d3c2b1a0';
const thisWindow = { baseRevision: 3, writer: windowA };

describe('rescue copies written at unload', () => {
  it('give back their text with the revision it was typed over and the window that wrote it', () => {
    writeRescueCopy(
      'p/c',
      { documentJson: JSON.stringify({ text: 'newest' }) },
      thisWindow,
      new Date('2026-11-22T10:00:05Z'),
    );
    expect(readRescueCopies('p/c')).toEqual([
      {
        content: { document: { text: 'newest' } },
        writtenAt: '2026-11-22T10:00:05.000Z',
        baseRevision: 3,
        writer: windowA,
      },
    ]);
  });

  it('are dropped when unreadable', () => {
    localStorage.setItem('casedraft.unsaved.p/c', '{broken');
    localStorage.setItem(`casedraft.unsaved.p/c.${windowB}`, '{broken');
    expect(readRescueCopies('p/c')).toEqual([]);
    expect(localStorage.length).toBe(0);
  });

  it('carry the worksheet with the document', () => {
    const worksheet = { ...emptyWorksheet('general'), analysis: 'Последняя мысль' };
    writeRescueCopy('p/c', { documentJson: JSON.stringify({ text: 'act' }), worksheet }, thisWindow);
    expect(readRescueCopy('p/c', windowA)?.content).toEqual({ document: { text: 'act' }, worksheet });
  });

  it('written before copies named their revision give back their document over an unknown revision', () => {
    const copy = { writtenAt: '2026-11-22T10:00:05.000Z', document: { text: 'old copy' } };
    localStorage.setItem('casedraft.unsaved.p/c', JSON.stringify(copy));
    expect(readRescueCopies('p/c')).toEqual([
      {
        content: { document: { text: 'old copy' } },
        writtenAt: '2026-11-22T10:00:05.000Z',
        baseRevision: undefined,
        writer: undefined,
      },
    ]);
  });

  it('of two windows both survive, whichever closes last', () => {
    writeRescueCopy(
      'p/c',
      { documentJson: JSON.stringify({ text: 'B, stopped by a conflict' }) },
      {
        baseRevision: 2,
        writer: windowB,
      },
    );
    writeRescueCopy('p/c', { documentJson: JSON.stringify({ text: 'A, reloaded' }) }, thisWindow);
    expect(readRescueCopies('p/c').map((copy) => copy.content.document)).toEqual(
      expect.arrayContaining([{ text: 'B, stopped by a conflict' }, { text: 'A, reloaded' }]),
    );
  });

  it('are cleared by the window that wrote them, and only by that window, without reading any copy', () => {
    writeRescueCopy('p/c', { documentJson: JSON.stringify({ text: 'typed in A as it closed' }) }, thisWindow);
    const read = vi.spyOn(localStorage, 'getItem');
    const parse = vi.spyOn(JSON, 'parse');
    clearRescueCopy('p/c', windowB);
    expect(readRescueCopy('p/c', windowA)?.content).toEqual({
      document: { text: 'typed in A as it closed' },
    });
    read.mockClear();
    parse.mockClear();
    clearRescueCopy('p/c', windowA);
    expect(read).not.toHaveBeenCalled();
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(readRescueCopies('p/c')).toEqual([]);
  });

  it('of another draft whose key begins with this one are not this draft’s', () => {
    writeRescueCopy('p/c.2', { documentJson: JSON.stringify({ text: 'other case' }) }, thisWindow);
    localStorage.setItem('casedraft.unsaved.p/c.2', JSON.stringify({ writtenAt: 'x', document: {} }));
    expect(readRescueCopies('p/c')).toEqual([]);
    expect(readRescueCopies('p/c.2')).toHaveLength(2);
  });

  it('hold the document as JSON inside the copy, in the format copies have always had', () => {
    const worksheet = { ...emptyWorksheet('general'), analysis: 'Вывод' };
    const document = { type: 'doc', content: [{ type: 'text', text: 'с "кавычками" \\ и\nстрокой' }] };
    const at = new Date('2026-11-22T10:00:05Z');
    writeRescueCopy('p/c', { documentJson: JSON.stringify(document), worksheet }, thisWindow, at);
    const written = { writtenAt: '2026-11-22T10:00:05.000Z', ...thisWindow, document, worksheet };
    const key = `casedraft.unsaved.p/c.${windowA}`;
    expect(localStorage.getItem(key)).toBe(JSON.stringify(written));
    writeRescueCopy('p/c', { documentJson: JSON.stringify(document) }, thisWindow, at);
    expect(localStorage.getItem(key)).toBe(JSON.stringify({ ...written, worksheet: undefined }));
  });

  it('report when storage is full and nothing was written', () => {
    vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(writeRescueCopy('p/c', { documentJson: '{}' }, thisWindow)).toBe(false);
    expect(readRescueCopies('p/c')).toEqual([]);
  });

  it('of a trainer’s marks lie on a shelf of their own, apart from drafts’ copies', () => {
    marksRescue.write('p/c', scored({ form: 4 }), thisWindow, new Date('2026-11-22T10:00:05Z'));
    writeRescueCopy('p/c', { documentJson: JSON.stringify({ text: 'act' }) }, thisWindow);
    expect(readRescueCopies('p/c').map(({ content }) => content)).toEqual([{ document: { text: 'act' } }]);
    expect(marksRescue.readAll('p/c')).toEqual([
      {
        content: { sheet: scored({ form: 4 }) },
        writtenAt: '2026-11-22T10:00:05.000Z',
        baseRevision: 3,
        writer: windowA,
      },
    ]);
    clearRescueCopy('p/c', windowA);
    expect(marksRescue.readAll('p/c')).toHaveLength(1);
  });
});
