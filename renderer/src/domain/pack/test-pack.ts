import type { ActTemplate } from '../act/template';
import { findActTemplate } from '../act/templates';
import { sha256HexOfBytes } from '../integrity/sha256';
import type { PackKeyV1 } from './key-v1';
import type { ReadPack } from './pack';
import { packFromV1 } from './pack-from-v1';
import { manifestDigest } from './read-pack';
import type { PackV1 } from './pack-v1';
import type { PackV2, PackV2Material } from './pack-v2';
import type { PackV3 } from './pack-v3';
import { writePackArchive } from './write-pack';

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

/** A pack as the importer hands it to storage. */
export async function readPackOf(pack: PackV1 = validPack()): Promise<ReadPack> {
  return { pack: packFromV1(pack), attachments: [], digest: await manifestDigest(pack) };
}

export function bytesOf(value: unknown): Uint8Array {
  return new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
}

/** The smallest file a PDF reader opens: one empty page. */
export const MINIMAL_PDF = bytesOf(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export interface ArchiveSource {
  manifest: PackV2;
  files: Map<string, Uint8Array>;
}

/** A valid version-2 pack source: one case with a rich-text claim and a PDF receipt. Break a copy, then zip it. */
export async function validArchiveSource(): Promise<ArchiveSource> {
  const files = new Map<string, Uint8Array>([
    ['cases/case-one/claim.html', bytesOf('<h2>Исковое заявление</h2><p>Истец просит взыскать долг.</p>')],
    ['cases/case-one/receipt.pdf', MINIMAL_PDF],
  ]);
  const material = async (
    id: string,
    title: string,
    file: string,
    mediaType: PackV2Material['mediaType'],
  ) => ({
    id,
    title,
    file,
    mediaType,
    sha256: await sha256HexOfBytes(files.get(file) ?? new Uint8Array()),
  });
  // The same pack and case as validPack(), with its materials as files.
  const {
    cases: [{ materials: _blocks, ...firstCase }],
    ...manifest
  } = validPack() as PackV1 & { cases: [PackV1['cases'][number]] };
  return {
    files,
    manifest: {
      ...manifest,
      formatVersion: 2,
      cases: [
        {
          ...firstCase,
          materials: [
            await material('claim', 'Иск', 'cases/case-one/claim.html', 'text/html'),
            await material('receipt', 'Расписка', 'cases/case-one/receipt.pdf', 'application/pdf'),
          ],
        },
      ],
    },
  };
}

export function zipSource({ manifest, files }: ArchiveSource | ArchiveSourceV3): Uint8Array {
  return writePackArchive(manifest, files);
}

/**
 * A pack's own act template for tests: the built-in civil decision under another id and title, as an author
 * would start one.
 */
export function ownTemplate(id = 'tax-dispute-decision'): ActTemplate {
  const template = JSON.parse(JSON.stringify(findActTemplate('civil-decision'))) as ActTemplate;
  return {
    ...template,
    id,
    title: { ru: 'Решение по налоговому спору', kk: 'Салық дауы бойынша шешім' },
  };
}

export interface ArchiveSourceV3 {
  manifest: PackV3;
  files: Map<string, Uint8Array>;
}

/** The valid version-2 source as version 3, its case drafted on a template the pack carries. */
export async function validArchiveSourceV3(): Promise<ArchiveSourceV3> {
  const { manifest, files } = await validArchiveSource();
  const template = ownTemplate();
  return {
    files,
    manifest: {
      ...manifest,
      formatVersion: 3,
      templates: [template],
      cases: manifest.cases.map((packCase) => ({ ...packCase, actType: template.id })),
    },
  };
}

/** Text that compresses like prose, not like one letter repeated (which the ratio check refuses first). */
export function variedText(length: number): string {
  const letters = 'абвгдежзийклмнопрстуфхцчшщыэюя ';
  let seed = 1;
  // Made as UTF-16 code units and decoded at once: an array of two million one-letter strings took seconds.
  const units = new Uint16Array(length);
  for (let i = 0; i < length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    units[i] = letters.charCodeAt((seed >>> 16) % letters.length);
  }
  return new TextDecoder('utf-16le').decode(units);
}

/** A small valid trainer key for the test pack; each test breaks one thing in a copy. */
export function validKey(overrides: Partial<PackKeyV1> = {}): PackKeyV1 {
  return {
    format: 'casedraft.key',
    formatVersion: 1,
    packId: 'test-pack',
    packVersion: 2,
    cases: [
      {
        caseId: 'case-one',
        modelAnswer: '<h2>Резолютивная часть</h2><p>Иск удовлетворить.</p>',
        gradingNotes: '<ul><li>Статья 715 ГК РК.</li></ul>',
      },
    ],
    ...overrides,
  };
}
