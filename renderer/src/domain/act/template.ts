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
