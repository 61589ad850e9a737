import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, type IpcMethod } from '../ipc/channels';
import type { IpcRequest } from '../ipc/contract';
import { MAX_EXTENSIONS_PER_FILTER, MAX_FILE_BYTES, MAX_FILTERS } from '../ipc/limits';
import { parseIpcRequest } from './ipc-validation';

const goodFilters = [{ name: 'Пакет дела', extensions: ['cdpack', 'ZIP'] }];
const goodOpenRequest = { title: 'Открыть пакет дела', filters: goodFilters };
const goodSaveRequest = {
  title: 'Сохранить работу',
  suggestedName: 'Иванов-civil-loan.cdsub',
  filters: goodFilters,
  bytes: new Uint8Array([1, 2, 3]),
};

/** A Uint8Array that claims to be over the limit without allocating 200 MB. */
function oversizedBytes(): Uint8Array {
  const bytes = new Uint8Array(1);
  Object.defineProperty(bytes, 'byteLength', { value: MAX_FILE_BYTES + 1 });
  return bytes;
}

/** The bad values every request shape shares, as [description, patch, field named in the error]. */
const badCommonFields: [string, Record<string, unknown>, string][] = [
  ['title missing', { title: undefined }, 'title'],
  ['title not a string', { title: 42 }, 'title'],
  ['title empty', { title: '' }, 'title'],
  ['title too long', { title: 'x'.repeat(201) }, 'title'],
  ['filters not an array', { filters: 'cdpack' }, 'filters'],
  ['too many filters', { filters: Array.from({ length: MAX_FILTERS + 1 }, () => goodFilters[0]) }, 'filters'],
  ['filter not an object', { filters: ['cdpack'] }, 'filters[0]'],
  ['filter with an extra key', { filters: [{ ...goodFilters[0], exec: true }] }, 'filters[0].exec'],
  ['filter name missing', { filters: [{ extensions: ['zip'] }] }, 'filters[0].name'],
  ['filter name too long', { filters: [{ name: 'n'.repeat(101), extensions: ['zip'] }] }, 'filters[0].name'],
  ['extensions not an array', { filters: [{ name: 'n', extensions: 'zip' }] }, 'filters[0].extensions'],
  [
    'too many extensions',
    {
      filters: [{ name: 'n', extensions: Array.from({ length: MAX_EXTENSIONS_PER_FILTER + 1 }, () => 'a') }],
    },
    'filters[0].extensions',
  ],
  ['extension with a dot', { filters: [{ name: 'n', extensions: ['.zip'] }] }, 'filters[0].extensions[0]'],
  ['wildcard extension', { filters: [{ name: 'n', extensions: ['zip', '*'] }] }, 'filters[0].extensions[1]'],
  [
    'extension with a separator',
    { filters: [{ name: 'n', extensions: ['a/b'] }] },
    'filters[0].extensions[0]',
  ],
  [
    'extension too long',
    { filters: [{ name: 'n', extensions: ['a'.repeat(17)] }] },
    'filters[0].extensions[0]',
  ],
  ['extension not a string', { filters: [{ name: 'n', extensions: [7] }] }, 'filters[0].extensions[0]'],
  ['unknown top-level key', { path: '/etc/passwd' }, 'request.path'],
];

const parseOpenFileRequest = (input: unknown) => parseIpcRequest('openFile', input);
const parseSaveFileRequest = (input: unknown) => parseIpcRequest('saveFile', input);
const goodWriteToFolderRequest = {
  folder: '5b0f4a52-8a61-4c1b-9d0e-3f8f2f7c1a20',
  name: 'Иванов-civil-loan.cdfb',
  bytes: new Uint8Array([1, 2, 3]),
};
const parseChooseFolderRequest = (input: unknown) => parseIpcRequest('chooseFolder', input);
const parseWriteToFolderRequest = (input: unknown) => parseIpcRequest('writeToFolder', input);
const parseAppInfoRequest = (input: unknown) => parseIpcRequest('appInfo', input);

/** One valid request per channel; typed so that a channel added to the contract without one fails to compile. */
const validRequests: { [M in IpcMethod]: IpcRequest<M> } = {
  openFile: goodOpenRequest,
  saveFile: goodSaveRequest,
  chooseFolder: { title: 'Папка для файлов отзыва' },
  writeToFolder: goodWriteToFolderRequest,
  appInfo: undefined,
};

