import type { ActTemplate } from '../act/template';
import type { ContentLanguage } from '../language';
import type { LegislationExcerpt, RubricCriterion } from './pack-fields';
import type { PackSignedBy } from './pack-signature';
import type { AttachmentMediaType } from './pack-v2';
import type { ExamCodes, PackTrainer } from './pack-v4';

export type { LegislationExcerpt, RubricCriterion } from './pack-fields';

/**
 * A pack as the app uses it, whatever format version it came in. Readers of every version produce this;
 * storage and screens know nothing else.
 */
export interface CasePack {
  formatVersion: number;
  id: string;
  version: number;
  title: string;
  language: ContentLanguage;
  authors?: string[];
  date?: string;
  description?: string;
  cases: PackCase[];
  /** Act templates of the pack's own (format 3); a case's `actType` may name one. */
  templates?: ActTemplate[];
  /** The trainers a submission of this pack is sealed to (format 4). */
  trainers?: PackTrainer[];
}

export interface PackCase {
  id: string;
  title: string;
  branch: string;
  branchTitle?: string;
  actType: string;
  language: ContentLanguage;
  instructions: string;
  timeLimitMinutes?: number;
  materials: PackMaterial[];
  legislation: LegislationExcerpt[];
  /** Never empty: a pack without a rubric gets the default one (see default-rubric.ts). */
  rubric: RubricCriterion[];
  /** Checks of a timed case's exam codes (format 4). */
  examCodes?: ExamCodes;
}

/** Rich text, already sanitised; safe to render as HTML. */
export interface TextMaterial {
  kind: 'text';
  id: string;
  title: string;
  html: string;
}

/** A PDF or image, stored once by content hash. */
export interface AttachmentMaterial {
  kind: 'attachment';
  id: string;
  title: string;
  mediaType: AttachmentMediaType;
  sha256: string;
  size: number;
  /** The file's name in the pack, shown to the user and used when they save it. */
  fileName: string;
}

export type PackMaterial = TextMaterial | AttachmentMaterial;

export interface PackAttachment {
  sha256: string;
  mediaType: AttachmentMediaType;
  bytes: Uint8Array;
  /** The bytes as a Blob of `mediaType`, when the unpacker made one (off the main thread); else storage does. */
  blob?: Blob;
}

/** A pack read from a file and fully checked: everything the import writes, in memory. */
export interface ReadPack {
  pack: CasePack;
  attachments: PackAttachment[];
  /**
   * SHA-256 of the pack's manifest as canonical JSON (a version-1 pack's as validated). The manifest names every
   * file by its SHA-256, so two files with the same id and version but other content have other digests,
   * whatever this app's validator or sanitiser does.
   */
  digest: string;
  /** Who signed the pack, when it is signed and the signature holds (see pack-signature.ts). */
  signedBy?: PackSignedBy;
}
