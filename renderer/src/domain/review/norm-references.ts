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
  const codes = compiledFor(codePattern(aliases));
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
/** How far before a Kazakh article its code may be named («Қазақстан Республикасы Азаматтық кодексінің »). */
const KK_CODE_REACH = 120;
/** What separates the articles of one Kazakh citation that share a code. */
const KK_LIST_GAP = /^\s*(?:,|және)\s*$/u;
const KK_PARAGRAPH_AT_END = /\s+\d{1,3}(?:-\d{1,3})?(?:\)\s*|\s*-\s*|\s+)тарма[қғ]\p{L}*$/u;
/** Whatever an article without a code may be followed by before the next one whose code it shares. */
const MAX_CHAIN_GAP = 60;
/**
 * A code named in full after the article: «статьи 917 Гражданского кодекса», «статьи 19 Кодекса Республики
 * Казахстан «О браке (супружестве) и семье»», «статьи 612 Кодекса … об административных правонарушениях».
 */
const RU_NAMED_CODE =
  '(?:[\\p{L}-]+\\s+){0,2}кодекс\\p{L}*(?:\\s+(?:Республики\\s+Казахстан|РК))?' +
  '(?:\\s+«?(?:о\\s+браке|об\\s+административных\\s+правонарушениях))?';
/**
 * A code named in full before the article: «Азаматтық кодексінің 917-бабы», «Неке (ерлі-зайыптылық) және отбасы
 * туралы кодекстің 19-бабы»; a few words before «кодекс» say which.
 */
const KK_NAMED_CODE = '(?:[\\p{L}()«»"-]+\\s+){1,5}кодек[сc]\\p{L}*';
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

interface Patterns {
  ruArticles: RegExp;
  kkArticles: RegExp;
  kkCodeBefore: RegExp;
}

/**
 * The patterns for a set of code names, compiled once: compiling them costs far more than running them (a
 * hundred-page act is read in a few milliseconds). Texts rarely give codes short names, so there are few sets.
 */
const compiled = new Map<string, Patterns>();

function compiledFor(codes: string): Patterns {
  let patterns = compiled.get(codes);
  if (!patterns) {
    patterns = {
      ruArticles: new RegExp(
        `${WORD_START}(?:стать\\p{L}*|ст\\.(?:\\s*ст\\.)?|ст(?=\\s*\\d))\\s*(?<list>${RU_LIST})(?<after>${RU_AFTER})` +
          `(?:\\s*(?:(?<code>${codes})|(?<named>${RU_NAMED_CODE}))${WORD_END}${RU_REPUBLIC})?`,
        'giu',
      ),
      kkArticles: new RegExp(`${WORD_START}${KK_ARTICLES(KK_LIST)}${WORD_END}`, 'giu'),
      kkCodeBefore: new RegExp(
        `${WORD_START}(?:${KK_REPUBLIC}\\s+)?(?:(?<code>${codes})(?:\\s+ҚР)?${KK_GENITIVE}|(?<named>${KK_NAMED_CODE}))` +
          `${WORD_END}\\s+$`,
        'iu',
      ),
    };
    compiled.set(codes, patterns);
  }
  return patterns;
}

interface Group {
  at: number;
  citations: Citation[];
}

function ruGroups(text: string, { ruArticles }: Patterns, aliases: ReadonlyMap<string, string>): Group[] {
  const matches = [...text.matchAll(ruArticles)];
  const groups: Group[] = [];
  // From the last group back, so that an article without a code can take the code of the one after it.
  let nextCode: string | undefined;
  let nextStart = text.length;
  for (let index = matches.length - 1; index >= 0; index--) {
    const match = matches[index];
    if (!match?.groups) continue;
    const { list = '', after = '', code: written, named } = match.groups;
    const end = match.index + match[0].length;
    const gap = text.slice(end, nextStart);
    const code = written
      ? abbreviationOf(written, aliases)
      : named
        ? namedCode(named, aliases)
        : gap.length <= MAX_CHAIN_GAP && RU_CHAIN_GAP.test(gap)
          ? nextCode
          : undefined;
    const before = RU_BEFORE.exec(text.slice(Math.max(0, match.index - 80), match.index))?.[0] ?? '';
    nextCode = code;
    nextStart = match.index - before.length;
    if (!code) continue;
    const articles = articleList(list);
    const single = articles.length === 1 ? articles[0] : undefined;
    const citations = single
      ? [
          parsedOr(
            [
              `${before}ст. ${single}${after} ${code}`,
              `ст. ${single}${after} ${code}`,
              `${before}ст. ${single} ${code}`,
            ],
            code,
            single,
          ),
        ]
      : articles.map((article) => bare(code, article));
    groups.push({ at: match.index - before.length, citations });
  }
  return groups;
}

