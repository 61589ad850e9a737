import type { CODES } from '../act/templates/common';

/** The codes whose article texts ship with the app, named as the templates' CODES name them. */
export type CodeId = keyof typeof CODES;

/**
 * Where the text of a code was read: a public copy of the adilet.zan.kz text kept in a GitHub repository (the
 * sources S1–S4 of shared/reference/legal-audit-2026-12.md), with the last amendment it includes.
 */
export interface LegalSource {
  /** The code's document id on adilet.zan.kz, e.g. K1500000377. */
  adiletId: string;
  repository: string;
  path: string;
  commit: string;
  /** The date of the last amendment the copy includes (ISO 8601). */
  amendedTo: string;
  /** When the texts here were compared with that copy (ISO 8601). */
  checked: string;
}

/** One numbered part of an article (`part` absent for an article with no numbered parts), verbatim. */
export interface ArticlePart {
  part?: string;
  ru: string;
  /** The Kazakh text, where a source for it has been found. */
  kk?: string;
}

export interface ArticleText {
  article: string;
  title: { ru: string; kk?: string };
  /** Whether every part of the article is here; a long article keeps only the parts the templates cite. */
  complete: boolean;
  parts: readonly ArticlePart[];
}

/** The article texts of one code, all read in one source. */
export interface CodeArticleTexts {
  code: CodeId;
  source: LegalSource;
  articles: readonly ArticleText[];
}

/** A provision as the templates cite it: the code by its Russian abbreviation, articles and parts as written. */
export interface CitedProvision {
  code: { ru: string };
  article: string;
  part?: string;
}

export interface ArticleTextMatch {
  code: CodeId;
  text: ArticleText;
  source: LegalSource;
  /** What to show: the parts cited, or every part here when none is cited or a cited one is not here. */
  parts: readonly ArticlePart[];
  /** The reference cites a part whose text is not here: `parts` are the article's other parts. */
  citedPartMissing: boolean;
}

export interface ArticleTextLookup {
  matches: ArticleTextMatch[];
  /** Articles the reference cites whose text is not shipped. */
  missing: string[];
}

/**
 * The texts of the articles a reference cites. Tolerant of how templates write them: several articles («398, 401»),
 * a range of articles or parts with a dash («398–400», «6–7»), and a part whose text is not here falls back to the
 * article's other parts rather than to nothing.
 */
export function findArticleTexts(
  reference: CitedProvision,
  codes: readonly CodeArticleTexts[],
  codeNames: Readonly<Record<CodeId, { ru: string }>>,
): ArticleTextLookup {
  const articles = expandList(reference.article);
  const code = codes.find((candidate) => codeNames[candidate.code].ru === reference.code.ru);
  const lookup: ArticleTextLookup = { matches: [], missing: [] };
  for (const article of articles) {
    const text = code?.articles.find((candidate) => candidate.article === article);
    if (!code || !text) {
      lookup.missing.push(article);
      continue;
    }
    const cited = reference.part ? expandList(reference.part) : [];
    const citedParts = text.parts.filter((part) => part.part !== undefined && cited.includes(part.part));
    const citedPartMissing = cited.length > 0 && citedParts.length < cited.length;
    lookup.matches.push({
      code: code.code,
      text,
      source: code.source,
      parts: cited.length > 0 && !citedPartMissing ? citedParts : text.parts,
      citedPartMissing,
    });
  }
  return lookup;
}

/** A dash between two whole numbers: a range. A hyphen is part of a number («267-4», «5-1»), never a range. */
const RANGE = /^(\d+)\s*[–—]\s*(\d+)$/u;
/** No article or part list spans more numbers than this: a longer range is a typing error, taken as written. */
const LONGEST_RANGE = 20;

/** «398, 401» → 398, 401; «6–7» → 6, 7; «267-4» → 267-4. */
function expandList(list: string): string[] {
  return list
    .split(/[,;]/u)
    .map((item) => item.trim().replace(/\s+/gu, ''))
    .filter(Boolean)
    .flatMap((item) => {
      const range = RANGE.exec(item);
      if (!range) return [item];
      const first = Number(range[1]);
      const last = Number(range[2]);
      if (last < first || last - first >= LONGEST_RANGE) return [item];
      return Array.from({ length: last - first + 1 }, (_, index) => String(first + index));
    });
}