describe('every channel of the contract', () => {
  const methods = Object.keys(IPC_CHANNELS) as IpcMethod[];

  it.each(methods)('%s accepts its valid request', (method) => {
    expect(parseIpcRequest(method, validRequests[method])).toEqual(validRequests[method]);
  });

  it.each(methods)('%s refuses a malformed request, saying it is an invalid IPC request', (method) => {
    expect(() => parseIpcRequest(method, { unexpected: true })).toThrow(/^Invalid IPC request: /);
    expect(() => parseIpcRequest(method, 'a string')).toThrow(/^Invalid IPC request: /);
  });
});

describe('the openFile request', () => {
  it('accepts a good request and returns a copy with only the known fields', () => {
    const parsed = parseOpenFileRequest(goodOpenRequest);
    expect(parsed).toEqual(goodOpenRequest);
    expect(parsed).not.toBe(goodOpenRequest);
  });

  it('accepts an empty filter list', () => {
    expect(parseOpenFileRequest({ title: 'Открыть', filters: [] }).filters).toEqual([]);
  });

  it.each([null, undefined, 'request', [goodOpenRequest], new Map()])(
    'rejects %s as the request',
    (input) => {
      expect(() => parseOpenFileRequest(input)).toThrow(/request: must be a plain object/);
    },
  );

  it.each(badCommonFields)('rejects %s, naming %s', (_description, patch, field) => {
    expect(() => parseOpenFileRequest({ ...goodOpenRequest, ...patch })).toThrow(field);
  });
});

describe('the saveFile request', () => {
  it('accepts a good request', () => {
    expect(parseSaveFileRequest(goodSaveRequest)).toEqual(goodSaveRequest);
  });

  it('accepts a Buffer, which is a Uint8Array', () => {
    expect(() => parseSaveFileRequest({ ...goodSaveRequest, bytes: Buffer.from('x') })).not.toThrow();
  });

  it.each<[string, Record<string, unknown>, string]>([
    ...badCommonFields,
    ['suggestedName missing', { suggestedName: undefined }, 'suggestedName'],
    ['suggestedName empty', { suggestedName: '' }, 'suggestedName'],
    ['suggestedName too long', { suggestedName: 'x'.repeat(256) }, 'suggestedName'],
    ['bytes missing', { bytes: undefined }, 'bytes'],
    ['bytes as a plain array', { bytes: [1, 2, 3] }, 'bytes'],
    ['bytes as an ArrayBuffer', { bytes: new ArrayBuffer(3) }, 'bytes'],
    ['bytes as a string', { bytes: 'abc' }, 'bytes'],
    ['bytes over the limit', { bytes: oversizedBytes() }, 'bytes'],
  ])('rejects %s, naming %s', (_description, patch, field) => {
    expect(() => parseSaveFileRequest({ ...goodSaveRequest, ...patch })).toThrow(field);
  });
});

describe('the chooseFolder request', () => {
  it.each<[string, unknown, string]>([
    ['no request', undefined, 'request: must be a plain object'],
    ['title missing', {}, 'request.title'],
    ['title empty', { title: '' }, 'request.title'],
    ['title too long', { title: 'x'.repeat(201) }, 'request.title'],
    [
      'a default path, which only the main process chooses',
      { title: 't', defaultPath: '/etc' },
      'request.defaultPath',
    ],
  ])('rejects %s, naming %s', (_description, input, field) => {
    expect(() => parseChooseFolderRequest(input)).toThrow(field);
  });
});

describe('the writeToFolder request', () => {
  it('accepts a good request', () => {
    expect(parseWriteToFolderRequest(goodWriteToFolderRequest)).toEqual(goodWriteToFolderRequest);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['folder missing', { folder: undefined }, 'request.folder'],
    ['folder as a path instead of a token', { folder: '/home/trainer/Documents' }, 'request.folder'],
    ['folder as a traversing path', { folder: '../../etc' }, 'request.folder'],
    ['name missing', { name: undefined }, 'request.name'],
    ['name empty', { name: '' }, 'request.name'],
    ['name too long', { name: 'x'.repeat(256) }, 'request.name'],
    ['bytes as a plain array', { bytes: [1, 2, 3] }, 'request.bytes'],
    ['bytes over the limit', { bytes: oversizedBytes() }, 'request.bytes'],
    ['an overwrite flag, which the contract does not offer', { overwrite: true }, 'request.overwrite'],
  ])('rejects %s, naming %s', (_description, patch, field) => {
    expect(() => parseWriteToFolderRequest({ ...goodWriteToFolderRequest, ...patch })).toThrow(field);
  });
});

describe('the appInfo request', () => {
  it('accepts no argument', () => {
    expect(() => parseAppInfoRequest(undefined)).not.toThrow();
  });

  it.each([null, {}, 'info'])('rejects %s', (input) => {
    expect(() => parseAppInfoRequest(input)).toThrow(/app:info/);
  });
});
