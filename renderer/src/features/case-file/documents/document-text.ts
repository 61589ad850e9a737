import { formatArticleReference } from '../../../domain/text/article-reference';
import type { Translate } from '../../../i18n/I18nProvider';
import type { CaseRecord } from '../../../storage/records';
import type { CaseDocument } from '../case-documents';
import { richTextPlain } from './rich-text-html';

/**
 * The text of each document as it is shown, for search: the same paragraphs, headings and labels the views
 * render (they use the functions below), one block a line, so search counts what highlighting paints.
 */
export function documentText(document: CaseDocument, caseRecord: CaseRecord, t: Translate): string {
  switch (document.kind) {
    case 'task':
      return instructionParagraphs(caseRecord.instructions).join('\n');
    case 'text':
      return richTextPlain(document.material);
    case 'legislation':
      return caseRecord.legislation
        .flatMap((excerpt) => [
          formatArticleReference(excerpt, caseRecord.language),
          ...excerptParagraphs(excerpt.text),
        ])
        .join('\n');
    case 'rubric':
      return caseRecord.rubric
        .flatMap((criterion) => [
          `${criterion.title} — ${t('reader.rubricPoints', { points: criterion.maxPoints })}`,
          ...(criterion.description ? [criterion.description] : []),
        ])
        .join('\n');
    case 'pdf':
    case 'image':
      return '';
  }
}

/** The task's paragraphs: the pack separates them with a blank line. */
export function instructionParagraphs(instructions: string): string[] {
  return instructions.split(/\n{2,}/);
}

/** A legislation excerpt's paragraphs: one a line. */
export function excerptParagraphs(text: string): string[] {
  return text.split(/\n+/);
}
