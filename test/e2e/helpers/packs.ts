import { sha256HexOfBytes } from '../../../renderer/src/domain/integrity/sha256';
import type { PackV2 } from '../../../renderer/src/domain/pack/pack-v2';
import { writePackArchive } from '../../../renderer/src/domain/pack/write-pack';
import { makePdf } from './pdf';

export const RECEIPT_LINES = [
  'RECEIPT No 17',
  'Received 500 000 tenge from A. Seitkali',
  'Karaganda, 12 March 2025',
];

/**
 * A `.cdpack` as `npm run pack` builds it: one case with a rich-text claim and a scanned receipt as a PDF.
 * `html` replaces the claim's text (a hostile or a corrected pack whose digests are still right).
 */
export async function makeCdpack(
  options: { id?: string; title?: string; html?: string; version?: number; timeLimitMinutes?: number } = {},
): Promise<Buffer> {
  const claimHtml =
    options.html ?? '<h2>Исковое заявление</h2><p>Истец просит взыскать <strong>500 000</strong> тенге.</p>';
  const files = new Map<string, Uint8Array>([
    ['cases/receipt-case/claim.html', new TextEncoder().encode(claimHtml)],
    ['cases/receipt-case/receipt.pdf', makePdf(RECEIPT_LINES)],
  ]);
  const digest = async (file: string) => sha256HexOfBytes(files.get(file)!);
  const manifest: PackV2 = {
    format: 'casedraft.pack',
    formatVersion: 2,
    id: options.id ?? 'receipt-pack',
    version: options.version ?? 1,
    title: options.title ?? 'Пакет с PDF-вложением',
    language: 'ru',
    cases: [
      {
        id: 'receipt-case',
        title: 'Сейткали к Ахметову о взыскании долга по расписке',
        branch: 'civil',
        actType: 'civil-decision',
        language: 'ru',
        instructions: 'Изучите расписку и составьте решение.',
        ...(options.timeLimitMinutes ? { timeLimitMinutes: options.timeLimitMinutes } : {}),
        materials: [
          {
            id: 'claim',
            title: 'Исковое заявление',
            file: 'cases/receipt-case/claim.html',
            mediaType: 'text/html',
            sha256: await digest('cases/receipt-case/claim.html'),
          },
          {
            id: 'receipt',
            title: 'Расписка (скан)',
            file: 'cases/receipt-case/receipt.pdf',
            mediaType: 'application/pdf',
            sha256: await digest('cases/receipt-case/receipt.pdf'),
          },
        ],
      },
    ],
  };
  return Buffer.from(writePackArchive(manifest, files));
}
