import { useState } from 'react';
import type { ActEditorController } from '../../../editor/core/act-editor-controller';
import { anchorOf } from '../../../domain/review/anchor';
import type { AnchoredComment, MarkSheet, PassageAnchor } from '../../../domain/review/marks';
import type { CommentFormValue } from './CommentForm';

/** A comment being written on a new passage, or rewritten (`editing`: its id). */
export interface CommentDraft {
  anchor: PassageAnchor;
  editing?: string;
  text?: string;
  criterionId?: string;
  bankId?: string;
}

/**
 * Writing, rewriting and deleting the comments on passages of the act, through the mark sheet's `update` (so each
 * change is saved as a score is). A deleted comment can be put back until the next deletion.
 */
export function useAnchoredComments(
  controller: ActEditorController | null,
  sheet: MarkSheet | null,
  update: (change: (sheet: MarkSheet) => MarkSheet) => void,
) {
  const [draft, setDraft] = useState<CommentDraft | null>(null);
  const [deleted, setDeleted] = useState<AnchoredComment | null>(null);

  /** Opens the form on the act's selection, with no criterion yet; false when nothing is selected (or only spaces). */
  const commentOnSelection = (): boolean => {
    if (!controller || !sheet) return false;
    const { from, to } = controller.state.selection;
    const anchor = anchorOf(controller.doc, from, to);
    if (!anchor) return false;
    setDraft({ anchor });
    return true;
  };

  const edit = (id: string) => {
    const comment = sheet?.anchored.find((candidate) => candidate.id === id);
    if (!comment) return;
    setDraft({
      anchor: comment.anchor,
      editing: id,
      text: comment.text,
      ...(comment.criterionId !== undefined && { criterionId: comment.criterionId }),
      ...(comment.bankId !== undefined && { bankId: comment.bankId }),
    });
  };

  const save = ({ text, criterionId, bankId }: CommentFormValue) => {
    if (!draft) return;
    const { anchor, editing } = draft;
    const said = {
      text,
      ...(criterionId !== undefined && { criterionId }),
      ...(bankId !== undefined && { bankId }),
    };
    update((current) => ({
      ...current,
      anchored: editing
        ? current.anchored.map((comment) =>
            comment.id === editing ? { id: comment.id, anchor: comment.anchor, ...said } : comment,
          )
        : [...current.anchored, { id: crypto.randomUUID(), anchor, ...said }],
    }));
    setDraft(null);
    controller?.view.focus();
  };

  const remove = (id: string) => {
    const comment = sheet?.anchored.find((candidate) => candidate.id === id);
    if (!comment) return;
    update((current) => ({ ...current, anchored: current.anchored.filter((other) => other.id !== id) }));
    setDeleted(comment);
  };

  const restore = () => {
    if (!deleted) return;
    const comment = deleted;
    update((current) =>
      current.anchored.some((other) => other.id === comment.id)
        ? current
        : { ...current, anchored: [...current.anchored, comment] },
    );
    setDeleted(null);
  };

  const cancel = () => {
    setDraft(null);
    controller?.view.focus();
  };

  return {
    draft,
    deleted,
    commentOnSelection,
    edit,
    save,
    remove,
    restore,
    cancel,
    dismissDeleted: () => setDeleted(null),
    /** Forgets the form and the deleted comment: they belong to the submission shown until now. */
    forget: () => {
      setDraft(null);
      setDeleted(null);
    },
  };
}
