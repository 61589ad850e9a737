import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { canonicalCode, knownCodes, parseCitation, type Citation } from '../act/citation';

/**
 * The norms a text cites, as trainers and model answers write them, for comparing an act with its model answer.
 * citation.ts reads one citation as typed (`parseCitation`); texts also cite lists and ranges («статьями 390, 392,
 * 395–398 УПК РК», «ҚР ҚПК-нің 390, 392-баптарын»), several articles of one code («часть третья статьи 434, часть
 * первая статьи 436 ГПК», «ҚПК-нің 390-бабы…, 397-бабының екінші бөлігі») and a code under a name given in the text
 * («(бұдан әрі — Кодекс)» … «Кодекстің 19-бабы»). This finds those spans and hands each single citation to
 * `parseCitation`, so both read parts and paragraphs the same way. Codes are canonical in Russian («УК РК»).
 */
export function normReferences(text: string): Citation[] {
  const aliases = codeAliases(text);
  const codes = codePattern(aliases);
  const found: { at: number; citations: Citation[] }[] = [];
  const ru = ruGroups(text, codes, aliases);
  found.push(...ru);
  found.push(...kkGroups(text, codes, aliases));
  return found.sort((a, b) => a.at - b.at).flatMap((group) => group.citations);
}

/** The norms an act cites: its citation nodes, and citations typed as plain text (never turned into nodes). */
export function actNormReferences(doc: ProseMirrorNode): Citation[] {
  const nodes: Citation[] = [];
  doc.descendants((node) => {
    if (node.type.name !== 'citation') return true;
    const { code, article, part, paragraph } = node.attrs as Record<string, string | undefined>;
    if (code && article) {
      nodes.push({ code: canonicalCode(code, 'ru'), article, part: part ?? '', paragraph: paragraph ?? '' });
    }
    return false;
  });
  // Citation nodes read as a space, so that text around them does not run together into a false citation.
  const typed = normReferences(doc.textBetween(0, doc.content.size, '\n', () => ' '));
  return [...nodes, ...typed];
}

/** The article a citation cites, whatever part: what act and model answer are compared by. */
export function articleKey(citation: Pick<Citation, 'code' | 'article'>): string {
  return `${canonicalCode(citation.code, 'ru')}|${citation.article}`;
}

const WORD_START = '(?<![\\p{L}\\d])';
const WORD_END = '(?![\\p{L}\\d])';
const NUMBER = '\\d{1,4}(?:-\\d{1,3})?';
/** The most articles a range («395–398») stands for; a longer one is a typo or not a range of articles. */
const MAX_RANGE = 30;

const RU_LIST = `${NUMBER}(?:(?:\\s*,\\s*(?:и\\s+)?|\\s+и\\s+|\\s*[–—]\\s*)${NUMBER})*`;
const KK_LIST = `${NUMBER}(?:(?:\\s*,\\s*(?:және\\s+)?|\\s+және\\s+|\\s*[–—]\\s*)${NUMBER})*`;
const RU_UNIT = `${WORD_START}(?:част\\p{L}*|ч\\.|подпункт\\p{L}*|подп\\.|пп\\.|пункт\\p{L}*|п\\.)`;
/** Parts and paragraphs before an article, read from the text just before it: «п. 3) ч. 3 », «пункта 1 части второй ». */
const RU_BEFORE = new RegExp(`(?:${RU_UNIT}\\s*(?:\\d{1,3}(?:-\\d{1,3})?\\)?|\\p{L}+)\\s*)+$`, 'iu');
/** Parts and paragraphs after an article, in figures: «ст. 188 ч. 2 п. 3». */
const RU_AFTER = `(?:\\s*${RU_UNIT}\\s*\\d{1,3}(?:-\\d{1,3})?\\)?)*`;
/** What may stand between an article without a code and the next one, whose code it shares. */
const RU_CHAIN_GAP = new RegExp(
  `^[\\s,]*(?:и\\s+)?(?:${RU_UNIT}\\s*(?:\\d{1,3}\\)?|\\p{L}+)\\s*(?:и\\s+)?)*$`,
  'iu',
);
const RU_REPUBLIC = `(?:\\s+(?:РК|Республики\\s+Казахстан)${WORD_END})?`;
const KK_REPUBLIC = '(?:ҚР|Қазақстан\\s+Республикасы(?:ның)?)';
const KK_GENITIVE = '(?:\\s*-?\\s*[нтд][іы]ң)?';
const KK_AFTER =
  '(?:\\s+(?:\\d{1,3}|\\p{L}+)(?:\\s*-\\s*|\\s+)бөлі[гк]\\p{L}*)?' +
  '(?:\\s+\\d{1,3}(?:-\\d{1,3})?(?:\\)\\s*|\\s*-\\s*|\\s+)тарма[қғ]\\p{L}*)?';
