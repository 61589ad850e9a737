import type { ContentLanguage } from '../../../domain/language';
import type { LegislationExcerpt } from '../../../domain/pack/pack';
import { formatArticleReference } from '../../../domain/text/article-reference';
import { excerptParagraphs } from './document-text';

/** The legislation excerpts of the case, each cited the way it is cited in the case's language. */
export function LegislationList({
  excerpts,
  language,
}: {
  excerpts: LegislationExcerpt[];
  language: ContentLanguage;
}) {
  return (
    <>
      {excerpts.map((excerpt, index) => (
        <section key={index} className="legislation">
          <h3>{formatArticleReference(excerpt, language)}</h3>
          {excerptParagraphs(excerpt.text).map((paragraph, line) => (
            <p key={line}>{paragraph}</p>
          ))}
        </section>
      ))}
    </>
  );
}
