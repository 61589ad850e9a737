import './ImageViewer.css';
import type { AttachmentMaterial } from '../../../domain/pack/pack';
import type { ContentLanguage } from '../../../domain/language';
import { useI18n } from '../../../i18n/I18nProvider';
import { ImageStage } from './ImageStage';
import { useAttachment } from './use-attachment';
import { ViewerMessage } from '../viewer/ViewerMessage';
import { ViewerToolbar } from '../viewer/ViewerToolbar';

interface ImageViewerProps {
  material: AttachmentMaterial;
  language: ContentLanguage;
  scrollKey: string;
}

/** A PNG or JPEG of the case (a scan, a photograph), read from the database and shown with zoom. */
export function ImageViewer({ material, language, scrollKey }: ImageViewerProps) {
  const { t } = useI18n();
  const attachment = useAttachment(material.sha256);
  if (attachment.status === 'ready')
    return (
      <ImageStage
        material={material}
        language={language}
        blob={attachment.record.data}
        scrollKey={scrollKey}
      />
    );
  return (
    <div className="reader-viewer">
      <ViewerToolbar material={material} language={language} />
      <ViewerMessage tone={attachment.status === 'loading' ? 'busy' : 'problem'}>
        {attachment.status === 'loading'
          ? t('reader.opening')
          : attachment.status === 'missing'
            ? t('reader.fileMissing')
            : t('reader.fileUnreadable')}
      </ViewerMessage>
    </div>
  );
}
