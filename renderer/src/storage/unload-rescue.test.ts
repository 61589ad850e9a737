import { beforeEach, describe, expect, it } from 'vitest';
import { emptyWorksheet } from '../domain/worksheet/worksheet';
import { clearRescueCopy, newerRescueCopy, writeRescueCopy } from './unload-rescue';

/** Node has no localStorage; a Map-backed stand-in with the same three methods. */
beforeEach(() => {
  const items = new Map<string, string>();
  globalThis.localStorage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  } as Storage;
});

describe('rescue copies written at unload', () => {
  it('give back text newer than the last save', () => {
    writeRescueCopy('p/c', { documentJson: '{"text":"newest"}' }, new Date('2026-11-22T10:00:05Z'));
    expect(newerRescueCopy('p/c', '2026-11-22T10:00:04.000Z')).toEqual({ document: { text: 'newest' } });
  });

  it('give back text for a draft never saved at all', () => {
    writeRescueCopy('p/c', { documentJson: '{"text":"first words"}' });
    expect(newerRescueCopy('p/c', undefined)).toEqual({ document: { text: 'first words' } });
  });

  it('are dropped once a later save (this window’s or another’s) has landed', () => {
    writeRescueCopy('p/c', { documentJson: '{"text":"older"}' }, new Date('2026-11-22T10:00:05Z'));
    expect(newerRescueCopy('p/c', '2026-11-22T10:00:06.000Z')).toBeUndefined();
    expect(localStorage.getItem('casedraft.unsaved.p/c')).toBeNull();
  });

  it('are dropped when unreadable', () => {
    localStorage.setItem('casedraft.unsaved.p/c', '{broken');
    expect(newerRescueCopy('p/c', undefined)).toBeUndefined();
    expect(localStorage.getItem('casedraft.unsaved.p/c')).toBeNull();
  });

  it('carry the worksheet with the document', () => {
    const worksheet = { ...emptyWorksheet('general'), analysis: 'Последняя мысль' };
    writeRescueCopy('p/c', { documentJson: '{"text":"act"}', worksheet }, new Date('2026-11-22T10:00:05Z'));
    expect(newerRescueCopy('p/c', '2026-11-22T10:00:04.000Z')).toEqual({
      document: { text: 'act' },
      worksheet,
    });
  });

  it('hold the document as JSON inside the copy, in the format copies have always had', () => {
    const worksheet = { ...emptyWorksheet('general'), analysis: 'Вывод' };
    const document = { type: 'doc', content: [{ type: 'text', text: 'с "кавычками" \\ и\nстрокой' }] };
    writeRescueCopy(
      'p/c',
      { documentJson: JSON.stringify(document), worksheet },
      new Date('2026-11-22T10:00:05Z'),
    );
    const written = { writtenAt: '2026-11-22T10:00:05.000Z', document, worksheet };
    expect(localStorage.getItem('casedraft.unsaved.p/c')).toBe(JSON.stringify(written));
    writeRescueCopy('p/c', { documentJson: JSON.stringify(document) }, new Date('2026-11-22T10:00:05Z'));
    expect(localStorage.getItem('casedraft.unsaved.p/c')).toBe(
      JSON.stringify({ ...written, worksheet: undefined }),
    );
  });

  it('written before the worksheet existed still give back their document', () => {
    const copy = { writtenAt: '2026-11-22T10:00:05.000Z', document: { text: 'old copy' } };
    localStorage.setItem('casedraft.unsaved.p/c', JSON.stringify(copy));
    expect(newerRescueCopy('p/c', '2026-11-22T10:00:04.000Z')).toEqual({ document: { text: 'old copy' } });
  });

  it('are cleared after a successful save', () => {
    writeRescueCopy('p/c', { documentJson: '{"text":"x"}' });
    clearRescueCopy('p/c');
    expect(newerRescueCopy('p/c', undefined)).toBeUndefined();
  });
});
