import type { Command } from 'prosemirror-state';
import { canonicalCode, formatCitation, type Citation } from '../../domain/act/citation';
import type { ContentLanguage } from '../../domain/language';
import { actSchema } from '../../domain/act/schema';

/**
 * Puts a citation, written out in the act's language (its code too), in place of the selection. Refused where there is no text to
 * put it in (a selection across parts, or none in a textblock).
 */
export function insertCitation(citation: Citation, language: ContentLanguage): Command {
  return (state, dispatch) => {
    const { $from, $to } = state.selection;
    if (!$from.sameParent($to) || !$from.parent.inlineContent) return false;
    const node = actSchema.nodes.citation.create({
      ...citation,
      code: canonicalCode(citation.code, language),
      text: formatCitation(citation, language),
    });
    // `true`: the citation takes the formatting of the text around it.
    dispatch?.(state.tr.replaceSelectionWith(node, true).scrollIntoView());
    return true;
  };
}
