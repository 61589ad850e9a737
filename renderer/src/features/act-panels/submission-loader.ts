import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { parseActDocument } from '../../domain/act/document';
import type { Worksheet } from '../../domain/worksheet/worksheet';
import type { CaseDraftDatabase } from '../../storage/database';
import type { ReviewSubmissionRecord } from '../../storage/records';
import { readReviewSubmission } from '../../storage/review-repository';

/** One submission of a review as a trainer's screen shows it: its summary, its act parsed, its worksheet. */
export interface LoadedSubmission {
  /** Read for its unchanging fields (code, name, digest): its status and total change with the marks. */
  record: ReviewSubmissionRecord;
  act: ProseMirrorNode;
  worksheet: Worksheet | undefined;
}

/**
 * Reads the submissions of one review for a trainer's screen (marking, classroom mode), each once while it is
 * kept: the one shown, and the next one ahead of time, in idle time while the trainer reads, so that going on does
 * not wait for IndexedDB, JSON.parse and the act's parse (tens of milliseconds for a 100-page act). A submission is
 * sealed by its digest, so what was read stays true. Resolves to undefined for a submission that is not in the
 * review.
 *
 * `keep` chooses what is kept of each submission read: classroom mode keeps no name, so a name is never held by
 * the screen, not even in this cache. Without it, the whole LoadedSubmission is kept.
 */
export class SubmissionLoader<Kept = LoadedSubmission> {
  private readonly reads = new Map<string, Promise<Kept | undefined>>();
  private readonly keep: (loaded: LoadedSubmission) => Kept;

  constructor(
    private readonly db: CaseDraftDatabase,
    private readonly reviewKey: string,
    ...keep: LoadedSubmission extends Kept
      ? [keep?: (loaded: LoadedSubmission) => Kept]
      : [keep: (loaded: LoadedSubmission) => Kept]
  ) {
    this.keep = keep[0] ?? ((loaded) => loaded as Kept);
  }

  load(digest: string): Promise<Kept | undefined> {
    let read = this.reads.get(digest);
    if (!read) {
      read = this.read(digest);
      this.reads.set(digest, read);
      // A failed or empty read is tried again next time.
      const forget = () => {
        if (this.reads.get(digest) === read) this.reads.delete(digest);
      };
      read.then((loaded) => loaded ?? forget(), forget);
    }
    return read;
  }

  /**
   * Forgets every read but `keep`'s (an act of 100 pages holds megabytes), and reads `ahead` once the page is idle,
   * telling `onRead` of each read. Returns what cancels the read ahead and its telling.
   */
  readAhead(keep: readonly string[], ahead: readonly string[], onRead?: (loaded: Kept) => void): () => void {
    for (const digest of this.reads.keys()) if (!keep.includes(digest)) this.reads.delete(digest);
    let cancelled = false;
    const handle = requestIdleCallback(
      () => {
        for (const digest of ahead)
          this.load(digest).then(
            (loaded) => loaded && !cancelled && onRead?.(loaded),
            () => undefined,
          );
      },
      { timeout: 2000 },
    );
    return () => {
      cancelled = true;
      cancelIdleCallback(handle);
    };
  }

  private async read(digest: string): Promise<Kept | undefined> {
    const [record, submission] = await Promise.all([
      this.db.reviewSubmissions.get(digest),
      readReviewSubmission(this.db, digest),
    ]);
    if (!record || record.reviewKey !== this.reviewKey || !submission) return undefined;
    return this.keep({
      record,
      act: parseActDocument(submission.document),
      worksheet: submission.formatVersion === 1 ? undefined : submission.worksheet,
    });
  }
}
