import type { ContentLanguage } from '../language';
import type { LegislationExcerpt } from '../pack/pack-fields';

/**
 * Statute citations as trainees write them in Russian («п. 3) ч. 3 ст. 188 УК РК», «статьи 226 ГПК») and in Kazakh
 * («ҚР ҚК-нің 188-бабы 2-бөлігінің 3) тармағы», «АПК-нің 226-бабы»): recognising them in typed text, writing them
 * out, and finding the case's excerpt of the article cited. Pure, and cheap on short text: the editor runs
 * `citationEndingAt` when a word ends, on the text before the cursor.
 */

/** What a citation cites, as the `citation` node stores it ('' where no part or paragraph is cited). */
export interface Citation {
  /** Canonical: «УК РК» for a Russian citation, «ҚР ҚК» for a Kazakh one; an unknown code as written. */
  code: string;
  article: string;
  part: string;
  paragraph: string;
}

/** A citation found in a text: what it cites, where it stands, and the language its wording is in. */
export interface FoundCitation {
  citation: Citation;
  start: number;
  end: number;
  language: ContentLanguage;
}

interface KnownCode {
  ru: string;
  /** Absent where no Kazakh abbreviation is in use. */
  kk?: string;
}

/**
 * The codes a citation may name by abbreviation. The course reference confirms ГПК/АПК, УПК/ҚПК, АППК/ӘРПК and
 * gives КоАП/ӘҚБтК (the Kazakh one unverified); ҚК and АК are used in the bundled Kazakh exercises. ЕК, СК and ЖК
 * (labour, tax, land) are the usual Kazakh abbreviations but unverified: they only help recognise what is typed.
 */
const KNOWN_CODES: readonly KnownCode[] = [
  { ru: 'ГПК', kk: 'АПК' },
  { ru: 'УПК', kk: 'ҚПК' },
  { ru: 'АППК', kk: 'ӘРПК' },
  { ru: 'КоАП', kk: 'ӘҚБтК' },
  { ru: 'УК', kk: 'ҚК' },
  { ru: 'ГК', kk: 'АК' },
  { ru: 'ТК', kk: 'ЕК' },
  { ru: 'НК', kk: 'СК' },
  { ru: 'ЗК', kk: 'ЖК' },
  { ru: 'КоБС' },
];

const KNOWN_BY_ABBREVIATION = new Map<string, KnownCode>(
  KNOWN_CODES.flatMap((code) =>
    [code.ru, code.kk].flatMap((abbreviation) =>
      abbreviation ? [[abbreviation.toLowerCase(), code] as const] : [],
    ),
  ),
);

/** Every abbreviation, longest first, so that «АППК» is not read as «АПК» followed by junk. */
const CODE_PATTERN = [...KNOWN_BY_ABBREVIATION.keys()].sort((a, b) => b.length - a.length).join('|');

/** «Республика Казахстан» after a Russian code or before (or, as in some templates, after) a Kazakh one. */
const RU_REPUBLIC = 'РК|Республики\\s+Казахстан';
const KK_REPUBLIC = 'ҚР|Қазақстан\\s+Республикасы(?:ның)?';
const JURISDICTION = new RegExp(`^(?:(?:${KK_REPUBLIC})\\s+)?(.*?)(?:\\s+(?:${RU_REPUBLIC}|ҚР))?$`, 'iu');

/** Not inside a word: citations start and end at word boundaries («статистика» is not «ст.»). */
const WORD_START = '(?<![\\p{L}\\d])';
const WORD_END = '(?![\\p{L}\\d])';
const ARTICLE_NUMBER = '\\d{1,4}(?:-\\d{1,3})?';

/** Parts are often written as ordinals: «части второй», «екінші бөлігі». Index + 1 is the number. */
const RU_ORDINAL_STEMS = [
  'перв',
  'втор',
  'трет',
  'четв[её]рт',
  'пят',
  'шест',
  'седьм',
  'восьм',
  'девят',
  'десят',
];
const KK_ORDINALS = [
  'бірінші',
  'екінші',
  'үшінші',
  'төртінші',
  'бесінші',
  'алтыншы',
  'жетінші',
  'сегізінші',
  'тоғызыншы',
  'оныншы',
];
/** Feminine endings only: the noun is «часть». */
const RU_ORDINAL = `(?:${RU_ORDINAL_STEMS.join('|')})(?:ая|ой|ую|ою|ья|ьей|ью)${WORD_END}`;
const KK_ORDINAL = `(?:${KK_ORDINALS.join('|')})${WORD_END}`;

