import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { canonicalCode, formatCitation, type Citation } from '../act/citation';
import { checkCompleteness, isGap } from '../act/completeness';
import type { ActTemplate } from '../act/template';
import type { ContentLanguage } from '../language';
import type { RubricCriterion } from '../pack/pack-fields';
import { htmlText } from './html-text';
import { actNormReferences, articleKey, normReferences } from './norm-references';

/** A comment the app proposes for a criterion; the trainer accepts or changes it. Never points. */
export interface CriterionProposal {
  criterionId: string;
  comment: string;
}

/**
 * Proposals for a submission's marks, assisted, never automatic: for the form criterion, the parts left empty and
 * the requisites the completeness checker did not find (not those asked for only where applicable); for the norms
 * criterion, the articles the model answer cites that the act does not, and the act's that the model answer does
 * not use. A criterion with nothing to say gets no proposal. Comments are in the case's language.
 */
export function proposeMarks(input: {
  rubric: readonly RubricCriterion[];
  template: ActTemplate;
  act: ProseMirrorNode;
  modelAnswerHtml?: string;
  language: ContentLanguage;
}): CriterionProposal[] {
  const { rubric, template, act, modelAnswerHtml, language } = input;
  const phrases = PHRASES[language];
  const proposals: CriterionProposal[] = [];
  const form = findCriterion(rubric, FORM_IDS, FORM_TITLE);
  if (form) {
    const comment = formComment(act, template, phrases, language);
    if (comment) proposals.push({ criterionId: form.id, comment });
  }
  const norms = findCriterion(rubric, NORMS_IDS, NORMS_TITLE, form?.id);
  if (norms && modelAnswerHtml !== undefined) {
    const comment = normsComment(act, modelAnswerHtml, phrases, language);
    if (comment) proposals.push({ criterionId: norms.id, comment });
  }
  return proposals;
}

/** The default rubric's ids (default-rubric.ts); a pack's own rubric is recognised by its titles. */
const FORM_IDS = ['form'];
const NORMS_IDS = ['qualification', 'norms'];
/** «Форма и обязательные реквизиты», «Нысаны және міндетті деректемелері». */
const FORM_TITLE = /^\s*(?:форма|нысан)/iu;
/** «Квалификация и применённые нормы», «Саралау және қолданылған нормалар». */
const NORMS_TITLE = /норм/iu;

function findCriterion(
  rubric: readonly RubricCriterion[],
  ids: readonly string[],
  title: RegExp,
  taken?: string,
): RubricCriterion | undefined {
  return (
    rubric.find((criterion) => ids.includes(criterion.id) && criterion.id !== taken) ??
    rubric.find((criterion) => title.test(criterion.title) && criterion.id !== taken)
  );
}

function formComment(
  act: ProseMirrorNode,
  template: ActTemplate,
  phrases: Phrases,
  language: ContentLanguage,
): string {
  const report = checkCompleteness(act, template);
  const empty = report.parts.filter((part) => part.empty).map((part) => part.part.heading[language]);
  const missing = report.parts
    .filter((part) => !part.empty)
    .map((part) => ({
      heading: part.part.heading[language],
      labels: part.requisites.filter(isGap).map((status) => status.requisite.label[language]),
    }))
    .filter((part) => part.labels.length > 0);
  const lines: string[] = [];
  if (empty.length) lines.push(phrases.emptyParts(empty));
  if (missing.length) {
    lines.push(phrases.missingRequisites);
    for (const part of missing) lines.push(`— ${part.heading}: ${part.labels.join('; ')}.`);
  }
  return lines.join('\n');
}

function normsComment(
  act: ProseMirrorNode,
  modelAnswerHtml: string,
  phrases: Phrases,
  language: ContentLanguage,
): string {
  const model = byArticle(normReferences(htmlText(modelAnswerHtml)));
  // A model answer that cites nothing (or whose citations cannot be read) gives nothing to compare with.
  if (model.size === 0) return '';
  const cited = byArticle(actNormReferences(act));
  const notCited = [...model].filter(([key]) => !cited.has(key)).map(([, citations]) => citations);
  const notInModel = [...cited].filter(([key]) => !model.has(key)).map(([, citations]) => citations);
  const otherParts = [...model].flatMap(([key, modelCitations]) => {
    const actCitations = cited.get(key);
    const modelDetail = detailed(modelCitations, language);
    const actDetail = actCitations ? detailed(actCitations, language) : [];
    // Parts and paragraphs are compared only where both sides give them.
    if (!modelDetail.length || !actDetail.length) return [];
    // Said when the act cites a part the model answer does not, not when the model also mentions other parts.
    if (actDetail.every((text) => modelDetail.includes(text))) return [];
    return [phrases.otherPart(modelDetail.join(', '), actDetail.join(', '))];
  });
  const lines: string[] = [];
  if (notCited.length) lines.push(phrases.modelNotInAct(listOf(notCited, language, phrases)));
  if (notInModel.length) lines.push(phrases.actNotInModel(listOf(notInModel, language, phrases)));
  lines.push(...otherParts.slice(0, MAX_LISTED));
  return lines.join('\n');
}

