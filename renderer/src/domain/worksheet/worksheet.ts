import { z } from 'zod';
import { CRIMINAL_QUESTION_IDS, type CriminalQuestionId } from './criminal-questions';

/**
 * The case-solving worksheet: the trainee's analysis beside the draft, in the stages of applying law
 * (shared/reference/judicial-acts-kz.md, "Case-solving method"): the facts and the evidence for each, the issues
 * to decide, the applicable norms, the analysis, and a conclusion on each claim. For criminal cases it also
 * answers the questions of УПК art. 390 (criminal-questions.ts). Stored with the draft and carried in
 * submissions (format version 2), so it is validated on every read: a submission file may have been edited.
 */

/** A fact to establish and what proves it. */
export interface WorksheetFact {
  statement: string;
  /** Ids of the case's materials (as in the pack) that bear on the fact. */
  evidence: string[];
  /** The assessment of that evidence: relevance, admissibility, reliability, sufficiency. */
  assessment: string;
}

/** A question the court has to decide. */
export interface WorksheetIssue {
  question: string;
}

/**
 * A norm that applies: free text, and optionally where it is, as the act schema's citation attributes hold it
 * (`code` «УПК РК», `article` «397», `part` «2», `paragraph` «1»); empty strings where not given.
 */
export interface WorksheetNorm {
  text: string;
  code: string;
  article: string;
  part: string;
  paragraph: string;
}

/** What was decided on one claim (or charge) and why. */
export interface WorksheetConclusion {
  claim: string;
  conclusion: string;
}

export interface Worksheet {
  facts: WorksheetFact[];
  issues: WorksheetIssue[];
  norms: WorksheetNorm[];
  analysis: string;
  conclusions: WorksheetConclusion[];
  /** Answers to the questions of УПК art. 390 by question id; present in criminal cases only. */
  criminalQuestions?: Partial<Record<CriminalQuestionId, string>>;
}

/** Which worksheet a case gets: `criminal` adds the questions of УПК art. 390. */
export type WorksheetKind = 'general' | 'criminal';

/**
 * Size limits, checked on read and enforced by the form (maxLength), so that what a trainee can type always
 * exports, and a tampered file cannot make the app hold megabytes of text per field.
 */
export const WORKSHEET_LIMITS = {
  /** Rows in each list (facts, issues, norms, conclusions). */
  rows: 200,
  /** Materials cited for one fact. */
  evidencePerFact: 50,
  materialId: 64,
  /** One line of text: a fact, an issue, a claim. */
  statement: 2000,
  /** A paragraph or a few: an assessment, a norm's text, a conclusion, an answer. */
  note: 10_000,
  /** The analysis, the one free-form essay of the worksheet. */
  analysis: 100_000,
  code: 100,
  /** Article, part and paragraph numbers, e.g. «188-1». */
  number: 20,
} as const;

/** Whether a case gets the criminal worksheet: its branch of law is criminal, or its act is a criminal one. */
export function worksheetKind(branch: string, templateId: string): WorksheetKind {
  return branch === 'criminal' || templateId.startsWith('criminal-') ? 'criminal' : 'general';
}

export function emptyWorksheet(kind: WorksheetKind): Worksheet {
  const worksheet: Worksheet = { facts: [], issues: [], norms: [], analysis: '', conclusions: [] };
  if (kind === 'criminal') {
    worksheet.criminalQuestions = Object.fromEntries(CRIMINAL_QUESTION_IDS.map((id) => [id, '']));
  }
  return worksheet;
}

/** A stored worksheet fitted to the case it is opened in: a criminal case always has the art. 390 answers. */
export function worksheetForCase(stored: Worksheet | undefined, kind: WorksheetKind): Worksheet {
  if (!stored) return emptyWorksheet(kind);
  if (kind === 'general' || stored.criminalQuestions) return stored;
  return { ...stored, criminalQuestions: emptyWorksheet('criminal').criminalQuestions };
}

export const emptyFact = (): WorksheetFact => ({ statement: '', evidence: [], assessment: '' });
export const emptyIssue = (): WorksheetIssue => ({ question: '' });
export const emptyNorm = (): WorksheetNorm => ({ text: '', code: '', article: '', part: '', paragraph: '' });
export const emptyConclusion = (): WorksheetConclusion => ({ claim: '', conclusion: '' });

/** Whether nothing was written: a blank worksheet is left out of submissions. */
export function isWorksheetBlank(worksheet: Worksheet): boolean {
  const texts: string[] = [worksheet.analysis, ...Object.values(worksheet.criminalQuestions ?? {})];
  for (const fact of worksheet.facts) {
    if (fact.evidence.length > 0) return false;
    texts.push(fact.statement, fact.assessment);
  }
  for (const issue of worksheet.issues) texts.push(issue.question);
  for (const norm of worksheet.norms)
    texts.push(norm.text, norm.code, norm.article, norm.part, norm.paragraph);
  for (const conclusion of worksheet.conclusions) texts.push(conclusion.claim, conclusion.conclusion);
  return texts.every((text) => text.trim() === '');
}

// The validator. No transforms (no trimming): a submission's digest is checked over the values as written.
const text = (max: number) => z.string().max(max);
const rows = <Row extends z.ZodType>(row: Row) => z.array(row).max(WORKSHEET_LIMITS.rows);
const materialId = z
  .string()
  .min(1)
  .max(WORKSHEET_LIMITS.materialId)
  .regex(/^[a-z0-9][a-z0-9-]*$/);

const factSchema = z.strictObject({
  statement: text(WORKSHEET_LIMITS.statement),
  evidence: z
    .array(materialId)
    .max(WORKSHEET_LIMITS.evidencePerFact)
    .refine((ids) => new Set(ids).size === ids.length, 'a material is cited twice for the same fact'),
  assessment: text(WORKSHEET_LIMITS.note),
});

export const worksheetSchema = z.strictObject({
  facts: rows(factSchema),
  issues: rows(z.strictObject({ question: text(WORKSHEET_LIMITS.statement) })),
  norms: rows(
    z.strictObject({
      text: text(WORKSHEET_LIMITS.note),
      code: text(WORKSHEET_LIMITS.code),
      article: text(WORKSHEET_LIMITS.number),
      part: text(WORKSHEET_LIMITS.number),
      paragraph: text(WORKSHEET_LIMITS.number),
    }),
  ),
  analysis: text(WORKSHEET_LIMITS.analysis),
  conclusions: rows(
    z.strictObject({ claim: text(WORKSHEET_LIMITS.statement), conclusion: text(WORKSHEET_LIMITS.note) }),
  ),
  criminalQuestions: z
    .strictObject(
      Object.fromEntries(
        CRIMINAL_QUESTION_IDS.map((id) => [id, text(WORKSHEET_LIMITS.note).optional()]),
      ) as Record<CriminalQuestionId, z.ZodOptional<z.ZodString>>,
    )
    .optional(),
}) satisfies z.ZodType<Worksheet>;

export class WorksheetError extends Error {
  constructor(readonly detail: string) {
    super(`Invalid worksheet: ${detail}`);
    this.name = 'WorksheetError';
  }
}

/** Reads a worksheet from JSON (a draft, a rescue copy, a submission), or throws WorksheetError saying why. */
export function parseWorksheet(json: unknown): Worksheet {
  const result = worksheetSchema.safeParse(json);
  if (result.success) return result.data;
  throw new WorksheetError(
    result.error.issues
      .slice(0, 10)
      .map((issue) => `${issue.path.join('.') || '(worksheet)'}: ${issue.message}`)
      .join('; '),
  );
}
