import { Dexie, type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { ContentLanguage } from '../domain/language';
import { defaultRubric } from '../domain/pack/default-rubric';
import { materialFromV1 } from '../domain/pack/pack-from-v1';
import type { PackV1Material } from '../domain/pack/pack-v1';
import type {
  AttachmentRecord,
  CaseRecord,
  ColleagueMarkRecord,
  CommentBankRecord,
  DraftContentRecord,
  DraftRecord,
  ExamSessionRecord,
  FeedbackRecord,
  PackRecord,
  ReviewMarkRecord,
  ReviewRecord,
  ReviewSubmissionContentRecord,
  ReviewSubmissionRecord,
  RevisionContentRecord,
  RevisionRecord,
  SettingRecord,
  StoredDraft,
  SubmissionReceiptRecord,
  TimelineRecord,
  TrainerIdentityRecord,
  TrainerKeyRecord,
} from './records';

export const DATABASE_NAME = 'casedraft';

/**
 * The app's IndexedDB database. Schema versions are append-only: never edit a version that has shipped;
 * add `this.version(N + 1)` with an upgrade function and a migration test beside the others.
 *
 * Version 1
 * - packs:    primary key `id`.
 * - cases:    primary key `key` (`packId/caseId`), index `packId`.
 * - drafts:   primary key `key` (the case key), indexes `packId` and `updatedAt`.
 * - settings: primary key `key`, free-form `value`.
 *
 * Version 2 (case packs v2: attachments)
 * - attachments: primary key `sha256`; PDFs and images, each stored once.
 * - cases: materials become `{ kind: 'text', html }` or `{ kind: 'attachment', sha256, … }`; version-1 rows,
 *   whose materials were heading and paragraph blocks, are converted to sanitised-by-construction HTML, and
 *   those stored without a rubric get the default one, as a fresh import would give them.
 *
 * Version 3 (revisions)
 * - revisions:        primary key `++id`, index `[draftKey+createdAt]`; a snapshot's summary, listed newest first.
 * - revisionContents: primary key `id` (the revision's); the snapshot's document and worksheet, read one at a time.
 *
 * Version 4 (drafts without their text)
 * - draftContents:    primary key `key` (the draft's); its document (as a JSON string) and worksheet, moved out of
 *   `drafts`, so a save's revision check and the library's list of drafts read a few fields, not the whole act.
 *
 * Version 5 (the trainer's reviews; read only by the trainer's screens, never by a trainee's workspace)
 * - reviews:                  primary key `key` (`packId/caseId@packVersion`); the case as the review started.
 * - trainerKeys:              primary key `reviewKey`; the model answer and grading notes of the review's case.
 * - reviewSubmissions:        primary key `digest`, indexes `reviewKey` and `[reviewKey+participantKey]`; what the
 *   queue lists of an imported submission.
 * - reviewSubmissionContents: primary key `digest`; the submission itself, as JSON text in a Blob.
 *
 * Version 6 (marking)
 * - reviewMarks: primary key `digest` (the submission's), index `reviewKey`; a trainer's marks of one submission,
 *   saved with every change under a revision check, and marks another window's save kept aside.
 * - commentBank: primary key `id`, indexes `packId` and `[packId+criterionId]`; the trainer's saved comments,
 *   which marks refer to by id.
 *
 * Version 7 (hand-back and several trainers)
 * - feedback:       primary key `id` (the feedback file's own id), indexes `caseKey` and `submissionDigest`; on the
 *   trainee's side, every feedback file received, kept side by side (a second one for the same submission too).
 * - colleagueMarks: primary key `[digest+markerId]`, index `reviewKey`; another trainer's marks of a submission
 *   this trainer marked too, brought in by their review file and shown beside one's own, never over them.
 *
 * Version 8 (sealed and timed)
 * - trainerIdentity:    primary key `id` (`own`); the trainer's own keys on this computer.
 * - timeline:           primary key `[draftKey+seq]`; each draft's writing timeline, a hash chain.
 * - examSessions:       primary key `caseKey`; a timed case's running or locked exam.
 * - submissionReceipts: primary key `++id`, index `caseKey`; the receipt of each submission file saved.
 *
 * A field that is not indexed needs no new version: rows written before it simply lack it (so `drafts.savedBy`,
 * the window that saved the current revision, is optional).
 */
export class CaseDraftDatabase extends Dexie {
  packs!: EntityTable<PackRecord, 'id'>;
  cases!: EntityTable<CaseRecord, 'key'>;
  attachments!: EntityTable<AttachmentRecord, 'sha256'>;
  drafts!: EntityTable<DraftRecord, 'key'>;
  draftContents!: EntityTable<DraftContentRecord, 'key'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  revisions!: EntityTable<RevisionRecord, 'id'>;
  revisionContents!: EntityTable<RevisionContentRecord, 'id'>;
  reviews!: EntityTable<ReviewRecord, 'key'>;
  trainerKeys!: EntityTable<TrainerKeyRecord, 'reviewKey'>;
  reviewSubmissions!: EntityTable<ReviewSubmissionRecord, 'digest'>;
  reviewSubmissionContents!: EntityTable<ReviewSubmissionContentRecord, 'digest'>;
  reviewMarks!: EntityTable<ReviewMarkRecord, 'digest'>;
  commentBank!: EntityTable<CommentBankRecord, 'id'>;
  feedback!: EntityTable<FeedbackRecord, 'id'>;
  colleagueMarks!: Table<ColleagueMarkRecord, [string, string]>;
  trainerIdentity!: EntityTable<TrainerIdentityRecord, 'id'>;
  timeline!: Table<TimelineRecord, [string, number]>;
  examSessions!: EntityTable<ExamSessionRecord, 'caseKey'>;
  submissionReceipts!: EntityTable<SubmissionReceiptRecord, 'id'>;

  constructor(name = DATABASE_NAME, options: DexieOptions = {}) {
    // Strict durability: a commit is reported only once the data is flushed to disk, so "saved" means saved
    // even if the power goes a moment later.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores({
      packs: 'id',
      cases: 'key, packId',
      drafts: 'key, packId, updatedAt',
      settings: 'key',
    });
    this.version(2)
      .stores({ attachments: 'sha256' })
      .upgrade((transaction) =>
        transaction
          .table('cases')
          .toCollection()
          .modify(
            (record: {
              language: ContentLanguage;
              materials: (PackV1Material | CaseRecord['materials'][number])[];
              rubric?: CaseRecord['rubric'];
            }) => {
              record.materials = record.materials.map((material) =>
                'blocks' in material ? materialFromV1(material) : material,
              );
              // Version 1 stored a pack without a rubric as none; packs read now get the default one.
              if (!record.rubric?.length) record.rubric = defaultRubric(record.language);
            },
          ),
      );
    this.version(3).stores({ revisions: '++id, [draftKey+createdAt]', revisionContents: 'id' });
    this.version(4)
      .stores({ draftContents: 'key' })
      .upgrade(async (transaction) => {
        const drafts = transaction.table<DraftRecord & Partial<StoredDraft>, string>('drafts');
        const contents = transaction.table<DraftContentRecord, string>('draftContents');
        for (const { document, worksheet, ...draft } of await drafts.toArray()) {
          await contents.put({
            key: draft.key,
            documentJson: JSON.stringify(document),
            ...(worksheet && { worksheet }),
          });
          await drafts.put(draft);
        }
      });
    this.version(5).stores({
      reviews: 'key',
      trainerKeys: 'reviewKey',
      reviewSubmissions: 'digest, reviewKey, [reviewKey+participantKey]',
      reviewSubmissionContents: 'digest',
    });
    this.version(6).stores({
      reviewMarks: 'digest, reviewKey',
      commentBank: 'id, packId, [packId+criterionId]',
    });
    this.version(7).stores({
      feedback: 'id, caseKey, submissionDigest',
      colleagueMarks: '[digest+markerId], reviewKey',
    });
    this.version(8).stores({
      trainerIdentity: 'id',
      timeline: '[draftKey+seq]',
      examSessions: 'caseKey',
      submissionReceipts: '++id, caseKey',
    });
  }
}
