import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import { CaseText } from '../../../domain/timeline/case-text';
import { draftContentDigest } from '../../../domain/timeline/content-digest';
import type { TimelineEntry } from '../../../domain/timeline/timeline';
import type { Worksheet } from '../../../domain/worksheet/worksheet';
import { DocumentSizeCounter } from '../../../editor/timeline/document-size';
import { timelineEditOf } from '../../../editor/timeline/timeline-edits';
import type { CaseDraftDatabase } from '../../../storage/database';
import { appendTimeline } from '../../../storage/timeline-repository';

/** What one committed save wrote: the document (to count it) and the text stored (to digest it). */
export interface SavedContent {
  doc: ProseMirrorNode;
  documentJson: string;
  worksheet?: Worksheet | undefined;
}

export interface TimelineRecorderOptions {
  db: CaseDraftDatabase;
  draftKey: string;
  /** The case materials' texts, read at the first paste only (reading rich text takes a moment). */
  readCaseTexts: () => readonly string[];
  /** Waits for a quiet moment of the page: counting and hashing a 100-page act must not hold up typing. */
  whenIdle?: () => Promise<void>;
  onError?: (error: unknown) => void;
}

/**
 * Writes the draft's writing timeline as the trainee works: a `save` link after each save has committed, a
 * `paste` link for text pasted or dropped, a `deletion` link for a long deletion. Nothing here runs on the
 * keystroke: `edited` only reads the transaction's steps (cheap unless it pasted or removed much), and every link
 * is counted, hashed and written later, in idle time, one after another so the chain keeps the order things
 * happened in. A link that cannot be written is reported and the next one still goes on: the timeline never stops
 * a save.
 */
export class TimelineRecorder {
  private queue: Promise<void> = Promise.resolve();
  private readonly sizes = new DocumentSizeCounter();
  private caseText: CaseText | undefined;
  private readonly whenIdle: () => Promise<void>;
  private readonly onError: (error: unknown) => void;

  constructor(private readonly options: TimelineRecorderOptions) {
    this.whenIdle = options.whenIdle ?? idle;
    this.onError = options.onError ?? logTimelineFailure;
  }

  /** A save of `content` committed at `at`. */
  saved(content: SavedContent, at: Date): void {
    this.record(async () => ({
      kind: 'save',
      at: at.toISOString(),
      ...this.sizes.measure(content.doc),
      contentDigest: await draftContentDigest(content.documentJson, content.worksheet),
    }));
  }

  /** A change the editor applied: a paste or a long deletion is recorded, anything else is not. */
  edited(tr: Transaction): void {
    const edit = timelineEditOf(tr);
    if (!edit) return;
    const at = new Date().toISOString();
    const { pasted, deleted } = edit;
    if (pasted !== undefined) {
      this.record(() => ({ kind: 'paste', at, chars: pasted.length, fromCase: this.fromCase(pasted) }));
    }
    if (deleted > 0) this.record(() => ({ kind: 'deletion', at, chars: deleted }));
  }

  /** Resolves once every link recorded so far is written (or has failed). */
  settled(): Promise<void> {
    return this.queue;
  }

  private record(entry: () => TimelineEntry | Promise<TimelineEntry>): void {
    const { db, draftKey } = this.options;
    this.queue = this.queue
      .then(this.whenIdle)
      .then(entry)
      .then((made) => appendTimeline(db, draftKey, made))
      .then(
        () => undefined,
        (error: unknown) => this.onError(error),
      );
  }

  private fromCase(pasted: string): boolean {
    this.caseText ??= new CaseText(this.options.readCaseTexts());
    return this.caseText.contains(pasted);
  }
}

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 0);
  });
}

export function logTimelineFailure(error: unknown): void {
  console.error('A link of the writing timeline could not be written', error);
}
