import { CODES } from '../act/templates/common';
import {
  findArticleTexts,
  type ArticleTextLookup,
  type CitedProvision,
  type CodeArticleTexts,
} from './article-text';
import { APPK_TEXTS } from './texts/appk';
import { GPK_TEXTS } from './texts/gpk';
import { KOAP_TEXTS } from './texts/koap';
import { UPK_TEXTS } from './texts/upk';

/** The article texts that ship with the app, one table per code. */
export const BUNDLED_ARTICLE_TEXTS: readonly CodeArticleTexts[] = [
  GPK_TEXTS,
  UPK_TEXTS,
  APPK_TEXTS,
  KOAP_TEXTS,
];

/** The shipped texts of the articles a template's reference cites (a pack's own template may cite others). */
export function findBundledArticleTexts(reference: CitedProvision): ArticleTextLookup {
  return findArticleTexts(reference, BUNDLED_ARTICLE_TEXTS, CODES);
}
