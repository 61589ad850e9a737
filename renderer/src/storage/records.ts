import type { ActTemplate } from '../domain/act/template';
import type { ContentLanguage } from '../domain/language';
import type { PackCase } from '../domain/pack/pack';
import type { AttachmentMediaType } from '../domain/pack/pack-v2';
import type { MarkSheet } from '../domain/review/marks';
import type { CodeCheck } from '../domain/keys/code-check';
import type { IdentitySecrets, PublicIdentity } from '../domain/keys/identity';
import type { SubmissionHeader } from '../domain/submission/submission';
import type { TimelineLink } from '../domain/timeline/timeline';
import type { Worksheet } from '../domain/worksheet/worksheet';

/** A pack as stored: its manifest, without the cases (those are rows of their own). */
export interface PackRecord {
  id: string;
  version: number;
  formatVersion: number;
  title: string;
  language: ContentLanguage;
  authors?: string[];
  date?: string;
  description?: string;
  /** The imported file's ReadPack.digest; absent for packs imported before version 2 of the database. */
  contentDigest?: string;
  /** Shipped with the app and imported at first start, rather than imported by the user. */
  bundled: boolean;
  importedAt: string;
  /** The pack's own act templates (pack format 3), checked on import; see resolveActTemplate. */
  templates?: ActTemplate[];
  /** Who signed the pack (pack format 4, signature checked on import); absent for an unsigned pack. */
  signedBy?: PackSigner;
  /** The trainers a submission of this pack is sealed to (pack format 4); absent or empty: submissions are not sealed. */
  trainers?: PackTrainer[];
}

/** A pack's signer as the trainee's app shows them: «Подписан: Гульнара Сапарова, ключ 7KQ2-M9XD-4HPA». */
export interface PackSigner {
  identity: PublicIdentity;
  fingerprint: string;
}

/** A trainer a pack names: its author, a co-trainer, or the programme's key held by the course office. */
export interface PackTrainer extends PublicIdentity {
  role: 'trainer' | 'coTrainer' | 'programme';
}

/** Codes a timed case's pack holds checks of (pack format 4), never the codes themselves. */
export interface ExamCodes {
  /** The code the trainer shows the room to start the exam; absent: the trainee starts it alone. */
  start?: CodeCheck;
  /** The code the trainer types on a trainee's computer to grant extra time; absent: no extra time. */
  extraTime?: CodeCheck;
}

/** A case of a pack, as the pack gives it, plus where it belongs. Key: `packId/caseId` (slugs: no `/` in either). */
export interface CaseRecord extends PackCase {
  key: string;
  packId: string;
  /** The pack version this row came from; a newer pack version rewrites it. */
  packVersion: number;
  /** Position in the pack, for listing cases in the order the trainer wrote them. */
  order: number;
  /** For a case with a time limit (pack format 4). */
  examCodes?: ExamCodes;
}

/** A PDF or image of some case, stored once however many cases and packs use it. Key: its SHA-256. */
export interface AttachmentRecord {
  sha256: string;
  mediaType: AttachmentMediaType;
  size: number;
  /** A Blob, not bytes: IndexedDB stores Blobs out of line, and writes and reads them far faster than bytes. */
  data: Blob;
}

/**
 * A trainee's draft of the act for one case, without its text: what the library lists and what each save checks.
 * The text is a DraftContentRecord with the same key, so neither listing drafts nor checking a save's revision
 * ever reads (and copies) a long act. Key: the case's key.
 */
export interface DraftRecord {
  key: string;
  packId: string;
  caseId: string;
  /** The pack version the draft was started against; a pack upgrade never changes it. */
  packVersion: number;
  templateId: string;
  /**
   * The act template, when it is a pack's own rather than one the app ships: kept with the draft from its first
   * save, so a pack update that drops or changes the template never locks the draft out.
   */
  template?: ActTemplate;
  /** Increases by one with every save; a save expecting another revision was overtaken and is refused. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  /**
   * The window (its writer id) that saved the current revision, if it named itself: that window's own rescue copy
   * may go over this revision, as its text is newer than the save that made it. Not indexed.
   */
  savedBy?: string;
  /** The revision last exported as a submission, and when. */
  exportedRevision?: number;
  exportedAt?: string;
}

/** The text of a draft, written in the same transaction as its DraftRecord. Key: the case's key. */
export interface DraftContentRecord {
  key: string;
  /**
   * The ProseMirror document's JSON form, as a string: IndexedDB copies one long string far faster than the
   * thousands of small objects of a long act, and every save pays that copy.
   */
  documentJson: string;
  /** The case-solving worksheet, saved with the document; absent until the trainee first edits it. */
  worksheet?: Worksheet;
}

/** A draft with its text, as it is opened: `document` is the parsed JSON (undefined if it cannot be parsed). */
export type StoredDraft = DraftRecord & { document: unknown; worksheet?: Worksheet };

