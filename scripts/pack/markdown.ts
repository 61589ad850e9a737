import { Marked, type Token, type Tokens } from 'marked';
import { escapeHtml } from '../../renderer/src/domain/text/escape-html';
import type { SourceProblem } from './source-problem';

/**
 * Markdown as pack materials, model answers and grading notes are written: CommonMark with GitHub's tables,
 * strikethrough and task lists. Everything it produces passes the importer's rich-text rule unchanged: no raw
 * HTML, images or links (the app is offline), and no attributes the rule does not allow (code blocks carry no
 * language class, task-list boxes are characters rather than form inputs). E-mail addresses and web addresses
 * written in the text stay plain text.
 */
const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    code({ text }: Tokens.Code): string {
      return `<pre><code>${escapeHtml(text.replace(/\n$/, ''))}\n</code></pre>\n`;
    },
    checkbox({ checked }: Tokens.Checkbox): string {
      return checked ? '☑ ' : '☐ ';
    },
    // Only automatic links get here (written links are refused before rendering): their text, not a link.
    link({ tokens }: Tokens.Link): string {
      return this.parser.parseInline(tokens);
    },
    // Refused before rendering; should one get here all the same, it shows as the characters typed.
    html({ text }: Tokens.HTML | Tokens.Tag): string {
      return escapeHtml(text);
    },
    image({ text }: Tokens.Image): string {
      return escapeHtml(text);
    },
  },
});

export type MarkdownResult = { ok: true; html: string } | { ok: false; problems: SourceProblem[] };

/** Converts one Markdown file; every construct a pack may not hold is a problem naming its line. */
export function markdownToHtml(markdown: string, file: string): MarkdownResult {
  const source = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const tokens = marked.lexer(source);
  const problems: SourceProblem[] = [];
  let offset = 0;
  for (const token of tokens) {
    visit(token, offset, (found, at) => {
      const line = source.slice(0, at).split('\n').length;
      // `<b>x</b>` is one mistake: a closing tag is only worth a message on a line of its own.
      const closing = found.type === 'html' && found.raw.startsWith('</');
      if (closing && problems.some((problem) => problem.line === line)) return;
      problems.push({ file, line, message: refusal(found) });
    });
    offset += token.raw.length;
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, html: marked.parser(tokens) };
}

type Report = (token: Token, offset: number) => void;

/** Walks a token and its children, knowing where in the source each starts (its raw text is found in its parent's). */
function visit(token: Token, offset: number, report: Report): void {
  if (isRefused(token)) report(token, offset);
  let cursor = 0;
  for (const child of children(token)) {
    const index = child.raw ? token.raw.indexOf(child.raw, cursor) : -1;
    if (index >= 0) cursor = index + child.raw.length;
    visit(child, index >= 0 ? offset + index : offset, report);
  }
}

function children(token: Token): Token[] {
  if (token.type === 'list') return (token as Tokens.List).items;
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    return [...table.header, ...table.rows.flat()].flatMap((cell) => cell.tokens);
  }
  return 'tokens' in token && Array.isArray(token.tokens) ? token.tokens : [];
}

function isRefused(token: Token): boolean {
  if (token.type === 'html' || token.type === 'image' || token.type === 'def') return true;
  // A written link starts with `[`; e-mail and web addresses found in the text do not, and stay text.
  return token.type === 'link' && token.raw.startsWith('[');
}

function refusal(token: Token): string {
  const raw = shorten(token.raw.trim());
  switch (token.type) {
    case 'image':
      return (
        `A picture (${raw}) cannot be put inside a Markdown material. ` +
        'Add the picture as a material of its own (a .png or .jpg file) in case.yaml.'
      );
    case 'link':
    case 'def':
      return (
        `Links are not allowed (${raw}): CaseDraft works offline and shows no links. ` +
        'Write the text without the [ ] and ( ) parts.'
      );
    default:
      return raw.startsWith('<!--')
        ? `HTML comments are not allowed (${raw}): delete the comment.`
        : `HTML is not allowed in Markdown (${raw}). ${htmlAdvice(raw)}`;
  }
}

function htmlAdvice(raw: string): string {
  const tag = /^<\/?([a-z][a-z0-9]*)/i.exec(raw)?.[1]?.toLowerCase();
  if (tag === 'br') return 'To start a new line, end the line with a backslash \\ or leave an empty line.';
  if (tag === 'b' || tag === 'strong') return 'Write **bold** instead.';
  if (tag === 'i' || tag === 'em') return 'Write *italic* instead.';
  return 'Use Markdown instead. To show the character < as text, write \\< .';
}

function shorten(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
