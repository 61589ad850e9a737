import DOMPurify from 'dompurify';
import type { TextMaterial } from '../../../domain/pack/pack';
import {
  createRichTextSanitizer,
  RICH_TEXT_PURIFY_CONFIG,
  type RichTextSanitizer,
} from '../../../domain/pack/rich-text';
import { collectText } from './dom-text';

const purified = new WeakMap<TextMaterial, string>();

/**
 * A rich-text material's HTML, sanitised once more before it reaches the page. It was sanitised at import, with
 * the same rules; doing it again costs little and means a record written by anything else still cannot carry
 * markup that runs, links or loads.
 */
export function purifiedHtml(material: TextMaterial): string {
  let html = purified.get(material);
  if (html === undefined) {
    html = purifyRichText(material.html);
    purified.set(material, html);
  }
  return html;
}

/** Any rich text of a pack or a trainer key (a model answer, grading notes), sanitised as a material is. */
export function purifyRichText(html: string): string {
  return DOMPurify.sanitize(html, { ...RICH_TEXT_PURIFY_CONFIG, RETURN_TRUSTED_TYPE: false });
}

/** The text of a rich-text material as search sees it: parsed (inertly, nothing loads) and read like the page. */
export function richTextPlain(material: TextMaterial): string {
  return collectText(new DOMParser().parseFromString(purifiedHtml(material), 'text/html').body).text;
}

let pageSanitizer: RichTextSanitizer | undefined;

/** The pack sanitiser on this page's DOM, made once: what a received file's rich text (a feedback's model answer) is held to. */
export function sanitizeOnPage(html: string): ReturnType<RichTextSanitizer> {
  pageSanitizer ??= createRichTextSanitizer(window);
  return pageSanitizer(html);
}
