import type { KeyboardEvent } from 'react';
import type { ContentLanguage } from '../../domain/language';
import { useI18n } from '../../i18n/I18nProvider';
import type { CaseDocument } from './case-documents';
import { documentBadge, documentTabId, documentTitle, titleInCaseLanguage } from './document-title';

export const DOCUMENT_PANEL_ID = 'reader-panel';

interface DocumentNavProps {
  documents: readonly CaseDocument[];
  currentId: string;
  language: ContentLanguage;
  onOpen: (id: string) => void;
}

/**
 * The documents of the case file as a vertical tab list: Tab reaches the open one, the arrow keys (and Home,
 * End) move to another and open it. In a narrow pane it gives way to a drop-down list (DocumentSelect).
 */
export function DocumentNav({ documents, currentId, language, onOpen }: DocumentNavProps) {
  const { t } = useI18n();

  function key(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const last = documents.length - 1;
    const targets: Record<string, number> = {
      ArrowDown: index === last ? 0 : index + 1,
      ArrowRight: index === last ? 0 : index + 1,
      ArrowUp: index === 0 ? last : index - 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    const document = documents[target];
    const tab = event.currentTarget.parentElement?.children[target];
    if (!document) return;
    event.preventDefault();
    onOpen(document.id);
    if (tab instanceof HTMLElement) tab.focus();
  }

  return (
    <div
      className="reader-nav"
      role="tablist"
      aria-orientation="vertical"
      aria-label={t('reader.materialsContents')}
    >
      {documents.map((document, index) => {
        const selected = document.id === currentId;
        const badge = documentBadge(document, t);
        return (
          <button
            key={document.id}
            id={documentTabId(document)}
            type="button"
            role="tab"
            className="reader-nav__item"
            aria-selected={selected}
            aria-controls={DOCUMENT_PANEL_ID}
            tabIndex={selected ? 0 : -1}
            onClick={() => onOpen(document.id)}
            onKeyDown={(event) => key(event, index)}
          >
            <span className="reader-nav__title" lang={titleInCaseLanguage(document) ? language : undefined}>
              {documentTitle(document, t)}
            </span>
            {badge && <span className="reader-nav__badge">{badge}</span>}
          </button>
        );
      })}
    </div>
  );
}