const ruParagraph = (group: string) =>
  `${WORD_START}(?:подпункт\\p{L}*|подп\\.|пп\\.|пункт\\p{L}*|п\\.)\\s*(?<${group}>\\d{1,3}(?:-\\d{1,3})?)\\)?`;
const ruPart = (group: string) =>
  `${WORD_START}(?:част\\p{L}*|ч\\.)\\s*(?<${group}>\\d{1,3}${WORD_END}|${RU_ORDINAL})`;

/**
 * Russian: [paragraph] [part] article [part] [paragraph] code [РК], e.g. «п. 3) ч. 3 ст. 188 УК РК», «пункт 1
 * части 2 статьи 397 УПК», «ст. 829-14 КоАП», and the article-first «ст. 188 ч. 2 п. 3 УК РК».
 */
const RU_CITATION =
  `(?:${ruParagraph('paragraphBefore')}\\s*)?` +
  `(?:${ruPart('partBefore')}\\s*)?` +
  `${WORD_START}(?:стать(?:я|и|е|ю|ей|ёй)|ст\\.?)\\s*(?<article>${ARTICLE_NUMBER})` +
  `(?:\\s*${ruPart('partAfter')})?` +
  `(?:\\s*${ruParagraph('paragraphAfter')})?` +
  `\\s*(?<code>${CODE_PATTERN})${WORD_END}(?:\\s+(?:${RU_REPUBLIC})${WORD_END})?`;

/**
 * Kazakh: [ҚР] code[-нің] article-бап… [part-бөлік…] [paragraph) тармақ…], e.g. «ҚР ҚК-нің 188-бабы 2-бөлігінің 3)
 * тармағы», «ҚПК 397-бабының 2-бөлігі», «АПК-нің 226-бабына».
 */
const KK_CITATION =
  `${WORD_START}(?:(?:${KK_REPUBLIC})\\s+)?(?<code>${CODE_PATTERN})(?:\\s+ҚР)?(?:\\s*-\\s*[нтд][іы]ң)?${WORD_END}` +
  `\\s+(?<article>${ARTICLE_NUMBER})(?:\\s*-\\s*|\\s+)ба[бп]\\p{L}*` +
  `(?:\\s+(?<part>\\d{1,3}|${KK_ORDINAL})(?:\\s*-\\s*|\\s+)бөлі[гк]\\p{L}*)?` +
  `(?:\\s+(?<paragraph>\\d{1,3})(?:\\)\\s*|\\s*-\\s*|\\s+)тарма[қғ]\\p{L}*)?` +
  WORD_END;

interface Form {
  language: ContentLanguage;
  whole: RegExp;
  atEnd: RegExp;
}

const FORMS: readonly Form[] = (
  [
    ['ru', RU_CITATION],
    ['kk', KK_CITATION],
  ] as const
).map(([language, pattern]) => ({
  language,
  whole: new RegExp(`^${pattern}$`, 'iu'),
  atEnd: new RegExp(`${pattern}$`, 'iu'),
}));

/** A citation is never longer than this; text further back cannot belong to one that ends here. */
const LONGEST_CITATION = 160;

/** The citation that `text` consists of (surrounding spaces aside), or null. */
export function parseCitation(text: string): Citation | null {
  const trimmed = text.trim();
  for (const form of FORMS) {
    const match = form.whole.exec(trimmed);
    const citation = match && citationOf(match, form.language);
    if (citation) return citation;
  }
  return null;
}

/** The citation that ends exactly at the end of `text` (the text before the cursor), if one does. */
export function citationEndingAt(text: string): FoundCitation | null {
  const offset = Math.max(0, text.length - LONGEST_CITATION);
  const tail = text.slice(offset);
  let best: FoundCitation | null = null;
  for (const form of FORMS) {
    const match = form.atEnd.exec(tail);
    const citation = match && citationOf(match, form.language);
    // The word the cut-off tail starts in may only look like the start of a word.
    if (!match || !citation || (match.index === 0 && offset > 0 && /[\p{L}\d]/u.test(text[offset - 1] ?? '')))
      continue;
    const start = offset + match.index;
    if (!best || start < best.start) best = { citation, start, end: text.length, language: form.language };
  }
  return best;
}

function citationOf(match: RegExpExecArray | RegExpMatchArray, language: ContentLanguage): Citation | null {
  const groups = match.groups ?? {};
  const { article, code } = groups;
  if (!article || !code) return null;
  const parts = [groups.part, groups.partBefore, groups.partAfter].filter((value) => value !== undefined);
  const paragraphs = [groups.paragraph, groups.paragraphBefore, groups.paragraphAfter].filter(
    (value) => value !== undefined,
  );
  // «ч. 2 ст. 188 ч. 3 УК» cites nothing a reader could be sure of.
  if (parts.length > 1 || paragraphs.length > 1) return null;
  return {
    code: canonicalCode(code, language),
    article,
    part: parts[0] === undefined ? '' : partNumber(parts[0]),
    paragraph: paragraphs[0] ?? '',
  };
}