/**
 * Kazakh citations name the code first. Articles («188-бабы», «390, 392-баптары») are found first, which is quick
 * on a long act, and the code is read from the text just before each; an article right after another group
 * («…, 397-бабының») shares its code.
 */
function kkGroups(
  text: string,
  { kkArticles: articles, kkCodeBefore: codeBefore }: Patterns,
  aliases: ReadonlyMap<string, string>,
): Group[] {
  const groups: Group[] = [];
  let previous: { code: string; end: number } | undefined;
  for (const match of text.matchAll(articles)) {
    const { list = '', after = '' } = match.groups ?? {};
    const before = codeBefore.exec(text.slice(Math.max(0, match.index - KK_CODE_REACH), match.index));
    const written = before?.groups?.code;
    const named = before?.groups?.named;
    const code = written
      ? abbreviationOf(written, aliases)
      : named
        ? namedCode(named, aliases)
        : previous && KK_LIST_GAP.test(text.slice(previous.end, match.index))
          ? previous.code
          : undefined;
    const end = match.index + match[0].length;
    previous = code ? { code, end } : undefined;
    if (!code) continue;
    groups.push({ at: match.index - (before?.[0].length ?? 0), citations: kkCitations(code, list, after) });
  }
  return groups;
}

function kkCitations(code: string, list: string, after: string): Citation[] {
  const articles = articleList(list);
  const single = articles.length === 1 ? articles[0] : undefined;
  if (!single) return articles.map((article) => bare(code, article));
  // A paragraph citation.ts does not read («7-1) тармағы») is left out rather than losing the part before it.
  const partOnly = after.replace(KK_PARAGRAPH_AT_END, '');
  return [parsedOr([`${code} ${single}-бабы${after}`, `${code} ${single}-бабы${partOnly}`], code, single)];
}

/** The first of `texts` that reads as a citation of `article`, else the article alone. */
function parsedOr(texts: readonly string[], code: string, article: string): Citation {
  for (const text of texts) {
    const citation = parseCitation(text);
    if (citation?.article === article) return { ...citation, code: canonicalCode(citation.code, 'ru') };
  }
  return bare(code, article);
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

/**
 * The code a full name names («Гражданского процессуального кодекса», «Еңбек кодексінің»): the name found
 * nearest the end of `text`, the more specific where two start at one place. A capitalised short name the text
 * gave a code («Кодекстің» after «(бұдан әрі — Кодекс)») comes first: the words before it are then no name.
 * Undefined for «настоящего кодекса» and the like.
 */
function namedCode(text: string, aliases: ReadonlyMap<string, string>): string | undefined {
  const lastWord = /\p{L}+$/u.exec(text)?.[0] ?? '';
  const capitalised = lastWord !== '' && lastWord[0] !== lastWord[0]?.toLowerCase();
  const alias = capitalised
    ? [...aliases].find(([name]) => lastWord.toLowerCase().startsWith(name))?.[1]
    : undefined;
  return alias ?? codeNamedLast(text);
}

function codeNamedLast(text: string): string | undefined {
  let best: { at: number; code: string } | undefined;
  for (const [pattern, code] of FULL_NAMES) {
    for (const name of text.matchAll(pattern)) {
      if (!best || name.index > best.at) best = { at: name.index, code };
    }
  }
  return best?.code;
}

/** Short names a text gives a code («далее — Кодекс», «бұдан әрі — Кодекс»), by the lower-case name. */
function codeAliases(text: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const match of text.matchAll(/(?:далее|бұдан\s+әрі)\s*[—–-]\s*(\p{L}+)/giu)) {
    const alias = match[1] ?? '';
    if (ABBREVIATIONS.some((code) => code.toLowerCase() === alias.toLowerCase())) continue;
    const window = text.slice(Math.max(0, match.index - 200), match.index);
    // Only a code's short name: «(далее — истец)» names no code.
    if (!/кодекс/iu.test(window.slice(-120))) continue;
    const code = codeNamedLast(window);
    if (code) aliases.set(alias.toLowerCase(), code);
  }
  return aliases;
}
