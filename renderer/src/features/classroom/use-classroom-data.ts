import { useLiveQuery } from 'dexie-react-hooks';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { useEffect, useMemo, useState } from 'react';
import { useServices } from '../../app/services';
import type { ActTemplate } from '../../domain/act/template';
import { redactName } from '../../domain/review/redact-name';
import type { CaseRecord, ReviewRecord } from '../../storage/records';
import { findTrainerKey } from '../../storage/trainer-key-repository';
import { readReviewCase, type ReviewCase } from '../act-panels/read-review-case';
import { SubmissionLoader } from '../act-panels/submission-loader';
import { readClassroomWorks, type ClassroomWork } from './classroom-works';

/** A work's act as classroom mode keeps it: the act and its digest, nothing of who wrote it. */
export interface ClassroomAct {
  digest: string;
  act: ProseMirrorNode;
}

export type ClassroomData =
  | { state: 'loading' }
  | { state: 'notFound' }
  | { state: 'unreadable'; detail: string }
  | {
      state: 'ready';
      review: ReviewRecord;
      caseRecord: CaseRecord;
      template: ActTemplate;
      /** The trainer key's model answer; undefined when the review has no key. */
      modelAnswer: string | undefined;
      works: ClassroomWork[];
      loader: SubmissionLoader<ClassroomAct>;
    };

/**
 * Reads what classroom mode shows: the review's case and template (once), its model answer and its works (live: a
 * work shortlisted in another window shows up here), and a loader of acts that keeps no name, with the participant's
 * own name taken out of their act (redactName).
 */
export function useClassroomData(reviewKey: string): ClassroomData {
  const { db } = useServices();
  const loader = useMemo(
    () =>
      // The name is read for one thing only, to take it out of an act its author signed; it is not kept.
      new SubmissionLoader(db, reviewKey, ({ record, act }): ClassroomAct => ({
        digest: record.digest,
        act: redactName(act, record.participantName),
      })),
    [db, reviewKey],
  );
  const [reviewCase, setReviewCase] = useState<{ reviewKey: string; data: ReviewCase } | null>(null);
  const works = useLiveQuery(() => readClassroomWorks(db, reviewKey), [db, reviewKey]);
  const trainerKey = useLiveQuery(async () => (await findTrainerKey(db, reviewKey)) ?? null, [db, reviewKey]);

  useEffect(() => {
    let current = true;
    void readReviewCase(db, reviewKey)
      .catch((error: unknown): ReviewCase => ({
        state: 'unreadable',
        detail: error instanceof Error ? error.message : String(error),
      }))
      .then((data) => {
        if (current) setReviewCase({ reviewKey, data });
      });
    return () => {
      current = false;
    };
  }, [db, reviewKey]);

  if (reviewCase?.reviewKey !== reviewKey || works === undefined || trainerKey === undefined)
    return { state: 'loading' };
  if (reviewCase.data.state !== 'ready') return reviewCase.data;
  return { ...reviewCase.data, modelAnswer: trainerKey?.modelAnswer, works, loader };
}

/** One work's act as it is read: loading, ready, or unreadable (a record that no longer parses). */
export type ClassroomActState =
  { state: 'loading' } | { state: 'ready'; act: ProseMirrorNode } | { state: 'unreadable'; detail: string };

/** The act of the work `digest` through the screen's loader; the one before stays until the next is read. */
export function useClassroomAct(
  loader: SubmissionLoader<ClassroomAct>,
  digest: string | undefined,
): ClassroomActState {
  const [read, setRead] = useState<{ digest: string; state: ClassroomActState } | null>(null);
  useEffect(() => {
    if (digest === undefined) return;
    let current = true;
    loader
      .load(digest)
      .then(
        (loaded): ClassroomActState =>
          loaded ? { state: 'ready', act: loaded.act } : { state: 'unreadable', detail: digest },
        (error: unknown): ClassroomActState => ({
          state: 'unreadable',
          detail: error instanceof Error ? error.message : String(error),
        }),
      )
      .then((state) => {
        if (current) setRead({ digest, state });
      });
    return () => {
      current = false;
    };
  }, [loader, digest]);
  return read && read.digest === digest ? read.state : { state: 'loading' };
}
