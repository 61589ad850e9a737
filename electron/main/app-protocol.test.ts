import { describe, expect, it, vi } from 'vitest';
import { registerAppSchemePrivileges, serveRendererOverAppProtocol } from './app-protocol';

const protocol = vi.hoisted(() => ({ registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }));

vi.mock('electron', () => ({ protocol }));

describe('app protocol', () => {
  it('registers app:// as a standard, secure, fetchable, streamable scheme without bypassing the CSP', () => {
    registerAppSchemePrivileges();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
    ]);
  });

  it('serves the renderer folder on app://', () => {
    serveRendererOverAppProtocol('/app/out/renderer');
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
