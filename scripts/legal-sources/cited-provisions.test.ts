import { describe, expect, it } from 'vitest';
import { CODE_SOURCES, citedProvisions, readLegalSources, withCitedProvisions } from './cited-provisions';

describe('docs/legal-sources.md, the provisions the templates cite', () => {
  it('lists every provision the bundled templates cite, as they cite it now (npm run legal:sources)', async () => {
    const page = await readLegalSources();
    expect(page).toBe(await withCitedProvisions(page));
  });

  it('marks nothing confirmed without a source', () => {
    const unsourced = citedProvisions().filter(
      (provision) => provision.verification === 'confirmed' && !provision.source,
    );
    expect(unsourced).toEqual([]);
  });

  it('knows a source for every code a template cites as confirmed', () => {
    expect(Object.keys(CODE_SOURCES)).toEqual(
      expect.arrayContaining(['ГПК РК', 'УПК РК', 'АППК РК', 'КоАП РК']),
    );
    expect(citedProvisions().some((provision) => provision.provision === 'ГПК РК ст. 403 ч.3')).toBe(true);
  });
});