const KK_ARTICLES = (list: string) => `(?<list>${list})(?:\\s*-\\s*|\\s+)ба[бп]\\p{L}*(?<after>${KK_AFTER})`;

/** Abbreviations of the known codes in both languages («УК», «ҚК», «КоБС»), from citation.ts. */
const ABBREVIATIONS: readonly string[] = [
  ...new Set([
    ...knownCodes('ru').map((code) => code.replace(/\s+РК$/u, '')),
    ...knownCodes('kk').map((code) => code.replace(/^ҚР\s+/u, '')),
  ]),
];

function codePattern(aliases: ReadonlyMap<string, string>): string {
  return [...ABBREVIATIONS, ...aliases.keys()]
    .sort((a, b) => b.length - a.length)
    .map((code) => code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** The known code a code as written names, as its Russian abbreviation, or undefined. */
function abbreviationOf(written: string, aliases: ReadonlyMap<string, string>): string | undefined {
  const alias = aliases.get(written.toLowerCase());
  if (alias) return alias;
  const canonical = canonicalCode(written, 'ru');
  return canonical.endsWith(' РК') ? canonical.slice(0, -' РК'.length) : undefined;
}

interface Group {
  at: number;
  citations: Citation[];
}

function ruGroups(text: string, codes: string, aliases: ReadonlyMap<string, string>): Group[] {
  const pattern = new RegExp(
    `${WORD_START}(?:стать\\p{L}*|ст\\.(?:\\s*ст\\.)?|ст(?=\\s*\\d))\\s*(?<list>${RU_LIST})(?<after>${RU_AFTER})` +
      `(?:\\s*(?<code>${codes})${WORD_END}${RU_REPUBLIC})?`,
    'giu',
  );
  const matches = [...text.matchAll(pattern)];
  const groups: Group[] = [];
  // From the last group back, so that an article without a code can take the code of the one after it.
  let nextCode: string | undefined;
  let nextStart = text.length;
  for (let index = matches.length - 1; index >= 0; index--) {
    const match = matches[index];
    if (!match?.groups) continue;
    const end = match.index + match[0].length;
    const written = match.groups.code;
    const gap = text.slice(end, nextStart);
    const code = written
      ? abbreviationOf(written, aliases)
      : gap.length <= 60 && RU_CHAIN_GAP.test(gap)
        ? nextCode
        : undefined;
    const before = RU_BEFORE.exec(text.slice(Math.max(0, match.index - 80), match.index))?.[0] ?? '';
    nextCode = code;
    nextStart = match.index - before.length;
    if (!code) continue;
    const articles = articleList(match.groups.list ?? '');
    const single = articles.length === 1 ? articles[0] : undefined;
    const citations = single
      ? [
          parsedOr(
            `${before}ст. ${single}${match.groups.after ?? ''} ${code}`,
            `ст. ${single} ${code}`,
            code,
            single,
          ),
        ]
      : articles.map((article) => bare(code, article));
    groups.push({ at: match.index - before.length, citations });
  }
  return groups;
}

function kkGroups(text: string, codes: string, aliases: ReadonlyMap<string, string>): Group[] {
  const pattern = new RegExp(
    `${WORD_START}(?:${KK_REPUBLIC}\\s+)?(?<code>${codes})(?:\\s+ҚР)?${KK_GENITIVE}${WORD_END}\\s+${KK_ARTICLES(KK_LIST)}${WORD_END}`,
    'giu',
  );
  const continuation = new RegExp(`\\s*(?:,|және)\\s*${KK_ARTICLES(KK_LIST)}${WORD_END}`, 'yiu');
  const groups: Group[] = [];
  for (const match of text.matchAll(pattern)) {
    const code = match.groups?.code && abbreviationOf(match.groups.code, aliases);
    if (!code || !match.groups) continue;
    const citations = kkCitations(code, match.groups.list ?? '', match.groups.after ?? '');
    continuation.lastIndex = match.index + match[0].length;
    for (let next = continuation.exec(text); next?.groups; next = continuation.exec(text)) {
      citations.push(...kkCitations(code, next.groups.list ?? '', next.groups.after ?? ''));
    }
    groups.push({ at: match.index, citations });
  }
  return groups;
}

function kkCitations(code: string, list: string, after: string): Citation[] {
  const articles = articleList(list);
  const single = articles.length === 1 ? articles[0] : undefined;
  if (!single) return articles.map((article) => bare(code, article));
  return [parsedOr(`${code} ${single}-бабы${after}`, `${code} ${single}-бабы`, code, single)];
}

/** The citation `text` reads as, else the one `fallback` reads as, else the article alone. */
function parsedOr(text: string, fallback: string, code: string, article: string): Citation {
  const citation = parseCitation(text) ?? parseCitation(fallback);
  if (!citation || citation.article !== article) return bare(code, article);
  return { ...citation, code: canonicalCode(citation.code, 'ru') };
}

function bare(code: string, article: string): Citation {
  return { code: canonicalCode(code, 'ru'), article, part: '', paragraph: '' };
}

/**
 * «390, 392, 395–398» as ["390", "392", "395", "396", "397", "398"]. A hyphen joins an article's own number
 * («98-1», «829-16»); read as a range only when the second number is the greater («223-226»).
 */
function articleList(list: string): string[] {
  const articles: string[] = [];
  const items = list.split(/\s*,\s*(?:(?:и|және)\s+)?|\s+(?:и|және)\s+/u);
  for (const item of items) {
    const range = /^(\d{1,4})\s*[–—-]\s*(\d{1,4})$/u.exec(item.trim());
    const first = Number(range?.[1]);
    const last = Number(range?.[2]);
    if (range && last > first && last - first <= MAX_RANGE) {
      for (let article = first; article <= last; article++) articles.push(String(article));
    } else if (/^\d{1,4}(?:-\d{1,3})?$/u.test(item.trim())) {
      articles.push(item.trim());
    }
  }
  return articles;
}

/**
 * Full names of codes as texts name them before introducing a short name («Кодекс … о браке (супружестве) и семье
 * (далее — Кодекс)»), most specific first, with the abbreviation they stand for.
 */
const FULL_NAMES: readonly (readonly [RegExp, string])[] = [
  [/уголовно-процессуальн|қылмыстық-процестік|қылмыстық\s+процестік/giu, 'УПК'],
  [/гражданск\p{L}*\s+процессуальн|азаматтық\s+процестік/giu, 'ГПК'],
  [/административн\p{L}*\s+процедурно|әкімшілік\s+рәсімдік/giu, 'АППК'],
  [/административн\p{L}*\s+правонарушени|әкімшілік\s+құқық\s+бұзушылық/giu, 'КоАП'],
  [/уголовн|қылмыстық/giu, 'УК'],
  [/брак|неке/giu, 'КоБС'],
  [/трудов|еңбек/giu, 'ТК'],
  [/земельн|жер\s+кодекс/giu, 'ЗК'],
  [/налогов|салық/giu, 'НК'],
  [/гражданск|азаматтық/giu, 'ГК'],
];

/** Short names a text gives a code («далее — Кодекс», «бұдан әрі — Кодекс»), by the lower-case name. */
function codeAliases(text: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const match of text.matchAll(/(?:далее|бұдан\s+әрі)\s*[—–-]\s*(\p{L}+)/giu)) {
    const alias = match[1] ?? '';
    if (ABBREVIATIONS.some((code) => code.toLowerCase() === alias.toLowerCase())) continue;
    const window = text.slice(Math.max(0, match.index - 200), match.index);
    // Only a code's short name: «(далее — истец)» names no code.
    if (!/кодекс/iu.test(window.slice(-120))) continue;
    let best: { at: number; code: string } | undefined;
    for (const [pattern, code] of FULL_NAMES) {
      for (const name of window.matchAll(pattern)) {
        if (!best || name.index > best.at) best = { at: name.index, code };
      }
    }
    if (best) aliases.set(alias.toLowerCase(), best.code);
  }
  return aliases;
}
