import type { PackV1 } from './pack-v1';

/** A small valid pack for tests; each test breaks one thing in a copy. */
export function validPack(overrides: Partial<PackV1> = {}): PackV1 {
  return {
    format: 'casedraft.pack',
    formatVersion: 1,
    id: 'test-pack',
    version: 1,
    title: 'Тестовый пакет',
    language: 'ru',
    cases: [
      {
        id: 'case-one',
        title: 'Дело о займе',
        branch: 'civil',
        actType: 'civil-decision',
        language: 'ru',
        instructions: 'Составьте решение.',
        materials: [
          { id: 'claim', title: 'Иск', blocks: [{ type: 'paragraph', text: 'Истец просит взыскать долг.' }] },
        ],
      },
    ],
    ...overrides,
  };
}

export function bytesOf(value: unknown): Uint8Array {
  return new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
}