/** The most articles a line lists; a trainee reads a short comment, the rest is counted. */
const MAX_LISTED = 12;

/** Citations grouped by the article they cite, in the order first cited. */
function byArticle(citations: readonly Citation[]): Map<string, Citation[]> {
  const groups = new Map<string, Citation[]>();
  for (const citation of citations) {
    const key = articleKey(citation);
    const group = groups.get(key);
    if (group) group.push(citation);
    else groups.set(key, [citation]);
  }
  return groups;
}

/** The citations of an article that name a part or paragraph, written out, once each. */
function detailed(citations: readonly Citation[], language: ContentLanguage): string[] {
  const texts = citations
    .filter((citation) => citation.part !== '' || citation.paragraph !== '')
    .map((citation) => formatCitation(citationIn(citation, language), language));
  return [...new Set(texts)];
}

/**
 * Articles listed by code, codes in the order first cited: «ст. 297, 715 ГК РК; ст. 72 ГПК РК», «ҚР ҚК-нің 188,
 * 53-баптары; ҚР ҚПК-нің 19-бабы»; past MAX_LISTED articles the rest is counted.
 */
function listOf(groups: readonly Citation[][], language: ContentLanguage, phrases: Phrases): string {
  const articles = groups.flatMap((group) => group.slice(0, 1));
  const byCode = new Map<string, string[]>();
  for (const { code, article } of articles.slice(0, MAX_LISTED)) {
    const key = canonicalCode(code, 'ru');
    byCode.set(key, [...(byCode.get(key) ?? []), article]);
  }
  const shown = [...byCode]
    .map(([code, numbers]) => {
      // formatCitation writes one article; several are written as one number list, in Kazakh in the plural.
      const article = numbers.sort(byArticleNumber).join(', ');
      const text = formatCitation(citationIn({ code, article, part: '', paragraph: '' }, language), language);
      return numbers.length > 1 && language === 'kk' ? text.replace(/-бабы$/u, '-баптары') : text;
    })
    .join('; ');
  const more = articles.length - MAX_LISTED;
  return more > 0 ? phrases.andMore(shown, more) : shown;
}

/** «98-1» after «98», before «98-2» and «99». */
function byArticleNumber(a: string, b: string): number {
  const [aMain = 0, aSub = 0] = a.split('-').map(Number);
  const [bMain = 0, bSub = 0] = b.split('-').map(Number);
  return aMain - bMain || aSub - bSub;
}

/** A citation whose code has a name of its own in `language` (Kazakh for КоБС) under that name. */
function citationIn(citation: Citation, language: ContentLanguage): Citation {
  const name = PHRASES[language].codeNames[canonicalCode(citation.code, 'ru')];
  return name ? { ...citation, code: name } : citation;
}

interface Phrases {
  emptyParts: (headings: readonly string[]) => string;
  missingRequisites: string;
  modelNotInAct: (list: string) => string;
  actNotInModel: (list: string) => string;
  otherPart: (model: string, act: string) => string;
  andMore: (list: string, count: number) => string;
  /**
   * Codes citation.ts knows no abbreviation for in this language, by their Russian one, as a citation names them
   * (formatCitation writes an unknown code as given, before the article).
   */
  codeNames: Readonly<Record<string, string>>;
}

/** The proposals' wording in each language of a case, as short as a trainer's own comment. */
const PHRASES: Record<ContentLanguage, Phrases> = {
  ru: {
    // «Empty» to the checker is «nothing but the template's own words»: the act shows those words, so say so.
    emptyParts: (headings) =>
      `${headings.length === 1 ? 'Только текст шаблона, ничего не дописано в части' : 'Только текст шаблона, ничего не дописано в частях'}: ${headings.join(', ')}.`,
    missingRequisites: 'Не найдены обязательные реквизиты:',
    modelNotInAct: (list) => `Модельный ответ применяет, а в акте нет: ${list}.`,
    actNotInModel: (list) => `В акте, но не в модельном ответе: ${list}.`,
    otherPart: (model, act) => `В модельном ответе ${model}, в акте ${act}.`,
    andMore: (list, count) => `${list} и ещё ${count}`,
    codeNames: {},
  },
  kk: {
    emptyParts: (headings) =>
      `${headings.length === 1 ? 'Тек шаблон мәтіні, ештеңе жазылмаған бөлік' : 'Тек шаблон мәтіні, ештеңе жазылмаған бөліктер'}: ${headings.join(', ')}.`,
    missingRequisites: 'Міндетті деректемелер табылмады:',
    modelNotInAct: (list) => `Үлгі жауапта қолданылған, актіде жоқ: ${list}.`,
    actNotInModel: (list) => `Актіде бар, үлгі жауапта жоқ: ${list}.`,
    otherPart: (model, act) => `Үлгі жауапта: ${model}; актіде: ${act}.`,
    andMore: (list, count) => `${list} және тағы ${count}`,
    // As the bundled Kazakh divorce case names the code (exercises/family-divorce-pavlodar/divorce-alimony-kk).
    codeNames: { 'КоБС РК': 'Неке (ерлі-зайыптылық) және отбасы туралы кодекстің' },
  },
};
