import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { useCallback, useEffect, useRef } from 'react';
import { useServices } from '../../../app/services';
import type { Worksheet } from '../../../domain/worksheet/worksheet';
import type { ActEditorController } from '../../../editor/core/act-editor-controller';
import { WordCounter } from '../../../editor/core/word-counts';
import type { RevisionReason } from '../../../storage/records';
import { addRevision } from '../../../storage/revision-repository';
import { RevisionRecorder } from './revision-recorder';

interface RevisionSource {
  draftKey: string;
  /** The newest text: the editor's, or the last it had if the editor is already gone. */
  readDocument: () => ProseMirrorNode;
  /** The worksheet as it is now, if the draft has one. */
  readWorksheet?: () => Worksheet | undefined;
}

/** Takes a snapshot of the draft now; resolves once it is written, rejects if writing it failed. */
export type RecordRevision = (reason: RevisionReason) => Promise<void>;

/**
 * Keeps snapshots of the draft: one after every five minutes of active editing (see RevisionRecorder), and one
 * whenever `record` is called (at export, before a restore). Edits of the act count as editing by themselves;
 * edits elsewhere (the worksheet) are reported with `noteChange`. Snapshots go to their own tables, so writing one
 * never holds up the autosave.
 */
export function useRevisionRecorder(
  controller: ActEditorController | null,
  source: RevisionSource,
): { record: RecordRevision; noteChange: () => void } {
  const { db } = useServices();
  // Fixed for the life of the screen: the functions in it read the newest text and worksheet when called.
  const fixed = useRef(source);
  const recorder = useRef<RevisionRecorder | null>(null);

  useEffect(() => {
    const { draftKey, readDocument, readWorksheet } = fixed.current;
    const counter = new WordCounter();
    const created = new RevisionRecorder({
      record: async (reason) => {
        const doc = readDocument();
        await addRevision(db, {
          draftKey,
          reason,
          document: doc.toJSON(),
          worksheet: readWorksheet?.(),
          wordCount: counter.countParts(doc).reduce((sum, count) => sum + count, 0),
        });
      },
      onError: logSnapshotFailure,
    });
    recorder.current = created;
    return () => {
      created.dispose();
      recorder.current = null;
    };
  }, [db]);

  useEffect(() => {
    if (!controller) return;
    let seen = controller.doc;
    return controller.subscribe(() => {
      if (controller.doc === seen) return;
      seen = controller.doc;
      recorder.current?.noteChange();
    });
  }, [controller]);

  const record = useCallback<RecordRevision>(
    (reason) => recorder.current?.snapshot(reason) ?? Promise.reject(new Error('The case is closed')),
    [],
  );
  const noteChange = useCallback(() => recorder.current?.noteChange(), []);
  return { record, noteChange };
}

/** For snapshots nobody waits on (interval, export): the trainee's text is safe in the draft, so only log it. */
export function logSnapshotFailure(error: unknown): void {
  console.error('A snapshot of the draft could not be written', error);
}
