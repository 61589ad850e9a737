import { sha256HexOfBytes } from '../../../renderer/src/domain/integrity/sha256';
import type { PackV2, PackV2Material } from '../../../renderer/src/domain/pack/pack-v2';
import { mulberry32 } from '../random';

export interface PackShape {
  cases: number;
  /** Sum of all attachments' sizes. */
  attachmentBytes: number;
  /** Every this-many-th attachment is a PNG; the others are PDFs. */
  pngEvery: number;
  seed: number;
}

export const REALISTIC_PACK: PackShape = {
  cases: 100,
  attachmentBytes: 50 * 1024 * 1024,
  pngEvery: 10,
  seed: 20250601,
};

export interface GeneratedPack {
  manifest: PackV2;
  files: Map<string, Uint8Array>;
}

/**
 * A pack like a trainer's: each case has 2-3 rich-text materials (Russian HTML of a few KB) and 1-2 scans;
 * scans are PDF- or PNG-signed pseudo-random (incompressible) bytes, together `attachmentBytes`. Deterministic.
 */
export async function generatePack(shape: PackShape = REALISTIC_PACK): Promise<GeneratedPack> {
  const random = mulberry32(shape.seed);
  const files = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  const scansPerCase = Array.from({ length: shape.cases }, (_, i) => 1 + (i % 2));
  const sizes = splitBytes(
    shape.attachmentBytes,
    scansPerCase.reduce((a, b) => a + b, 0),
    random,
  );
  let scanIndex = 0;
  const cases: PackV2['cases'] = [];
  for (let c = 1; c <= shape.cases; c++) {
    const id = `case-${String(c).padStart(3, '0')}`;
    const materials: PackV2Material[] = [];
    const add = async (materialId: string, title: string, file: string, bytes: Uint8Array) => {
      const path = `cases/${id}/${file}`;
      files.set(path, bytes);
      const mediaType = file.endsWith('.html')
        ? 'text/html'
        : file.endsWith('.png')
          ? 'image/png'
          : 'application/pdf';
      materials.push({ id: materialId, title, file: path, mediaType, sha256: await sha256HexOfBytes(bytes) });
    };
    const texts = 2 + Math.floor(random() * 2);
    for (let t = 1; t <= texts; t++) {
      await add(`text-${t}`, TEXT_TITLES[t - 1]!, `text-${t}.html`, encoder.encode(richText(random)));
    }
    for (let s = 1; s <= scansPerCase[c - 1]!; s++) {
      const png = ++scanIndex % shape.pngEvery === 0;
      const bytes = scan(png ? PNG_SIGNATURE : PDF_SIGNATURE, sizes[scanIndex - 1]!, random);
      await add(`scan-${s}`, `Скан документа ${s}`, `scan-${s}.${png ? 'png' : 'pdf'}`, bytes);
    }
    cases.push({
      id,
      title: `Дело № ${c}: ${sentence(random, 4, 8).slice(0, 150)}`,
      branch: 'civil',
      actType: 'civil-decision',
      language: 'ru',
      instructions: 'Изучите материалы дела и составьте решение суда первой инстанции.',
      timeLimitMinutes: 90,
      materials,
    });
  }
  const manifest: PackV2 = {
    format: 'casedraft.pack',
    formatVersion: 2,
    id: 'bench-pack',
    version: 1,
    title: 'Пакет для замера импорта',
    language: 'ru',
    authors: ['Бенчмарк'],
    cases,
  };
  return { manifest, files };
}

const TEXT_TITLES = ['Исковое заявление', 'Отзыв на иск', 'Протокол судебного заседания'];
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]; // %PDF-1.7\n
/** A PNG signature and IHDR header declaring an A4 scan at 150 dpi (1240 × 1754), as the importer checks. */
const PNG_SIGNATURE = [
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x04, 0xd8, 0, 0,
  0x06, 0xda,
];

const WORDS = (
  'истец ответчик суд договор займа сумма долга расписка срок возврата проценты неустойка требование ' +
  'претензия доказательство свидетель показания заседание решение определение апелляционная жалоба ' +
  'гражданский кодекс статья часть пункт обязательство исполнение надлежащим образом ущерб возмещение ' +
  'представитель доверенность ходатайство экспертиза заключение оплата государственная пошлина взыскание ' +
  'имущество собственность аренда помещение акт приема передачи уведомление расторжение основание'
).split(' ');

function sentence(random: () => number, min: number, max: number): string {
  const length = min + Math.floor(random() * (max - min + 1));
  const words = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]!);
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

function paragraph(random: () => number): string {
  const count = 3 + Math.floor(random() * 4);
  return Array.from({ length: count }, () => `${sentence(random, 8, 18)}.`).join(' ');
}

/** 2-6 KB of HTML using only what packs may contain (see rich-text.ts): headings, paragraphs, lists, a table. */
function richText(random: () => number): string {
  const parts = [`<h2>${sentence(random, 2, 5)}</h2>`];
  const target = 2048 + Math.floor(random() * 4096);
  let bytes = 0;
  while (bytes < target) {
    const roll = random();
    let part: string;
    if (roll < 0.7) part = `<p>${paragraph(random)}</p>`;
    else if (roll < 0.8)
      part = `<p><strong>${sentence(random, 3, 6)}.</strong> <em>${paragraph(random)}</em></p>`;
    else if (roll < 0.9)
      part = `<ol>${Array.from({ length: 3 }, () => `<li>${sentence(random, 5, 10)};</li>`).join('')}</ol>`;
    else
      part =
        '<table><thead><tr><th>Дата</th><th>Сумма, тенге</th></tr></thead><tbody>' +
        `<tr><td>12.03.2024</td><td>${Math.floor(random() * 1e6)}</td></tr>` +
        `<tr><td>01.06.2024</td><td>${Math.floor(random() * 1e6)}</td></tr></tbody></table>`;
    parts.push(part);
    bytes += part.length * 2; // Cyrillic is two bytes a character in UTF-8
  }
  return parts.join('\n');
}

/** `total` split into `count` sizes of 0.3-1.7 × the mean, summing exactly to `total`. */
function splitBytes(total: number, count: number, random: () => number): number[] {
  const weights = Array.from({ length: count }, () => 0.3 + 1.4 * random());
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((weight) => Math.floor((weight / sum) * total));
  sizes[count - 1]! += total - sizes.reduce((a, b) => a + b, 0);
  return sizes;
}

/** A signature followed by pseudo-random bytes: as incompressible as a real scan's image streams. */
function scan(signature: number[], size: number, random: () => number): Uint8Array {
  const bytes = new Uint8Array(size);
  const words = new Uint32Array(bytes.buffer, 0, size >>> 2);
  for (let i = 0; i < words.length; i++) words[i] = (random() * 0x100000000) >>> 0;
  for (let i = words.length * 4; i < size; i++) bytes[i] = (random() * 256) | 0;
  bytes.set(signature);
  return bytes;
}
