import type { ContentLanguage } from '../language';
import type { LegislationExcerpt } from '../pack/pack';

/**
 * How a provision is cited in the case's language: «ГК РК, ст. 715, ч. 1» in Russian, «ҚР АК, 715-бап, 1-бөлік»
 * in Kazakh, followed by the article's title when the pack gives one.
 */
export function formatArticleReference(excerpt: LegislationExcerpt, language: ContentLanguage): string {
  const article = language === 'kk' ? `${excerpt.article}-бап` : `ст. ${excerpt.article}`;
  const part = excerpt.part && (language === 'kk' ? `${excerpt.part}-бөлік` : `ч. ${excerpt.part}`);
  const reference = [excerpt.code, article, part].filter(Boolean).join(', ');
  return excerpt.title ? `${reference}. ${excerpt.title}` : reference;
}
