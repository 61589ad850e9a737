import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { ActEditorController } from '../../editor/core/act-editor-controller';
import type { CaseRecord } from '../../storage/records';

/** What a read-only act view (ActView) is built from: the same spec gives the same view. */
export interface ActViewSpec {
  doc: ProseMirrorNode;
  label: string;
  className: string | undefined;
  caret: boolean;
  /** The case's materials, for evidence links. */
  materials: CaseRecord['materials'];
  /** The title of an evidence link whose material is missing, in the interface's language. */
  brokenLabel: string;
}

/** A built view, and whom it tells of an evidence link opened (set by the ActView that shows it). */
export interface BuiltActView {
  controller: ActEditorController;
  openMaterial: { current: (materialId: string) => void };
}

/** Builds a read-only act view for `spec` into `mount`. */
export function buildActView(mount: HTMLElement, spec: ActViewSpec): BuiltActView {
  const openMaterial: BuiltActView['openMaterial'] = { current: () => undefined };
  const controller = new ActEditorController(mount, {
    readOnly: true,
    caret: spec.caret,
    doc: spec.doc,
    label: spec.label,
    ...(spec.className !== undefined && { className: spec.className }),
    evidence: {
      materials: new Map(spec.materials.map((material) => [material.id, material.title])),
      onOpenMaterial: (materialId) => openMaterial.current(materialId),
      brokenLabel: spec.brokenLabel,
    },
  });
  return { controller, openMaterial };
}

/**
 * Builds the act view a screen is about to show (the next submission to mark) while the page is idle, off the page,
 * so that showing it only inserts its DOM: building a ProseMirror view of a 100-page act (its DOM, numbering,
 * citations) takes tens of milliseconds the reader would otherwise wait for. Holds one prepared view at a time.
 */
export class ActViewPreparer {
  private prepared: { spec: ActViewSpec; view: BuiltActView } | null = null;

  /** Builds the view for `spec` once the page is idle, in place of any prepared before. Returns what cancels it. */
  prepareWhenIdle(spec: ActViewSpec): () => void {
    if (this.prepared && sameSpec(this.prepared.spec, spec)) return () => undefined;
    const handle = requestIdleCallback(() => this.prepare(spec), { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }

  /** The view prepared for `spec`, handed over once (its DOM is still off the page); undefined when there is none. */
  take(spec: ActViewSpec): BuiltActView | undefined {
    if (!this.prepared || !sameSpec(this.prepared.spec, spec)) return undefined;
    const { view } = this.prepared;
    this.prepared = null;
    return view;
  }

  /** Lets go of the view not taken. */
  dispose(): void {
    this.prepared?.view.controller.destroy();
    this.prepared = null;
  }

  private prepare(spec: ActViewSpec): void {
    this.dispose();
    this.prepared = { spec, view: buildActView(document.createElement('div'), spec) };
  }
}

function sameSpec(a: ActViewSpec, b: ActViewSpec): boolean {
  return (
    a.doc === b.doc &&
    a.label === b.label &&
    a.className === b.className &&
    a.caret === b.caret &&
    a.materials === b.materials &&
    a.brokenLabel === b.brokenLabel
  );
}
