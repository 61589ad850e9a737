import { useI18n } from '../../i18n/I18nProvider';
import type { CaseDocument } from './case-documents';
import { documentBadge, documentTitle } from './document-title';

interface DocumentSelectProps {
  documents: readonly CaseDocument[];
  currentId: string;
  onOpen: (id: string) => void;
}

/** The list of documents as a drop-down, for a pane too narrow for the tab list beside the document. */
export function DocumentSelect({ documents, currentId, onOpen }: DocumentSelectProps) {
  const { t } = useI18n();
  return (
    <select
      className="reader-select"
      aria-label={t('reader.document')}
      value={currentId}
      onChange={(event) => onOpen(event.target.value)}
    >
      {documents.map((document) => {
        const badge = documentBadge(document, t);
        return (
          <option key={document.id} value={document.id}>
            {badge
              ? t('reader.titleWithKind', { title: documentTitle(document, t), kind: badge })
              : documentTitle(document, t)}
          </option>
        );
      })}
    </select>
  );
}