/**
 * Why a snapshot of a draft was taken. `keptAside`: text a window had not saved when it closed, typed over a
 * revision that another window's save had since replaced; kept here instead of overwriting that save.
 */
export type RevisionReason = 'interval' | 'export' | 'beforeRestore' | 'keptAside';

/**
 * A snapshot of a draft, as the history panel lists it: small, so listing never loads any text. The text is in the
 * RevisionContentRecord with the same id. Key: an auto-incremented id; index `[draftKey+createdAt]`.
 */
export interface RevisionRecord {
  id: number;
  draftKey: string;
  createdAt: string;
  reason: RevisionReason;
  wordCount: number;
  /** SHA-256 of the snapshot's document and worksheet, to skip a snapshot identical to the one before. */
  fingerprint: string;
}

/** What a snapshot holds. Key: the id of its RevisionRecord. */
export interface RevisionContentRecord {
  id: number;
  /** The ProseMirror document in its JSON form. */
  document: unknown;
  /** The draft's worksheet at the time, when it had one. */
  worksheet?: Worksheet;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export function caseKey(packId: string, caseId: string): string {
  return `${packId}/${caseId}`;
}

/**
 * A trainer's review of one case of one pack version. Key: `packId/caseId@packVersion` (reviewKey). The case is
 * copied in as it was when the review started, so a later pack version, which rewrites `cases`, never changes
 * what the submissions are marked against.
 */
export interface ReviewRecord {
  key: string;
  packId: string;
  packVersion: number;
  packTitle: string;
  caseId: string;
  case: PackCase;
  /** The act template, when it is the pack's own rather than one the app ships (as DraftRecord.template). */
  template?: ActTemplate;
  /** The HMAC secret the participants' anonymous codes are derived with (domain/review/anonymous-code.ts). */
  anonymitySecret: string;
  createdAt: string;
  /** The trainer's shortlist of works to show the class in classroom mode, by submission digest, in their order. */
  shortlist?: string[];
}

/**
 * The trainer key's answer for a review's case: the model act and the grading notes, as read (and sanitised) by
 * readKeyFile. Only the trainer's screens read this table; nothing of a trainee's workspace does. Key: the review's.
 */
export interface TrainerKeyRecord {
  reviewKey: string;
  modelAnswer: string;
  gradingNotes?: string;
  importedAt: string;
}

export type ReviewStatus = 'not-started' | 'in-progress' | 'marked';

/**
 * An imported submission as the queue lists it, without its act. Key: the submission's digest, so the same file
 * twice is one row; index `reviewKey` (the queue) and `[reviewKey+participantKey]` (a participant's versions).
 */
export interface ReviewSubmissionRecord {
  digest: string;
  reviewKey: string;
  /** The participant's name made uniform (participantKey): what tells one participant's versions from another's. */
  participantKey: string;
  /** As the file gives it; shown only when the trainer reveals names. */
  participantName: string;
  /** What every screen shows instead of the name (domain/review/anonymous-code.ts); the same for all versions. */
  anonymousCode: string;
  exportedAt: string;
  importedAt: string;
  fileName: string;
  wordCount: number;
  missingRequisites: number;
  /**
   * The missing requisites themselves, as `partId/requisiteId` (SubmissionSummary); absent in rows imported before
   * the field existed (no new database version: nothing indexes it).
   */
  missingRequisiteIds?: string[];
  emptyParts: number;
  status: ReviewStatus;
  /** The sum of the scores given so far; absent until the first score. Written with the marks, in their transaction. */
  total?: number;
  /**
   * The file's receipt code (domain/keys/receipt.ts), the one the trainee's app showed; absent in rows imported
   * before issue 14 (no new database version: nothing indexes it).
   */
  receipt?: string;
  /** Whether the file came sealed to the trainer (submission format 3); absent: plain. */
  sealed?: boolean;
}

/**
 * The submission itself, as readSubmission validated it, written in the same transaction as its summary. Key: the
 * digest. Kept as JSON text (IndexedDB copies one long string far faster than the thousands of small objects of a
 * 100-page act), and that text in a Blob, made by the import's worker: IndexedDB serialises a string on the page's
 * thread as it is written (23 ms for a 100-page act's 1.2 million characters, and over 60 ms on a loaded
 * machine: test/bench, December 2026), a Blob in under a millisecond, its bytes having gone to the browser when
 * it was made.
 */
export interface ReviewSubmissionContentRecord {
  digest: string;
  /** A string in rows imported before the Blob (same database version): still read as they are. */
  submissionJson: Blob | string;
  /**
   * What a feedback file restates of the submission, so that it is written without parsing the text; absent in
   * rows imported before the field existed (no new database version: nothing indexes it).
   */
  header?: SubmissionHeader;
}

/**
 * A trainer's marks of one submission, saved with every change like a draft: the same revision check, so a save
 * from a window that was overtaken is refused rather than written over the other window's marks. Key: the
 * submission's digest; index `reviewKey`.
 */
export interface ReviewMarkRecord {
  digest: string;
  reviewKey: string;
  sheet: MarkSheet;
  /** Increases by one with every save; a save expecting another revision was overtaken and is refused. */
  revision: number;
  updatedAt: string;
  /** The window (its writer id) that saved the current revision, as DraftRecord.savedBy. */
  savedBy?: string;
  /**
   * Marks a window could not save because another window had saved these marks meanwhile: kept here, newest last,
   * instead of overwriting either, until the trainer chooses.
   */
  keptAside?: { sheet: MarkSheet; savedAt: string }[];
  /**
   * Set when these marks were taken over from a colleague's review file because this trainer had none: who marked
   * and at which of their revisions, so a newer file from the same colleague may update marks nobody here changed.
   */
  markedBy?: { markerId: string; name: string; revision: number };
}

/**
 * Another trainer's marks of a submission this trainer has marks of too (a double-marked work), as their review
 * file gave them: shown beside one's own with the difference per criterion, never written over them. Bank comments
 * are referred to by id; the review file brings their text into the comment bank. Key: `[digest+markerId]`.
 */
export interface ColleagueMarkRecord {
  digest: string;
  reviewKey: string;
  /** The colleague's marker id (Settings.markerId on their computer). */
  markerId: string;
  markerName: string;
  sheet: MarkSheet;
  /** The colleague's revision of these marks; a file with an older or equal one changes nothing. */
  revision: number;
  /** When the colleague last changed them. */
  updatedAt: string;
  importedAt: string;
}

/**
 * On the trainee's side, a feedback file (`.cdfb`) received from a trainer: what the library and the case show of
 * it. The file itself is kept whole and read again (domain/feedback) when the trainee opens it. Key: the file's
 * feedback id, so the same file twice is one row and a second feedback for the same submission is a row beside it.
 */
export interface FeedbackRecord {
  id: string;
  /** The case's key, `packId/caseId`, as the draft's. */
  caseKey: string;
  packId: string;
  caseId: string;
  packVersion: number;
  /** The case's title as the file gives it: shown even when the case is not (or no longer) in the library. */
  caseTitle: string;
  /** The digest of the submission the feedback marks. */
  submissionDigest: string;
  trainerName: string;
  total: number;
  maxTotal: number;
  /** When the trainer made the file, and when the trainee imported it. */
  createdAt: string;
  importedAt: string;
  /** The file's text, in a Blob (stored out of line, like a submission's). */
  fileText: Blob;
}

/**
 * A comment of a trainer's comment bank: written once, found by typing, inserted into any submission of any case
 * of the pack under its criterion. Marks refer to it by id, so an edit changes it everywhere. Key: a random id;
 * index `[packId+criterionId]`.
 */
export interface CommentBankRecord {
  id: string;
  packId: string;
  criterionId: string;
  text: string;
  createdAt: string;
  updatedAt: string;
}

export function reviewKey(packId: string, caseId: string, packVersion: number): string {
  return `${packId}/${caseId}@${packVersion}`;
}

/** The trainer's own keys on this computer (one row, id `own`): made on first use of the trainer area, or restored. */
export interface TrainerIdentityRecord {
  id: 'own';
  secrets: IdentitySecrets;
  /** When the recovery file was last saved; absent until it is (the trainer area asks for it until then). */
  recoverySavedAt?: string;
}

/** One link of a draft's writing timeline (domain/timeline). Key: `[draftKey+seq]`. */
export interface TimelineRecord extends TimelineLink {
  draftKey: string;
}

/**
 * A timed case's exam on this computer, from the moment the trainee starts it. Key: the case's key. The clock is
 * `startedAt` plus the duration and any extra time, on the computer's clock: it keeps running while the app is
 * closed, as in a real exam; `lastSeenAt`, written every few seconds while it runs, shows how long it was closed.
 */
export interface ExamSessionRecord {
  caseKey: string;
  startedAt: string;
  durationMinutes: number;
  /** Extra time granted with the trainer's code, added up. */
  extraMinutes: number;
  lastSeenAt: string;
  /** When the time ran out and the draft was locked; absent while the exam runs. */
  lockedAt?: string;
  /**
   * The last warning given (minutes left, domain/exam/exam-clock.ts), so a reload does not give it again; absent
   * before the first. Not indexed: added in version 8 without a new database version.
   */
  warnedMinutes?: number;
}

/**
 * A submission file the trainee saved, with its receipt code (domain/keys/receipt.ts), kept so the trainee can show
 * it later. Key: auto-incremented; index `caseKey`.
 */
export interface SubmissionReceiptRecord {
  id?: number;
  caseKey: string;
  receipt: string;
  savedAt: string;
  fileName: string;
  /** Fingerprints of the trainers it is sealed to; empty when the pack names none (not sealed). */
  sealedTo: string[];
}
