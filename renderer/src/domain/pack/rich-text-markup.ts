/**
 * Reads rich text's markup as the HTML tokenizer does, before any tree is built, and lists what the allowlists
 * do not allow: a tag (`<frameset>`), an attribute (`onclick on <td>`, `onclick on </p>`), a comment or doctype.
 *
 * Why: the HTML parser drops some tags before DOMPurify sees any element. In a fragment, `<html>` and `<body>`
 * lend their attributes to elements outside it, and `<head>`, `<frame>`, a `<frameset>` after text, or a table
 * cell or row outside a table vanish; a comment after `</body>` lands outside the body. What they carried is
 * gone, so the stored text is inert, but a pack holding them is not what its author or a tamperer wrote, and
 * packs promise to refuse anything the sanitiser would not keep. DOMPurify itself only ever sees the tree.
 *
 * Written here rather than taken from parse5's tokenizer, which would serve, because parse5 is not a
 * dependency of the app (only of jsdom, in development); this reads tags and attribute names only, following
 * the tokenizer states of the HTML standard (§13.2.5) for them. Attribute values are left to DOMPurify: on a tag
 * the parser keeps, DOMPurify checks them; on one it drops, they go with it.
 *
 * The content of `<script>`, `<style>`, `<textarea>` and the like is read as markup too, though a browser reads
 * it as text: those tags are refused themselves, so reading more into what follows them changes no outcome.
 */
export function disallowedMarkup(
  html: string,
  allowedTags: ReadonlySet<string>,
  allowedAttributes: ReadonlySet<string>,
): string[] {
  const found = new Set<string>();
  let at = html.indexOf('<');
  while (at !== -1) {
    const next = html[at + 1] ?? '';
    if (isAsciiLetter(next)) {
      at = readTag(html, at + 1, '<', allowedTags, allowedAttributes, found);
    } else if (next === '/' && isAsciiLetter(html[at + 2] ?? '')) {
      // An end tag's attributes are dropped by the parser whatever they are; the tag name itself matters not.
      at = readTag(html, at + 2, '</', null, NO_ATTRIBUTES, found);
    } else if (
      next === '!' ||
      next === '?' ||
      (next === '/' && at + 2 < html.length && html[at + 2] !== '>')
    ) {
      at = readMarkupDeclaration(html, at, found);
    } else {
      at += 1;
    }
    at = html.indexOf('<', at);
  }
  return [...found];
}

const NO_ATTRIBUTES: ReadonlySet<string> = new Set();

/** Reads a tag from its name at `from`; returns where the tag ends (after `>`, or the end of the text). */
function readTag(
  html: string,
  from: number,
  opener: '<' | '</',
  allowedTags: ReadonlySet<string> | null,
  allowedAttributes: ReadonlySet<string>,
  found: Set<string>,
): number {
  let at = from;
  while (at < html.length && !isTagNameEnd(html[at] ?? '')) at++;
  const tag = asciiLowerCase(html.slice(from, at));
  const tagAllowed = allowedTags === null || allowedTags.has(tag);
  if (!tagAllowed) found.add(`<${tag}>`);
  while (at < html.length) {
    const char = html[at] ?? '';
    if (char === '>') return at + 1;
    if (isWhitespace(char) || char === '/') {
      at++;
      continue;
    }
    // An attribute name: its first character may be `=`; it ends at white space, `/`, `>` or `=`.
    const nameStart = at;
    at++;
    while (at < html.length && !isAttributeNameEnd(html[at] ?? '')) at++;
    const name = asciiLowerCase(html.slice(nameStart, at));
    if (tagAllowed && !allowedAttributes.has(name)) found.add(`${name} on ${opener}${tag}>`);
    while (isWhitespace(html[at] ?? '')) at++;
    if (html[at] !== '=') continue;
    at++;
    while (isWhitespace(html[at] ?? '')) at++;
    at = skipAttributeValue(html, at);
  }
  return at;
}

function skipAttributeValue(html: string, at: number): number {
  const quote = html[at];
  if (quote === '"' || quote === "'") {
    const close = html.indexOf(quote, at + 1);
    return close === -1 ? html.length : close + 1;
  }
  while (at < html.length && !isWhitespace(html[at] ?? '') && html[at] !== '>') at++;
  return at;
}

/** `<!-- … -->`, `<!DOCTYPE …>`, `<![CDATA[…]]>`, `<?…>` or `</…>` not starting with a letter: never allowed. */
function readMarkupDeclaration(html: string, at: number, found: Set<string>): number {
  if (html.startsWith('<!--', at)) {
    found.add('<!-- comment -->');
    // `<!-->` and `<!--->` close at once; otherwise a comment ends at `-->`, or `--!>`, or with the text.
    const body = at + 4;
    if (html.startsWith('>', body)) return body + 1;
    if (html.startsWith('->', body)) return body + 2;
    const close = html.slice(body).search(/--!?>/);
    return close === -1 ? html.length : html.indexOf('>', body + close) + 1;
  }
  found.add(/^<!doctype/i.test(html.slice(at, at + 9)) ? '<!doctype>' : '<!-- comment -->');
  const close = html.indexOf('>', at + 2);
  return close === -1 ? html.length : close + 1;
}

/** The tokenizer lowers ASCII letters only: `toLowerCase` would turn the Kelvin sign into `k`. */
function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

function isAsciiLetter(char: string): boolean {
  return /^[A-Za-z]$/.test(char);
}

/** White space as the tokenizer sees it; a carriage return is turned into a line feed before tokenizing. */
function isWhitespace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\f' || char === '\r';
}

function isTagNameEnd(char: string): boolean {
  return isWhitespace(char) || char === '/' || char === '>';
}

function isAttributeNameEnd(char: string): boolean {
  return isWhitespace(char) || char === '/' || char === '>' || char === '=';
}
