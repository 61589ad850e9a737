import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { useEffect, useRef, useState } from 'react';
import { ActEditorContext } from '../../editor/core/act-editor-context';
import { ActEditorController } from '../../editor/core/act-editor-controller';
import type { PassageHighlight } from '../../editor/core/passage-highlights';
import { useI18n } from '../../i18n/I18nProvider';
import type { CaseRecord } from '../../storage/records';
import { useMaterialNavigator } from '../case-file/material-navigator';
import { CitationTooltip } from './CitationTooltip';

interface ActViewProps {
  doc: ProseMirrorNode;
  /** Read by screen readers for the act (which act, which version). */
  label: string;
  /** The case the act was written for: its materials for evidence links, its legislation for citations. */
  caseRecord: Pick<CaseRecord, 'materials' | 'legislation'>;
  /** Classes for where the act is shown, beside the editor's own `act-editor`. */
  className?: string;
  /** Called as an evidence link opens its material in the case file (a dialog showing the act closes first). */
  onOpenMaterial?: (materialId: string) => void;
  /** The act takes a caret and a selection from the keyboard (a trainer selecting passages), still never a change. */
  caret?: boolean;
  /** Passages drawn highlighted (a trainer's comments on them). */
  highlights?: readonly PassageHighlight[];
  /** Told of the view once it is built (and of null when it goes), for panels beside the act that follow it. */
  onController?: (controller: ActEditorController | null) => void;
}

/**
 * An act shown read-only as the editor shows it (the same schema, mark views and numbering): a citation shows its
 * article on hover or focus, an evidence link opens its material in the case file on a click or Enter. A
 * ProseMirror view that takes no change, so reading can never alter the act. Used by the revision preview and
 * by a trainer's review.
 */
export function ActView({
  doc,
  label,
  caseRecord,
  className,
  onOpenMaterial,
  caret = false,
  highlights,
  onController,
}: ActViewProps) {
  const { t } = useI18n();
  const navigator = useMaterialNavigator();
  const mount = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<ActEditorController | null>(null);
  /** The newest props for the view's handlers: the view is rebuilt for another act, not for another callback. */
  const latest = useRef({ navigator, onOpenMaterial, onController, brokenLabel: t('evidence.broken') });
  useEffect(() => {
    latest.current = { navigator, onOpenMaterial, onController, brokenLabel: t('evidence.broken') };
  });

  useEffect(() => {
    const element = mount.current;
    if (!element) return;
    const view = new ActEditorController(element, {
      readOnly: true,
      caret,
      doc,
      label,
      ...(className !== undefined && { className }),
      evidence: {
        materials: new Map(caseRecord.materials.map((material) => [material.id, material.title])),
        onOpenMaterial: (materialId) => {
          latest.current.onOpenMaterial?.(materialId);
          latest.current.navigator.open(materialId);
        },
        brokenLabel: latest.current.brokenLabel,
      },
    });
    setController(view);
    latest.current.onController?.(view);
    return () => {
      setController(null);
      latest.current.onController?.(null);
      view.destroy();
    };
  }, [doc, label, className, caseRecord.materials, caret]);

  useEffect(() => {
    if (controller && highlights) controller.showPassages(highlights);
  }, [controller, highlights]);

  return (
    <ActEditorContext value={controller}>
      <div className="act-editor-mount" ref={mount} />
      <CitationTooltip legislation={caseRecord.legislation} />
    </ActEditorContext>
  );
}
