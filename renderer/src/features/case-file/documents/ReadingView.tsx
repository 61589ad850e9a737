import './ReadingView.css';
import { useId, useRef, type ReactNode } from 'react';
import type { ContentLanguage } from '../../../domain/language';
import { useDocumentHighlights, type MatchTarget } from '../search/use-document-highlights';
import { useScrollMemory } from '../viewer/use-scroll-memory';

interface ReadingViewProps {
  title: string;
  /** Set when the title is the case's own text (a material's title) rather than the interface's. */
  titleLanguage?: ContentLanguage;
  /** Lines under the title, e.g. the case name and time limit; not searched. */
  meta?: ReactNode;
  language: ContentLanguage;
  pattern: RegExp | null;
  target: MatchTarget | null;
  scrollKey: string;
  children: ReactNode;
}

/**
 * A text document of the case file as a page to read: serif type, a comfortable measure, search matches
 * highlighted in the body, and the reading position kept while the trainee looks at other documents.
 */
export function ReadingView({
  title,
  titleLanguage,
  meta,
  language,
  pattern,
  target,
  scrollKey,
  children,
}: ReadingViewProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const rememberPlace = useScrollMemory(scroller, scrollKey, true);
  useDocumentHighlights(body, scroller, pattern, target);
  return (
    // The page scrolls on its own: a region named by its title that Tab can reach, so it scrolls by keyboard too.
    <div
      className="reader-page"
      ref={scroller}
      role="region"
      aria-labelledby={titleId}
      tabIndex={0}
      onScroll={rememberPlace}
    >
      <div className="reader-page__sheet">
        <header className="reader-page__header">
          <h2 id={titleId} lang={titleLanguage}>
            {title}
          </h2>
          {meta}
        </header>
        <div className="reader-page__body" lang={language} ref={body}>
          {children}
        </div>
      </div>
    </div>
  );
}
