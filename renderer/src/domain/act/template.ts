import type { LocalizedText } from '../language';

/**
 * How sure we are of a legal fact, as marked in shared/reference/judicial-acts-kz.md:
 * `confirmed` in a public source, `partial` (article confirmed, wording reconstructed), or `unverified`.
 * Unverified facts are shown as such to trainers and trainees, never as settled law.
 */
export type Verification = 'confirmed' | 'partial' | 'unverified';

/** A provision of a procedural code, e.g. ГПК РК art. 226. */
export interface LegalReference {
  code: LocalizedText;
  article: string;
  part?: string;
  verification: Verification;
}

/**
 * How the completeness checker looks for a requisite in a part's text. Heuristics, kept as data so that a pack's
 * own template can carry them; they must stay cheap (they run after a pause in typing, never per keystroke).
 * - `text`: any of the patterns (JavaScript regular-expression sources, matched case-insensitively with the `u`
 *   flag against the part's plain text) is found, in the act's language;
 * - `citation`: the part holds at least `min` (default 1) statute citations;
 * - `evidence`: the part holds at least `min` (default 1) evidence links.
 */
export type RequisiteCheck =
  | { kind: 'text'; patterns: Record<keyof LocalizedText, string[]> }
  | { kind: 'citation'; min?: number }
  | { kind: 'evidence'; min?: number };

/** Something a part must contain, e.g. "the court", "the appeal term": what the checklist shows found or missing. */
export interface Requisite {
  /** Stable id within its part. */
  id: string;
  label: LocalizedText;
  check: RequisiteCheck;
  /** The provision requiring it, with how sure we are of it. */
  reference?: LegalReference;
  /**
   * `where-applicable` for a requisite the law asks for only in some cases (credit for detention, an interpreter,
   * third parties): the checklist shows it as "where applicable" instead of missing, and the trainee may mark it
   * not applicable to the case. Absent means always required.
   */
  applies?: 'where-applicable';
}

/**
 * The Akoma Ntoso (OASIS LegalDocML 1.0) element a part maps to inside `<judgment>`: `header` for the
 * introductory part, `background`/`arguments`/`motivation`/`decision` inside `judgmentBody`, `conclusions` for the
 * signatures (shared/reference/judicial-acts-kz.md, "Akoma Ntoso mapping").
 */
export type AkomaNtosoElement =
  | 'header'
  | 'introduction'
  | 'background'
  | 'arguments'
  | 'motivation'
  | 'remedies'
  | 'decision'
  | 'conclusions';

/** One mandatory part of an act: its fixed heading and what the trainee is shown while it is empty. */
export interface ActPartTemplate {
  /** Stable id, stored in drafts and submissions; never rename one. */
  id: string;
  heading: LocalizedText;
  /** A short hint of what the part contains, shown in an empty part. */
  hint: LocalizedText;
  /** Paragraphs a new draft starts with, e.g. the act's title in the introductory part. */
  initialParagraphs?: Record<keyof LocalizedText, string[]>;
  reference?: LegalReference;
  /** What the part must contain, checked by the completeness checker; none for a part with nothing to check. */
  requisites?: Requisite[];
  /** The Akoma Ntoso element the part maps to on export. */
  akomaNtoso: AkomaNtosoElement;
}

/**
 * An act template is data: the parts an act type must have, in order, with headings in Russian and Kazakh.
 * New act types are added as new templates; the editor schema does not change.
 */
export interface ActTemplate {
  id: string;
  title: LocalizedText;
  reference: LegalReference;
  parts: ActPartTemplate[];
}
