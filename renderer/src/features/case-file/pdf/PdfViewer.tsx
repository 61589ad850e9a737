import './PdfViewer.css';
import type { AttachmentMaterial } from '../../../domain/pack/pack';
import type { ContentLanguage } from '../../../domain/language';
import { useI18n } from '../../../i18n/I18nProvider';
import { PdfPages } from './PdfPages';
import type { MatchTarget } from '../search/use-document-highlights';
import { usePdfDocument } from './use-pdf-document';
import { ViewerMessage } from '../viewer/ViewerMessage';
import { ViewerToolbar } from '../viewer/ViewerToolbar';

interface PdfViewerProps {
  material: AttachmentMaterial;
  language: ContentLanguage;
  pattern: RegExp | null;
  target: MatchTarget | null;
  scrollKey: string;
}

/** A PDF of the case, shown in the app with pdf.js; a file that cannot be shown says why instead. */
export function PdfViewer({ material, ...rest }: PdfViewerProps) {
  const { t } = useI18n();
  const state = usePdfDocument(material.sha256);
  if (state.status === 'ready')
    return <PdfPages material={material} pdf={state.pdf} pages={state.pages} {...rest} />;
  const message =
    state.status === 'loading'
      ? t('reader.opening')
      : state.status === 'missing'
        ? t('reader.fileMissing')
        : state.problem === 'password'
          ? t('reader.pdfPassword')
          : t('reader.pdfBroken');
  return (
    <div className="reader-viewer">
      <ViewerToolbar material={material} language={rest.language} />
      <ViewerMessage tone={state.status === 'loading' ? 'busy' : 'problem'}>{message}</ViewerMessage>
    </div>
  );
}
