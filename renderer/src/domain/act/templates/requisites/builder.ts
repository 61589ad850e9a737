import type { LocalizedText } from '../../../language';
import type { LegalReference, Requisite } from '../../template';

/**
 * How the requisites templates share are made (template.ts, RequisiteCheck). Each builder takes the provision that
 * requires the requisite in the act at hand, with its verification status from docs/legal-sources.md; a requisite
 * without a reference is one the reference names no article for.
 *
 * Text patterns are deliberately tolerant word stems, in Russian and Kazakh, matched case-insensitively with the
 * `u` flag on a part's plain text (a citation counts by its shown text). Kazakh stems allow for a final consonant
 * voiced before a vowel: талап → талабы, әкімдік → әкімдігі, бап → бабы. They are written as regular-expression
 * literals so that a typo fails to compile here, and kept simple — alternations of stems, no repeated groups, at
 * most one `[^.]{0,n}` gap — because they run over long texts (template-schema.ts bounds them). `(?<!\p{L})` and
 * `(?!\p{L})` stand for word boundaries, which `\b` is not outside ASCII.
 */
export type RequisiteBuilder = (reference?: LegalReference) => Requisite;

export interface TextPatterns {
  ru: RegExp[];
  kk: RegExp[];
}

export function textRequisite(id: string, label: LocalizedText, patterns: TextPatterns): RequisiteBuilder {
  return (reference) => ({
    id,
    label,
    check: {
      kind: 'text',
      patterns: {
        ru: patterns.ru.map((pattern) => pattern.source),
        kk: patterns.kk.map((pattern) => pattern.source),
      },
    },
    ...(reference ? { reference } : {}),
  });
}

/** An appeal term: the term itself is in the label, with the article that sets it as the requisite's reference. */
export function appealTerm(label: LocalizedText, patterns: TextPatterns): RequisiteBuilder {
  return textRequisite('appeal-term', label, patterns);
}

/**
 * The same requisite, asked for only where the case has it (third parties, an interpreter, credit for detention):
 * the checklist says "where applicable" instead of "missing" (template.ts, Requisite.applies).
 */
export function whereApplicable(build: RequisiteBuilder): RequisiteBuilder {
  return (reference) => ({ ...build(reference), applies: 'where-applicable' });
}

/** The requisites the same provision requires, each with that provision as its reference. */
export function requiredBy(
  reference: LegalReference | undefined,
  ...builders: RequisiteBuilder[]
): Requisite[] {
  return builders.map((build) => build(reference));
}