/** «2», «второй» or «екінші» as «2». */
function partNumber(part: string): string {
  const word = part.toLowerCase();
  if (/^\d+$/.test(word)) return word;
  const ruIndex = RU_ORDINAL_STEMS.findIndex((stem) => new RegExp(`^${stem}`, 'u').test(word));
  if (ruIndex >= 0) return String(ruIndex + 1);
  return String(KK_ORDINALS.indexOf(word) + 1);
}

function knownCode(code: string): KnownCode | undefined {
  const bare = JURISDICTION.exec(code.trim())?.[1] ?? code;
  return KNOWN_BY_ABBREVIATION.get(bare.toLowerCase());
}

/**
 * A code as citations in `language` write it: «УК», «ук», «УК РК» and «ҚР ҚК» all become «УК РК» in Russian and
 * «ҚР ҚК» in Kazakh. A code this module does not know (a law, a Kazakh code without an abbreviation) is kept as given.
 */
export function canonicalCode(code: string, language: ContentLanguage): string {
  const known = knownCode(code);
  if (known && language === 'ru') return `${known.ru} РК`;
  if (known?.kk) return `ҚР ${known.kk}`;
  return code.trim().replace(/\s+/g, ' ');
}

/** The codes known by abbreviation, as citations in `language` write them: for suggestions when typing one. */
export function knownCodes(language: ContentLanguage): string[] {
  return KNOWN_CODES.map((code) => canonicalCode(code.ru, language));
}

/** Whether two code strings name the same code, whatever their language or the way the Republic is written. */
export function sameCode(a: string, b: string): boolean {
  return codeKey(a) === codeKey(b);
}

function codeKey(code: string): string {
  const known = knownCode(code);
  if (known) return known.ru;
  const bare = JURISDICTION.exec(code.trim())?.[1] ?? code;
  return bare.replace(/\s+/g, ' ').toLowerCase();
}

/** A citation written out in the act's language: «п. 3) ч. 3 ст. 188 УК РК», «ҚР ҚК-нің 188-бабы 2-бөлігінің 3) тармағы». */
export function formatCitation(citation: Citation, language: ContentLanguage): string {
  const code = canonicalCode(citation.code, language);
  const { article, part, paragraph } = citation;
  if (language === 'ru') {
    return [paragraph && `п. ${paragraph})`, part && `ч. ${part}`, `ст. ${article}`, code]
      .filter(Boolean)
      .join(' ');
  }
  // The genitive «-нің» follows the abbreviations as the bundled exercises write them; a full name stays as given.
  const owner = knownCode(code)?.kk ? `${code}-нің` : code;
  if (part && paragraph) return `${owner} ${article}-бабы ${part}-бөлігінің ${paragraph}) тармағы`;
  if (part) return `${owner} ${article}-бабының ${part}-бөлігі`;
  if (paragraph) return `${owner} ${article}-бабының ${paragraph}) тармағы`;
  return `${owner} ${article}-бабы`;
}

/** A citation of a whole excerpt, in the act's language. */
export function citationOfExcerpt(excerpt: LegislationExcerpt, language: ContentLanguage): Citation {
  return {
    code: canonicalCode(excerpt.code, language),
    article: excerpt.article,
    part: excerpt.part ?? '',
    paragraph: '',
  };
}

/**
 * The case's excerpt of the article cited: the same code, article and part; else the whole article (an excerpt
 * without a part); else another part of the same article (which `isOtherPart` tells, so the reader is not led to
 * take it for the part cited). Null when the case has no excerpt of the article.
 */
export function findExcerpt(
  citation: Pick<Citation, 'code' | 'article' | 'part'>,
  legislation: readonly LegislationExcerpt[],
): LegislationExcerpt | null {
  const key = codeKey(citation.code);
  const sameArticle = legislation.filter(
    (excerpt) => excerpt.article === citation.article && codeKey(excerpt.code) === key,
  );
  return (
    sameArticle.find((excerpt) => (excerpt.part ?? '') === citation.part) ??
    sameArticle.find((excerpt) => !excerpt.part) ??
    sameArticle[0] ??
    null
  );
}

/** Whether `excerpt` holds another part of the article than the one `citation` names, not the part or the whole. */
export function isOtherPart(citation: Pick<Citation, 'part'>, excerpt: LegislationExcerpt): boolean {
  return citation.part !== '' && excerpt.part !== undefined && excerpt.part !== citation.part;
}
