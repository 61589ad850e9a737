import { describe, expect, it } from 'vitest';
import { UI_LOCALES } from '../locales';
import { catalogs, namespaces } from '.';

/** The renderer's source files, by path relative to this folder ('./…' being the catalogs themselves). */
const RENDERER_SOURCE = import.meta.glob<string>('../../**/*.{ts,tsx}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The keys the renderer's source passes to `t(…)`: literals whole, templates up to their first `${`. */
function keysPassedToT(): { literal: Set<string>; prefixes: Set<string> } {
  const literal = new Set<string>();
  const prefixes = new Set<string>();
  for (const [path, source] of Object.entries(RENDERER_SOURCE)) {
    if (path.startsWith('./')) continue;
    for (const match of source.matchAll(/\bt\(\s*(?:'([^'\n]+)'|"([^"\n]+)"|`([^`]*)`)/g)) {
      const template = match[3];
      if (template === undefined) literal.add(match[1] ?? match[2] ?? '');
      else if (template.includes('${')) prefixes.add(template.slice(0, template.indexOf('${')));
      else literal.add(template);
    }
  }
  return { literal, prefixes };
}

describe('message namespaces', () => {
  it('declare each key once, so that no namespace silently overrides another', () => {
    const declaredBy = new Map<string, number>();
    namespaces.forEach((namespace, index) => {
      for (const key of Object.keys(namespace.en)) {
        expect(declaredBy.get(key), `${key} is declared by two namespaces`).toBeUndefined();
        declaredBy.set(key, index);
      }
    });
    expect(declaredBy.size).toBe(Object.keys(catalogs.en).length);
  });

  it('give every language exactly the keys of English, namespace by namespace', () => {
    for (const namespace of namespaces) {
      const english = Object.keys(namespace.en).sort();
      for (const locale of UI_LOCALES) expect(Object.keys(namespace[locale]).sort()).toEqual(english);
    }
  });

  it('have a message for every key the renderer passes to t()', () => {
    const { literal, prefixes } = keysPassedToT();
    const keys = Object.keys(catalogs.en);
    // a sanity floor: the scan must find the renderer's calls, or the checks below prove nothing
    expect(literal.size).toBeGreaterThan(100);
    expect([...literal].filter((key) => !Object.hasOwn(catalogs.en, key))).toEqual([]);
    expect([...prefixes].filter((prefix) => !keys.some((key) => key.startsWith(prefix)))).toEqual([]);
  });
});
