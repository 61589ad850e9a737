import { DOMSerializer, type Node as ProseMirrorNode } from 'prosemirror-model';
import { useEffect, useRef } from 'react';
import { actSchema } from '../../../domain/act/schema';

/**
 * An earlier version of the act, read-only, styled as the editor styles the act. Rendered by the schema's own
 * serializer into plain DOM: nothing in it can be edited, and no second editor is started.
 */
export function RevisionPreview({ doc, label }: { doc: ProseMirrorNode; label: string }) {
  const page = useRef<HTMLDivElement>(null);
  useEffect(() => {
    page.current?.replaceChildren(DOMSerializer.fromSchema(actSchema).serializeFragment(doc.content));
  }, [doc]);
  return (
    <div
      ref={page}
      className="act-editor revision-preview"
      lang={String(doc.attrs.language)}
      role="document"
      aria-label={label}
      // Focusable, so keyboard users can scroll it.
      tabIndex={0}
      data-testid="revision-preview"
    />
  );
}
