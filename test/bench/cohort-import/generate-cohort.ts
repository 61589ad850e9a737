import { civilDecision } from '../../../renderer/src/domain/act/templates/civil-decision';
import type { ReadCohortFile } from '../../../renderer/src/domain/review/cohort-files';
import {
  encodeSubmission,
  sealSubmission,
  submissionFileName,
} from '../../../renderer/src/domain/submission/submission';
import type { Worksheet } from '../../../renderer/src/domain/worksheet/worksheet';
import { ACT_100_PAGES, generateAct } from '../editor/generate-act';
import type { PackShape } from '../pack-import/generate-pack';
import { mulberry32 } from '../random';

/** The pack the cohort answers: one civil case (`case-001`, a civil decision) and a small scan. */
export const COHORT_PACK: PackShape = { cases: 1, attachmentBytes: 256 * 1024, pngEvery: 10, seed: 20261207 };
/** What generatePack names the pack and its first case. */
export const COHORT_CASE = { packId: 'bench-pack', packVersion: 1, caseId: 'case-001' } as const;

export interface CohortShape {
  submissions: number;
  seed: number;
}

/** A programme's cohort (issue 12): 150 trainees, each sending a 100-page act with a filled-in worksheet. */
export const COHORT_150: CohortShape = { submissions: 150, seed: 20261208 };

/**
 * A cohort's `.cdsub` files for COHORT_CASE, as the app exports them (sealSubmission + encodeSubmission, format
 * version 2): each by a different participant, each act a different 100-page act (the editor benchmark's
 * generateAct with its own seed: citations, evidence links, lists), each with a worksheet of facts with evidence,
 * issues, norms, an analysis and conclusions. Deterministic. Yields between files so the page stays alive.
 */
export async function generateCohort(shape: CohortShape = COHORT_150): Promise<ReadCohortFile[]> {
  const files: ReadCohortFile[] = [];
  for (let index = 0; index < shape.submissions; index++) {
    const random = mulberry32(shape.seed + index);
    const participant = participantName(index);
    const document = generateAct(civilDecision, { ...ACT_100_PAGES, seed: shape.seed * 7 + index });
    const exportedAt = new Date(Date.UTC(2026, 10, 20, 9, 0, 0) + index * 61_000).toISOString();
    const submission = await sealSubmission({
      format: 'casedraft.submission',
      formatVersion: 2,
      participant: { name: participant },
      pack: { id: COHORT_CASE.packId, version: COHORT_CASE.packVersion, title: 'Пакет для замера импорта' },
      case: { id: COHORT_CASE.caseId, title: 'Дело № 1', actType: civilDecision.id, language: 'ru' },
      createdAt: '2026-11-20T08:00:00.000Z',
      exportedAt,
      app: { name: 'CaseDraft', version: '0.1.0' },
      document: document.toJSON() as Record<string, unknown>,
      worksheet: worksheet(random),
    });
    files.push({
      name: submissionFileName(participant, COHORT_CASE.caseId),
      bytes: encodeSubmission(submission),
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return files;
}

const FIRST_NAMES = [
  'Асель',
  'Ерлан',
  'Динара',
  'Нурлан',
  'Айгерим',
  'Бауыржан',
  'Мария',
  'Олег',
  'Жанар',
  'Тимур',
];
const LAST_NAMES = [
  'Нурланова',
  'Ахметов',
  'Сергеева',
  'Жумабаев',
  'Ким',
  'Исаева',
  'Оспанов',
  'Петрова',
  'Абенов',
  'Ли',
];

/** 150 different names: first × last, with a number past a hundred. */
function participantName(index: number): string {
  const first = FIRST_NAMES[index % FIRST_NAMES.length]!;
  const last = LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length]!;
  const round = Math.floor(index / (FIRST_NAMES.length * LAST_NAMES.length));
  return round ? `${first} ${last} ${round + 1}` : `${first} ${last}`;
}

const FACTS = [
  'Между истцом и ответчиком 12 марта 2024 года заключён договор займа на сумму 3 000 000 тенге',
  'Ответчик получил денежные средства, что подтверждается распиской',
  'Срок возврата займа истёк 12 марта 2025 года, долг не возвращён',
  'Истец направил ответчику претензию, оставленную без ответа',
];
const NOTE =
  'Доказательство относимо и допустимо, получено в установленном законом порядке, согласуется с пояснениями ' +
  'сторон и другими материалами дела; в совокупности достаточно для вывода суда. ';

/** A filled-in worksheet of about 20 KB. */
function worksheet(random: () => number): Worksheet {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  return {
    facts: Array.from({ length: 12 }, () => ({
      statement: pick(FACTS),
      evidence: ['text-1', 'scan-1'].slice(0, 1 + Math.floor(random() * 2)),
      assessment: NOTE.repeat(1 + Math.floor(random() * 3)),
    })),
    issues: FACTS.map((fact) => ({ question: `Установлено ли, что ${fact.toLowerCase()}?` })),
    norms: [
      { text: 'Договор займа', code: 'ГК РК', article: '715', part: '1', paragraph: '' },
      { text: 'Обязанность возвратить заём', code: 'ГК РК', article: '722', part: '1', paragraph: '' },
      { text: 'Решение суда', code: 'ГПК РК', article: '223', part: '', paragraph: '' },
    ],
    analysis: NOTE.repeat(30 + Math.floor(random() * 30)),
    conclusions: [{ claim: 'Взыскание долга по договору займа', conclusion: NOTE.repeat(3) }],
  };
}
