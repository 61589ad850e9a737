import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

/** The policy's directives and their sources. */
function directives(): Map<string, string[]> {
  return new Map(
    CONTENT_SECURITY_POLICY.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const sources = (name: string): string[] => directives().get(name) ?? [];

describe('CONTENT_SECURITY_POLICY', () => {
  it('runs only the app’s own scripts: nothing inline, nothing evaluated, no WebAssembly compiled', () => {
    expect(sources('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|nonce-|sha256-/);
  });

  it('loads nothing from outside the app: every source is the app itself, data: or blob:', () => {
    const allowed = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']);
    for (const [name, list] of directives()) {
      for (const source of list) expect(allowed.has(source), `${name} ${source}`).toBe(true);
    }
  });

  it('lets the case-file reader work offline', () => {
    // pdf.js's worker is a file of the app, and fetches the character maps, fonts and decoders shipped with it.
    expect(sources('worker-src')).toContain("'self'");
    expect(sources('connect-src')).toEqual(["'self'"]);
    // Scans and photos are shown through object URLs of the stored files.
    expect(sources('img-src')).toContain('blob:');
  });

  it('embeds, submits and frames nothing', () => {
    for (const name of ['object-src', 'frame-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(sources(name), name).toEqual(["'none'"]);
    }
  });
});
