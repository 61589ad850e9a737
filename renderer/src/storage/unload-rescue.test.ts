import { beforeEach, describe, expect, it } from 'vitest';
import { emptyWorksheet } from '../domain/worksheet/worksheet';
import { clearRescueCopy, readRescueCopy, writeRescueCopy } from './unload-rescue';

/** Node has no localStorage; a Map-backed stand-in with the same three methods. */
beforeEach(() => {
  const items = new Map<string, string>();
  globalThis.localStorage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  } as Storage;
});

const thisWindow = { baseRevision: 3, writer: 'window-a' };

describe('rescue copies written at unload', () => {
  it('give back their text with the revision it was typed over', () => {
    writeRescueCopy(
      'p/c',
      { documentJson: JSON.stringify({ text: 'newest' }) },
      thisWindow,
      new Date('2026-11-22T10:00:05Z'),
    );
    expect(readRescueCopy('p/c')).toEqual({
      content: { document: { text: 'newest' } },
      writtenAt: '2026-11-22T10:00:05.000Z',
      baseRevision: 3,
    });
  });

  it('are dropped when unreadable', () => {
    localStorage.setItem('casedraft.unsaved.p/c', '{broken');
    expect(readRescueCopy('p/c')).toBeUndefined();
    expect(localStorage.getItem('casedraft.unsaved.p/c')).toBeNull();
  });

  it('carry the worksheet with the document', () => {
    const worksheet = { ...emptyWorksheet('general'), analysis: 'Последняя мысль' };
    writeRescueCopy('p/c', { documentJson: JSON.stringify({ text: 'act' }), worksheet }, thisWindow);
    expect(readRescueCopy('p/c')?.content).toEqual({ document: { text: 'act' }, worksheet });
  });

  it('written before copies named their revision give back their document over an unknown revision', () => {
    const copy = { writtenAt: '2026-11-22T10:00:05.000Z', document: { text: 'old copy' } };
    localStorage.setItem('casedraft.unsaved.p/c', JSON.stringify(copy));
    expect(readRescueCopy('p/c')).toEqual({
      content: { document: { text: 'old copy' } },
      writtenAt: '2026-11-22T10:00:05.000Z',
      baseRevision: undefined,
    });
  });

  it('are cleared by a save of the window that wrote them, and only by that window', () => {
    writeRescueCopy('p/c', { documentJson: JSON.stringify({ text: 'typed in A as it closed' }) }, thisWindow);
    clearRescueCopy('p/c', 'window-b');
    expect(readRescueCopy('p/c')?.content).toEqual({ document: { text: 'typed in A as it closed' } });
    clearRescueCopy('p/c', 'window-a');
    expect(readRescueCopy('p/c')).toBeUndefined();
  });

  it('hold the document as JSON inside the copy, in the format copies have always had', () => {
    const worksheet = { ...emptyWorksheet('general'), analysis: 'Вывод' };
    const document = { type: 'doc', content: [{ type: 'text', text: 'с "кавычками" \\ и\nстрокой' }] };
    const at = new Date('2026-11-22T10:00:05Z');
    writeRescueCopy('p/c', { documentJson: JSON.stringify(document), worksheet }, thisWindow, at);
    const written = { writtenAt: '2026-11-22T10:00:05.000Z', ...thisWindow, document, worksheet };
    expect(localStorage.getItem('casedraft.unsaved.p/c')).toBe(JSON.stringify(written));
    writeRescueCopy('p/c', { documentJson: JSON.stringify(document) }, thisWindow, at);
    expect(localStorage.getItem('casedraft.unsaved.p/c')).toBe(
      JSON.stringify({ ...written, worksheet: undefined }),
    );
  });

  it('are cleared whoever wrote them once the case has opened with them', () => {
    writeRescueCopy('p/c', { documentJson: JSON.stringify({ text: 'x' }) }, thisWindow);
    clearRescueCopy('p/c');
    expect(readRescueCopy('p/c')).toBeUndefined();
  });
});
