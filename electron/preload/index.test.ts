import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../ipc/channels';
import { ipcContract, type PreloadApi } from '../ipc/contract';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn((channel: string) => Promise.resolve(`response of ${channel}`)),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke, send: vi.fn(), on: vi.fn() },
}));

let api: PreloadApi;

beforeAll(async () => {
  await import('./index');
  api = electron.exposeInMainWorld.mock.calls[0]?.[1] as PreloadApi;
});

describe('preload', () => {
  it('exposes exactly one object, window.api, with one function per channel of the contract', () => {
    expect(electron.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(electron.exposeInMainWorld.mock.calls[0]?.[0]).toBe('api');
    expect(Object.keys(api).sort()).toEqual(Object.keys(ipcContract).sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });

  it('calls each channel of the contract by its own name', async () => {
    electron.invoke.mockClear();
    const methods = Object.keys(IPC_CHANNELS) as (keyof typeof IPC_CHANNELS)[];
    for (const method of methods) await (api[method] as (request?: unknown) => Promise<unknown>)();
    expect(electron.invoke.mock.calls.map(([channel]) => channel)).toEqual(
      methods.map((method) => IPC_CHANNELS[method]),
    );
  });

  it('never exposes ipcRenderer or any of its methods', () => {
    const exposed: unknown[] = Object.values(api);
    expect(exposed).not.toContain(electron.invoke);
  });

  it('maps each function to its channel and passes the request through', async () => {
    electron.invoke.mockClear();
    const openRequest = { title: 'Открыть', filters: [] };
    const saveRequest = {
      title: 'Сохранить',
      suggestedName: 'a.cdsub',
      filters: [],
      bytes: new Uint8Array([1]),
    };

    await expect(api.openFile(openRequest)).resolves.toBe('response of file:open');
    await expect(api.saveFile(saveRequest)).resolves.toBe('response of file:save');
    await expect(api.appInfo()).resolves.toBe('response of app:info');

    expect(electron.invoke.mock.calls).toEqual([
      ['file:open', openRequest],
      ['file:save', saveRequest],
      ['app:info', undefined],
    ]);
  });
});
