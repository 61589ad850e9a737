import { makeCodeCheck, newCode } from '../../../domain/keys/code-check';
import { readKeyCard, type PublicIdentity } from '../../../domain/keys/identity';
import { examCodePurpose, type ExamCodes } from '../../../domain/pack/pack-v4';

/** Key cards pasted one a line (blank lines aside), or the first line (from 1) that is not one. */
export function readKeyCards(
  text: string,
): { ok: true; cards: PublicIdentity[] } | { ok: false; line: number } {
  const cards: PublicIdentity[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    const card = readKeyCard(line);
    if (!card) return { ok: false, line: index + 1 };
    cards.push(card);
  }
  return { ok: true, cards };
}

/** Which codes the trainer asked for, per timed case. */
export interface CodeChoice {
  caseId: string;
  caseTitle: string;
  start: boolean;
  extraTime: boolean;
}

/** The codes themselves, to show the trainer once; the pack holds only their checks. */
export interface IssuedCodes {
  caseId: string;
  caseTitle: string;
  start?: string;
  extraTime?: string;
}

/** Fresh codes for the cases the trainer chose, and the checks the signed pack carries. */
export async function issueExamCodes(
  packId: string,
  choices: readonly CodeChoice[],
): Promise<{ examCodes: Map<string, ExamCodes>; issued: IssuedCodes[] }> {
  const examCodes = new Map<string, ExamCodes>();
  const issued: IssuedCodes[] = [];
  for (const { caseId, caseTitle, ...wanted } of choices) {
    const codes: IssuedCodes = { caseId, caseTitle };
    const checks: ExamCodes = {};
    for (const kind of ['start', 'extraTime'] as const) {
      if (!wanted[kind]) continue;
      const code = newCode();
      codes[kind] = code;
      checks[kind] = await makeCodeCheck(code, examCodePurpose(kind, packId, caseId));
    }
    if (!checks.start && !checks.extraTime) continue;
    examCodes.set(caseId, checks);
    issued.push(codes);
  }
  return { examCodes, issued };
}
