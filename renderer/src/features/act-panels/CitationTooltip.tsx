import './CitationTooltip.css';
import { NodeSelection, type EditorState } from 'prosemirror-state';
import { useEffect, useState } from 'react';
import { citationOfExcerpt, findExcerpt, formatCitation, isOtherPart } from '../../domain/act/citation';
import { actLanguage } from '../../domain/act/document';
import { actSchema } from '../../domain/act/schema';
import type { LegislationExcerpt } from '../../domain/pack/pack-fields';
import { useActEditor } from '../../editor/core/act-editor-context';
import { useEditorSelector } from '../../editor/core/use-editor';
import { useI18n } from '../../i18n/I18nProvider';

interface CitationTooltipProps {
  legislation: readonly LegislationExcerpt[];
}

/**
 * The text of the article a citation cites, from the case's legislation excerpts: shown while the pointer is on
 * a citation, while the cursor stands next to one in the focused text, or (in a read-only act, where citations
 * take the focus) while a citation has the focus. Per transaction it only looks at the nodes beside the cursor;
 * the excerpt is looked up when the tooltip shows. It serves the nearest act: the editor's, or a read-only view's.
 */
export function CitationTooltip({ legislation }: CitationTooltipProps) {
  const { t } = useI18n();
  const controller = useActEditor();
  const [hovered, setHovered] = useState<HTMLElement | null>(null);
  const [focused, setFocused] = useState(false);
  const [focusedCitation, setFocusedCitation] = useState<HTMLElement | null>(null);
  /** Bumped when the page scrolls, so a tooltip shown for the cursor follows its citation. */
  const [, setScrolled] = useState(0);
  const atCursor = useEditorSelector(controller, citationBesideCursor, -1);

  useEffect(() => {
    if (!controller) return;
    const { view } = controller;
    const onMouseOver = (event: MouseEvent) => {
      const citation = event.target instanceof Element ? event.target.closest('.citation') : null;
      setHovered(citation instanceof HTMLElement && view.dom.contains(citation) ? citation : null);
    };
    const onMouseLeave = () => setHovered(null);
    const onFocusChange = (event: FocusEvent) => {
      setFocused(view.hasFocus());
      const citation =
        event.type === 'focusin' && event.target instanceof Element
          ? event.target.closest('.citation')
          : null;
      setFocusedCitation(citation instanceof HTMLElement ? citation : null);
    };
    const onScroll = () => {
      setHovered(null);
      setScrolled((count) => count + 1);
    };
    view.dom.addEventListener('mouseover', onMouseOver);
    view.dom.addEventListener('mouseleave', onMouseLeave);
    view.dom.addEventListener('focusin', onFocusChange);
    view.dom.addEventListener('focusout', onFocusChange);
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      view.dom.removeEventListener('mouseover', onMouseOver);
      view.dom.removeEventListener('mouseleave', onMouseLeave);
      view.dom.removeEventListener('focusin', onFocusChange);
      view.dom.removeEventListener('focusout', onFocusChange);
      window.removeEventListener('scroll', onScroll, { capture: true });
    };
  }, [controller]);

  const cursorElement = controller && focused && atCursor >= 0 ? controller.view.nodeDOM(atCursor) : null;
  const element = hovered?.isConnected
    ? hovered
    : focusedCitation?.isConnected
      ? focusedCitation
      : cursorElement instanceof HTMLElement
        ? cursorElement
        : null;
  if (!element) return null;

  const language = actLanguage(controller?.doc);
  const cited = {
    code: element.dataset.code ?? '',
    article: element.dataset.article ?? '',
    part: element.dataset.part ?? '',
  };
  const excerpt = findExcerpt(cited, legislation);
  const rect = element.getBoundingClientRect();
  // Below the citation, or above it when it is in the lower part of the window.
  const below = rect.bottom < window.innerHeight * 0.6;
  const style = {
    left: Math.max(8, Math.min(rect.left, window.innerWidth - 440)),
    ...(below ? { top: rect.bottom + 6 } : { bottom: window.innerHeight - rect.top + 6 }),
  };

  return (
    <div className="citation-tooltip" role="tooltip" aria-live="polite" style={style}>
      {excerpt ? (
        <>
          {isOtherPart(cited, excerpt) && (
            <p className="citation-tooltip__missing">{t('citation.otherPart', { part: cited.part })}</p>
          )}
          <p className="citation-tooltip__source" lang={language}>
            {formatCitation(citationOfExcerpt(excerpt, language), language)}
            {excerpt.title && ` — ${excerpt.title}`}
          </p>
          <p className="citation-tooltip__text" lang={language}>
            {excerpt.text}
          </p>
        </>
      ) : (
        <p className="citation-tooltip__missing">{t('citation.notInCase')}</p>
      )}
    </div>
  );
}

/** The position of the citation the cursor stands beside (or that is selected), else -1. */
function citationBesideCursor(state: EditorState): number {
  const { selection } = state;
  const citation = actSchema.nodes.citation;
  if (selection instanceof NodeSelection) return selection.node.type === citation ? selection.from : -1;
  if (!selection.empty) return -1;
  const { $head } = selection;
  if ($head.nodeAfter?.type === citation) return $head.pos;
  if ($head.nodeBefore?.type === citation) return $head.pos - $head.nodeBefore.nodeSize;
  return -1;
}
