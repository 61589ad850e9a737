import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { useState } from 'react';
import { useServices } from '../../../app/services';
import type { ActTemplate } from '../../../domain/act/template';
import { useI18n } from '../../../i18n/I18nProvider';
import type { CaseRecord } from '../../../storage/records';
import { errorMessage } from '../../../ui/error-message';
import type { NoticeTone } from '../../../ui/Notice';
import { exportAkomaNtoso } from './export-akoma-ntoso';
import { IconButton } from '../../../ui/IconButton';

interface AkomaNtosoExportButtonProps {
  caseRecord: CaseRecord;
  template: ActTemplate;
  /** The newest text of the act, read when the button is pressed. */
  readDocument: () => ProseMirrorNode;
  onNotice: (notice: { tone: NoticeTone; text: string }) => void;
  /** Called once the file is saved: every export leaves a version in the history. */
  onExported: () => void;
}

/** "XML" in the workspace header: the act saved as Akoma Ntoso XML, for other legal software. */
export function AkomaNtosoExportButton({
  caseRecord,
  template,
  readDocument,
  onNotice,
  onExported,
}: AkomaNtosoExportButtonProps) {
  const services = useServices();
  const { t } = useI18n();
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    try {
      const result = await exportAkomaNtoso(services, {
        caseRecord,
        template,
        doc: readDocument(),
        dialog: { title: t('aknExport.dialogTitle'), filterName: t('aknExport.filter') },
      });
      if (result.saved) {
        onExported();
        onNotice({ tone: 'success', text: t('aknExport.saved', { name: result.name }) });
      }
    } catch (error) {
      onNotice({ tone: 'error', text: errorMessage(t, 'aknExport.failed', error) });
    } finally {
      setSaving(false);
    }
  }

  // A secondary action beside handing in: a short label, its full name for screen readers and in the tooltip.
  return (
    <IconButton
      className="button button--compact"
      label={t('aknExport.label')}
      hint={t('aknExport.hint')}
      disabled={saving}
      onClick={() => void save()}
    >
      {t('aknExport.button')}
    </IconButton>
  );
}
