import type { WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { createRichTextSanitizer, type RichTextSanitizer } from '../../renderer/src/domain/pack/rich-text';

let sanitizer: RichTextSanitizer | undefined;

/** The app's rich-text sanitiser on a jsdom window: what the importer runs in the app, run in Node. */
export function nodeSanitizer(): RichTextSanitizer {
  sanitizer ??= createRichTextSanitizer(new JSDOM('').window as unknown as WindowLike);
  return sanitizer;
}
