import './MarkedAct.css';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ActEditorController } from '../../editor/core/act-editor-controller';
import type { PassageHighlight } from '../../editor/core/passage-highlights';
import type { AnchoredComment } from '../../domain/review/marks';
import { resolveAnchor } from '../../domain/review/anchor';
import type { CaseRecord } from '../../storage/records';
import { ActView } from './ActView';
import { CommentMargin, type CommentMarginProps, type PlacedComment } from './CommentMargin';
import type { ActViewPreparer } from './prepared-act-views';

interface MarkedActProps {
  act: ProseMirrorNode;
  label: string;
  /** The case's materials and legislation, for the act's citations. */
  caseRecord: Pick<CaseRecord, 'materials' | 'legislation'>;
  rubric: CommentMarginProps['rubric'];
  /** The pack's comment bank by id, for the comments that are bank comments; undefined while loading. */
  bank: CommentMarginProps['bank'];
  comments: readonly AnchoredComment[];
  controller: ActEditorController | null;
  onController: (controller: ActEditorController | null) => void;
  /** The comment form, beside its passage, while a comment is written or rewritten. */
  form: { from: number; to: number; editing?: string; element: ReactNode } | null;
  /** Rewriting and deleting a comment; absent where the marks are only read (an earlier version). */
  onEdit: ((id: string) => void) | undefined;
  onDelete: ((id: string) => void) | undefined;
  /** Told of the part being read: the caret's once the act has the focus, otherwise the part at the top of the view. */
  onReadingPart: (index: number) => void;
  /** Where the screen builds the next act's view ahead of time (see MARKED_ACT_VIEW). */
  preparer?: ActViewPreparer;
}

/** How MarkedAct shows an act, for a screen that builds the next act's view ahead of time (ActViewPreparer). */
export const MARKED_ACT_VIEW = { className: 'marked-act__act', caret: true } as const;

/**
 * The submitted act, read-only but with a caret for selecting passages, its commented passages highlighted, and the
 * comments in a margin beside it that scrolls with it.
 */
export function MarkedAct({
  act,
  label,
  caseRecord,
  rubric,
  bank,
  comments,
  controller,
  onController,
  form,
  onEdit,
  onDelete,
  onReadingPart,
  preparer,
}: MarkedActProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [layoutTick, setLayoutTick] = useState(0);

  const placed = useMemo<PlacedComment[]>(
    () =>
      comments
        .map((comment) => ({ comment, range: resolveAnchor(act, comment.anchor) }))
        .sort((a, b) => (a.range?.from ?? Infinity) - (b.range?.from ?? Infinity)),
    [act, comments],
  );
  const highlights = useMemo<PassageHighlight[]>(() => {
    const shown: PassageHighlight[] = placed.flatMap(({ comment, range }) =>
      range
        ? [{ id: comment.id, ...range, active: comment.id === activeId || comment.id === form?.editing }]
        : [],
    );
    if (form && !form.editing) shown.push({ id: 'new', from: form.from, to: form.to, active: true });
    return shown;
  }, [placed, activeId, form]);

  // The part being read, for the model answer beside the act; and the margin placed again when the act moves.
  const reported = useRef(-1);
  useEffect(() => {
    const element = scroller.current;
    if (!controller || !element) return;
    const report = (index: number) => {
      if (index === reported.current) return;
      reported.current = index;
      onReadingPart(index);
    };
    const fromCaret = () => {
      if (!controller.view.hasFocus()) return;
      const { $head } = controller.state.selection;
      report($head.depth === 0 ? 0 : $head.index(0));
    };
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setLayoutTick((tick) => tick + 1);
        if (controller.view.hasFocus()) return;
        const box = element.getBoundingClientRect();
        const text = controller.view.dom.getBoundingClientRect();
        const hit = controller.view.posAtCoords({ left: text.left + 24, top: box.top + 48 });
        if (hit) report(controller.doc.resolve(hit.pos).index(0));
      });
    };
    const resize = new ResizeObserver(() => setLayoutTick((tick) => tick + 1));
    resize.observe(controller.view.dom);
    const unsubscribe = controller.subscribe(fromCaret);
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      unsubscribe();
      element.removeEventListener('scroll', onScroll);
    };
  }, [controller, onReadingPart]);

  return (
    <div className="marked-act" ref={scroller}>
      <div className="marked-act__text">
        <ActView
          doc={act}
          label={label}
          caseRecord={caseRecord}
          className={MARKED_ACT_VIEW.className}
          caret={MARKED_ACT_VIEW.caret}
          highlights={highlights}
          onController={onController}
          preparer={preparer}
        />
      </div>
      <CommentMargin
        controller={controller}
        comments={placed}
        rubric={rubric}
        bank={bank}
        form={
          form && {
            position: form.from,
            ...(form.editing && { editing: form.editing }),
            element: form.element,
          }
        }
        activeId={activeId}
        onActivate={setActiveId}
        onEdit={onEdit}
        onDelete={onDelete}
        layoutTick={layoutTick}
      />
    </div>
  );
}
