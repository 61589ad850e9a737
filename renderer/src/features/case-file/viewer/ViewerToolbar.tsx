import './ViewerToolbar.css';
import type { ReactNode } from 'react';
import type { AttachmentMaterial } from '../../../domain/pack/pack';
import type { ContentLanguage } from '../../../domain/language';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatFileSize } from './file-size';

/** The bar above a PDF or an image: its title, file name and size, and the viewer's controls. */
export function ViewerToolbar({
  material,
  language,
  children,
}: {
  material: AttachmentMaterial;
  language: ContentLanguage;
  children?: ReactNode;
}) {
  const { locale } = useI18n();
  return (
    <div className="reader-viewer__toolbar">
      <div className="reader-viewer__heading">
        <h2 className="reader-viewer__title" lang={language} title={material.title}>
          {material.title}
        </h2>
        <span className="reader-viewer__file">
          {material.fileName} · {formatFileSize(material.size, locale)}
        </span>
      </div>
      {children}
    </div>
  );
}
