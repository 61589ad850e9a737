import { useLayoutEffect, useRef, type ReactNode } from 'react';
import type { ActEditorController } from '../../editor/core/act-editor-controller';
import type { AnchoredComment } from '../../domain/review/marks';
import type { RubricCriterion } from '../../domain/pack/pack-fields';
import { useI18n } from '../../i18n/I18nProvider';
import { stackMarginItems } from './margin-layout';

/** A comment with where its passage is in the act now (undefined when its passage can no longer be found). */
export interface PlacedComment {
  comment: AnchoredComment;
  range: { from: number; to: number } | undefined;
}

export interface CommentMarginProps {
  controller: ActEditorController | null;
  /** In the order of the act. */
  comments: readonly PlacedComment[];
  /** The criteria a comment may name, for their titles. */
  rubric: readonly Pick<RubricCriterion, 'id' | 'title'>[];
  /** The pack's comment bank by id, for a comment that is a bank comment (its text is the bank's); undefined while loading. */
  bank: ReadonlyMap<string, { text: string }> | undefined;
  /** The comment form, with the position of its passage, while one is being written or rewritten. */
  form: { position: number; editing?: string; element: ReactNode } | null;
  activeId: string | null;
  onActivate: (id: string | null) => void;
  /** Absent where the marks are only read (an earlier version): the comments are shown without their buttons. */
  onEdit: ((id: string) => void) | undefined;
  onDelete: ((id: string) => void) | undefined;
  /** Counted whenever the act's layout may have moved (a scroll, a resize), to place the comments again. */
  layoutTick: number;
}

const GAP = 8;
const QUOTE_LENGTH = 90;

/**
 * The comments on passages, in the margin beside the act: each level with its passage as far as the comments above
 * it leave room (stackMarginItems), in the act's order for the keyboard. A comment's quote takes the caret to its
 * passage; a comment whose passage is gone (it cannot be, the act never changes, but a record may be damaged) is
 * kept at the end with its quote.
 */
export function CommentMargin({
  controller,
  comments,
  rubric,
  bank,
  form,
  activeId,
  onActivate,
  onEdit,
  onDelete,
  layoutTick,
}: CommentMarginProps) {
  const { t } = useI18n();
  const margin = useRef<HTMLDivElement>(null);
  const titles = new Map(rubric.map((criterion) => [criterion.id, criterion.title]));
  const items = comments.filter((placed) => placed.comment.id !== form?.editing);

  useLayoutEffect(() => {
    const element = margin.current;
    if (!element || !controller) return;
    const cards = [...element.querySelectorAll<HTMLElement>(':scope > [data-margin-position]')];
    const originTop = element.getBoundingClientRect().top;
    const wanted = cards.map((card) => {
      const position = Number(card.dataset.marginPosition);
      if (!Number.isFinite(position)) return Infinity;
      try {
        return controller.view.coordsAtPos(position).top - originTop;
      } catch {
        return Infinity;
      }
    });
    const order = cards.map((_card, index) => index).sort((a, b) => (wanted[a] ?? 0) - (wanted[b] ?? 0));
    const tops = stackMarginItems(
      order.map((index) => (Number.isFinite(wanted[index]) ? (wanted[index] ?? 0) : 0)),
      order.map((index) => cards[index]?.offsetHeight ?? 0),
      GAP,
    );
    let bottom = 0;
    order.forEach((index, place) => {
      const card = cards[index];
      const top = tops[place] ?? 0;
      if (!card) return;
      card.style.top = `${top}px`;
      bottom = Math.max(bottom, top + card.offsetHeight);
    });
    element.style.minHeight = `${bottom}px`;
  });

  const card = (placed: PlacedComment) => {
    const { comment, range } = placed;
    const criterion = comment.criterionId && titles.get(comment.criterionId);
    const quote =
      comment.anchor.quote.length > QUOTE_LENGTH
        ? `${comment.anchor.quote.slice(0, QUOTE_LENGTH)}…`
        : comment.anchor.quote;
    return (
      <article
        key={comment.id}
        className={`margin-comment${activeId === comment.id ? ' margin-comment--active' : ''}`}
        data-margin-position={range?.from ?? 'none'}
        data-comment={comment.id}
        aria-label={t('marking.commentLabel', { quote })}
        onFocus={() => onActivate(comment.id)}
        onMouseEnter={() => onActivate(comment.id)}
        onMouseLeave={() => onActivate(null)}
      >
        <button
          type="button"
          className="margin-comment__quote margin-comment__quote--link"
          disabled={!range}
          title={range ? t('marking.commentGoTo') : t('marking.commentPassageLost')}
          onClick={() => {
            if (!range || !controller) return;
            controller.selectRange(range.from, range.to);
          }}
        >
          {quote}
        </button>
        {criterion && <p className="margin-comment__criterion">{criterion}</p>}
        {comment.text && <p className="margin-comment__text">{comment.text}</p>}
        {comment.bankId !== undefined && (
          <p className="margin-comment__text margin-comment__text--bank">
            <span className="bank-label">{t('marking.bankLabel')}</span>
            {bank?.get(comment.bankId)?.text ?? t('marking.commentFromBank')}
          </p>
        )}
        {onEdit && onDelete && (
          <div className="margin-comment__actions">
            <button type="button" className="button button--compact" onClick={() => onEdit(comment.id)}>
              {t('marking.commentEdit')}
            </button>
            <button type="button" className="button button--compact" onClick={() => onDelete(comment.id)}>
              {t('marking.commentDelete')}
            </button>
          </div>
        )}
      </article>
    );
  };

  return (
    <aside
      className="marked-act__margin"
      aria-label={t('marking.marginLabel')}
      ref={margin}
      data-layout={layoutTick}
    >
      {items.length === 0 && !form && <p className="marked-act__margin-empty">{t('marking.marginEmpty')}</p>}
      {items.map(card)}
      {form && (
        <div className="margin-comment__slot" data-margin-position={form.position}>
          {form.element}
        </div>
      )}
    </aside>
  );
}
