import './CitationEvidenceButtons.css';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Citation } from '../../../domain/act/citation';
import { actLanguage } from '../../../domain/act/document';
import { useActEditor } from '../../../editor/core/act-editor-context';
import { insertCitation } from '../../../editor/citations/insert-citation';
import { evidenceRange, linkEvidence, unlinkEvidence } from '../../../editor/evidence/evidence-commands';
import { useI18n } from '../../../i18n/I18nProvider';
import type { CaseRecord } from '../../../storage/records';
import { CitationPicker } from './CitationPicker';
import { EvidencePicker } from './EvidencePicker';
import { shortcutHandler } from '../../../ui/shortcut-handler';
import { IconButton } from '../../../ui/IconButton';

type Picker = 'citation' | 'evidence';

interface CitationEvidenceButtonsProps {
  caseRecord: Pick<CaseRecord, 'legislation' | 'materials'>;
}

/**
 * The toolbar's «cite a statute» and «link to evidence» buttons, their shortcuts (while the text has the focus)
 * and their pickers. Closing a picker gives the focus back to the text, at the cursor.
 */
export function CitationEvidenceButtons({ caseRecord }: CitationEvidenceButtonsProps) {
  const { t } = useI18n();
  const controller = useActEditor();
  const [open, setOpen] = useState<Picker | null>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (!controller) return;
    const handle = shortcutHandler({
      insertCitation: () => setOpen('citation'),
      linkEvidence: () => setOpen('evidence'),
    });
    const dom = controller.view.dom;
    dom.addEventListener('keydown', handle);
    return () => dom.removeEventListener('keydown', handle);
  }, [controller]);

  useEffect(() => {
    // After the dialog has left the page (while it is open, the rest of the page cannot take the focus).
    if (open) wasOpen.current = true;
    else if (wasOpen.current) {
      wasOpen.current = false;
      controller?.view.focus();
    }
  }, [open, controller]);

  const language = actLanguage(controller?.doc);
  const state = controller?.state;

  function insert(citation: Citation) {
    controller?.run(insertCitation(citation, language));
    setOpen(null);
  }

  const button = (picker: Picker, label: string, icon: ReactNode) => (
    <IconButton
      className={`toolbar__button toolbar__button--${picker}`}
      label={label}
      aria-haspopup="dialog"
      disabled={!controller}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => setOpen(picker)}
    >
      {icon}
    </IconButton>
  );

  return (
    <>
      <span className="toolbar__separator" />
      {button('citation', t('citation.insert'), <span aria-hidden="true">§</span>)}
      {button(
        'evidence',
        t('evidence.link'),
        // A paperclip: the text is attached to a material of the case.
        <svg className="toolbar__icon" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M10.5 4.5 5.3 9.7a1.5 1.5 0 0 0 2.1 2.1l5.5-5.5a3 3 0 0 0-4.2-4.2L3.2 7.6a4.5 4.5 0 0 0 6.4 6.4l4.2-4.2" />
        </svg>,
      )}
      {open === 'citation' && (
        <CitationPicker
          legislation={caseRecord.legislation}
          language={language}
          onInsert={insert}
          onClose={() => setOpen(null)}
        />
      )}
      {open === 'evidence' && controller && state && (
        <EvidencePicker
          materials={caseRecord.materials}
          hasSelection={!state.selection.empty}
          linked={evidenceRange(state) !== null}
          onLink={(material) => {
            controller.run(linkEvidence(material));
            setOpen(null);
          }}
          onUnlink={() => {
            controller.run(unlinkEvidence);
            setOpen(null);
          }}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
