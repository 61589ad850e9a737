import { useMemo } from 'react';
import type { TextMaterial } from '../../../domain/pack/pack';
import { purifiedHtml } from './rich-text-html';

/** A rich-text material: its HTML, sanitised at import and again here, rendered as a document. */
export function RichText({ material }: { material: TextMaterial }) {
  const html = useMemo(() => ({ __html: purifiedHtml(material) }), [material]);
  return <div className="rich-text" dangerouslySetInnerHTML={html} />;
}
