import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { useEffect, useRef, useState } from 'react';
import { ActEditorContext } from '../../editor/core/act-editor-context';
import type { ActEditorController } from '../../editor/core/act-editor-controller';
import type { PassageHighlight } from '../../editor/core/passage-highlights';
import { useI18n } from '../../i18n/I18nProvider';
import type { CaseRecord } from '../../storage/records';
import { useMaterialNavigator } from '../case-file/material-navigator';
import { CitationTooltip } from './CitationTooltip';
import { buildActView, type ActViewPreparer } from './prepared-act-views';

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
  /** Where the screen builds the act it is about to show ahead of time: the view is taken from it when built. */
  preparer?: ActViewPreparer;
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
  preparer,
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
    const { brokenLabel } = latest.current;
    const spec = { doc, label, className, caret, materials: caseRecord.materials, brokenLabel };
    // Built ahead of time, off the page, by the screen (the next submission to mark): only its DOM is put in place.
    const prepared = preparer?.take(spec);
    if (prepared) element.append(prepared.controller.view.dom);
    const { controller: view, openMaterial } = prepared ?? buildActView(element, spec);
    openMaterial.current = (materialId) => {
      latest.current.onOpenMaterial?.(materialId);
      latest.current.navigator.open(materialId);
    };
    setController(view);
    latest.current.onController?.(view);
    return () => {
      setController(null);
      latest.current.onController?.(null);
      // Taking apart a 100-page act's view holds the page for tens of milliseconds, while the next act is awaited:
      // it leaves the page at once, and is destroyed once the page is idle.
      view.view.dom.remove();
      requestIdleCallback(() => view.destroy(), { timeout: 2000 });
    };
  }, [doc, label, className, caseRecord.materials, caret, preparer]);

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
