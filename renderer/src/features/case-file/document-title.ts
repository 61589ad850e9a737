import type { Translate } from '../../i18n/I18nProvider';
import type { CaseDocument } from './case-documents';

/** A document's name in the list: a material's own title, or the fixed name of the task, legislation, criteria. */
export function documentTitle(document: CaseDocument, t: Translate): string {
  switch (document.kind) {
    case 'task':
      return t('reader.instructions');
    case 'legislation':
      return t('reader.legislation');
    case 'rubric':
      return t('reader.rubric');
    default:
      return document.material.title;
  }
}

/** A short label for a file that is not text: PDF or image. */
export function documentBadge(document: CaseDocument, t: Translate): string | undefined {
  if (document.kind === 'pdf') return t('reader.kind.pdf');
  if (document.kind === 'image') return t('reader.kind.image');
  return undefined;
}

/** Whether the title is written in the case's language (a material's) rather than the interface's. */
export function titleInCaseLanguage(document: CaseDocument): boolean {
  return document.kind === 'text' || document.kind === 'pdf' || document.kind === 'image';
}

/** The id of a document's entry in the list, which labels the panel showing it. */
export function documentTabId(document: CaseDocument): string {
  return `reader-tab-${document.id}`;
}
