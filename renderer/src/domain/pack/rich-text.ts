import createDOMPurify, { type Config, type WindowLike } from 'dompurify';

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

/** A sanitiser bound to a DOM: the page's `window` in the app, a jsdom window in Node (authoring, tests). */
export function createRichTextSanitizer(window: WindowLike): RichTextSanitizer {
  const purify = createDOMPurify(window);
  return (html) => {
    // DOMPurify sanitises an empty string as `<!-->`, a comment it would then report as removed.
    if (html === '') return { html, removed: [] };
    const clean = purify.sanitize(html, { ...RICH_TEXT_PURIFY_CONFIG, RETURN_TRUSTED_TYPE: false });
    const removed = new Set<string>();
    let first = true;
    for (const item of purify.removed as { element?: Node; attribute?: Attr | null; from?: Node }[]) {
      // The first element removed is the `<remove>` marker FORCE_BODY puts before the input; any other is real.
      const marker = first && nodeName(item.element) === 'remove';
      first = false;
      if (item.attribute) removed.add(`${item.attribute.name} on <${nodeName(item.from)}>`);
      else if (item.element && !marker && !PARSER_WRAPPERS.has(nodeName(item.element)))
        removed.add(describeElement(item.element));
    }
    return { html: clean, removed: [...removed] };
  };
}

/** Elements the HTML parser wraps a fragment in; DOMPurify lists them as removed though nothing was lost. */
const PARSER_WRAPPERS = new Set(['html', 'head', 'body']);

function describeElement(node: Node): string {
  if (node.nodeType === 8) return '<!-- comment -->';
  return `<${nodeName(node)}>`;
}

function nodeName(node: Node | undefined): string {
  return node?.nodeName.toLowerCase() ?? '?';
}
