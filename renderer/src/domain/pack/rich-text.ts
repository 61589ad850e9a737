import createDOMPurify, { type Config, type WindowLike } from 'dompurify';
import { disallowedMarkup } from './rich-text-markup';

/**
 * What rich text in a pack may contain: document structure and emphasis, nothing that runs, submits, links
 * or loads. Anything else is reported, and the pack refused, rather than silently dropped: a trainer should
 * know their material did not arrive as written, and a tampered pack should not get in at all.
 */
export const RICH_TEXT_PURIFY_CONFIG = {
  ALLOWED_TAGS: [
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'del',
    'sub',
    'sup',
    'mark',
    'small',
    'blockquote',
    'ul',
    'ol',
    'li',
    'table',
    'caption',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'code',
    'pre',
    'span',
    'div',
    // Not a tag rich text may hold (disallowedMarkup refuses `<body>`): the element DOMPurify walks from. Were it
    // not allowed, DOMPurify would deep-clone the whole parsed text to hoist it out of a disallowed root, which
    // doubled the time and memory of sanitising a large text (jsdom: 21 s → 10 s for 2 MB of dense markup).
    'body',
  ],
  ALLOWED_ATTR: ['colspan', 'rowspan', 'align', 'start', 'lang'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // DOMPurify checks every non-safelisted attribute value against this, not only URLs: no value with a scheme.
  ALLOWED_URI_REGEXP: /^[^:]*$/,
  // Without it, what the HTML parser puts in <head> (a leading <script>, <style>, <meta>, <link>, <base>,
  // <title> or comment) is dropped before sanitising and never reported, so such a pack would get in.
  FORCE_BODY: true,
} satisfies Config;

export interface SanitizedRichText {
  html: string;
  /** What was taken out, as `<script>` or `onclick on <p>`; empty when the input was already safe. */
  removed: string[];
}

export type RichTextSanitizer = (html: string) => SanitizedRichText;

/** What the markup of rich text may name: DOMPurify's allowlists, less the element it walks from. */
const MARKUP_TAGS: ReadonlySet<string> = new Set(
  RICH_TEXT_PURIFY_CONFIG.ALLOWED_TAGS.filter((tag) => tag !== 'body'),
);
const MARKUP_ATTRIBUTES: ReadonlySet<string> = new Set(RICH_TEXT_PURIFY_CONFIG.ALLOWED_ATTR);

/**
 * A sanitiser bound to a DOM: the page's `window` in the app, a jsdom window in Node (authoring, tests). What it
 * reports removed is what DOMPurify removed from the parsed text, and what the parser dropped before DOMPurify
 * could see it (see disallowedMarkup).
 */
export function createRichTextSanitizer(window: WindowLike): RichTextSanitizer {
  const purify = createDOMPurify(window);
  return (html) => {
    // DOMPurify sanitises an empty string as `<!-->`, a comment it would then report as removed.
    if (html === '') return { html, removed: [] };
    const clean = purify.sanitize(html, { ...RICH_TEXT_PURIFY_CONFIG, RETURN_TRUSTED_TYPE: false });
    const removed = new Set<string>(disallowedMarkup(html, MARKUP_TAGS, MARKUP_ATTRIBUTES));
    let first = true;
    for (const item of purify.removed as { element?: Node; attribute?: Attr | null; from?: Node }[]) {
      // The first element removed is the `<remove>` marker FORCE_BODY puts before the input; any other is real.
      const marker = first && nodeName(item.element) === 'remove';
      first = false;
      if (item.attribute) removed.add(`${item.attribute.name} on <${nodeName(item.from)}>`);
      else if (item.element && !marker) removed.add(describeElement(item.element));
    }
    return { html: clean, removed: [...removed] };
  };
}

function describeElement(node: Node): string {
  if (node.nodeType === 8) return '<!-- comment -->';
  return `<${nodeName(node)}>`;
}

function nodeName(node: Node | undefined): string {
  return node?.nodeName.toLowerCase() ?? '?';
}
