import { useId } from 'react';
import type { EvidenceMaterial } from '../../../editor/evidence/evidence-commands';
import { useI18n } from '../../../i18n/I18nProvider';
import { Dialog, DialogTitle } from '../../../ui/Dialog';
import { PickerList } from '../../../ui/PickerList';

interface EvidencePickerProps {
  materials: readonly EvidenceMaterial[];
  /** Whether text is selected (it becomes the link) or the material's title is to be inserted as the link. */
  hasSelection: boolean;
  /** Whether the selection, or the text at the cursor, is already linked: then the link can be removed. */
  linked: boolean;
  onLink: (material: EvidenceMaterial) => void;
  onUnlink: () => void;
  onClose: () => void;
}

/** Chooses the material of the case that the selected text refers to. */
export function EvidencePicker({
  materials,
  hasSelection,
  linked,
  onLink,
  onUnlink,
  onClose,
}: EvidencePickerProps) {
  const { t } = useI18n();
  const id = useId();

  return (
    <Dialog className="dialog evidence-picker" describedBy={`${id}-explain`} onClose={onClose}>
      <DialogTitle>{t('evidence.dialogTitle')}</DialogTitle>
      <p id={`${id}-explain`}>{t(hasSelection ? 'evidence.explainSelection' : 'evidence.explainInsert')}</p>
      {materials.length > 0 ? (
        <PickerList
          filterLabel={t('evidence.filter')}
          listLabel={t('evidence.materials')}
          items={materials}
          itemKey={(material) => material.id}
          itemText={(material) => material.title}
          empty={(query) => t('evidence.noMatches', { query })}
          onChoose={onLink}
          render={(material) => <span className="picker-list__title">{material.title}</span>}
        />
      ) : (
        <p>{t('evidence.noMaterials')}</p>
      )}
      <div className="dialog__actions">
        {linked && (
          <button type="button" className="button" onClick={onUnlink}>
            {t('evidence.unlink')}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
