import './ArticleReference.css';
import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import type { LegalReference } from '../../domain/act/template';
import type { ContentLanguage } from '../../domain/language';
import type { ArticleTextMatch, LegalSource } from '../../domain/law/article-text';
import { findBundledArticleTexts } from '../../domain/law/bundled-article-texts';
import { formatArticleReference } from '../../domain/text/article-reference';
import { useI18n } from '../../i18n/I18nProvider';
import { IconButton } from '../../ui/IconButton';

interface ArticleReferenceProps {
  reference: LegalReference;
  /** The act's language, in which the reference is written; the article's text is in the language it exists in. */
  language: ContentLanguage;
  /** Whether the button shows the reference («§ ГПК РК, ст. 226, ч. 3») or «§» alone, beside a row that names it. */
  showReference?: boolean;
}

/**
 * «§»: opens, beside the requirement or the part it follows, the text of the article it comes from, with the source
 * of that text, the edition, the date it was checked and how sure the template is of the reference, so that a
 * trainee learns where a rule comes from. The text stands over the act, next to the narrow outline, and comes next
 * in the tab order; Escape closes it and gives the focus back to the button, a click elsewhere closes it too. The
 * text is looked up only while it is open.
 */
export function ArticleReference({ reference, language, showReference = false }: ArticleReferenceProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const cited = formatArticleReference(
    { code: reference.code[language], article: reference.article, part: reference.part, text: '' },
    language,
  );
  const label = t('articleText.show', { reference: cited });

  const wrapper = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<CSSProperties>({});

  // Beside its button, kept there while the outline or the window scrolls or resizes.
  useLayoutEffect(() => {
    if (!open) return;
    const follow = () => {
      const button = toggle.current;
      // Beside the outline (the navigation the checklist is in), not over it; else beside the button.
      const column = button?.closest('nav') ?? button;
      if (button && column)
        setPlace(placeBeside(button.getBoundingClientRect(), column.getBoundingClientRect()));
    };
    follow();
    window.addEventListener('resize', follow);
    window.addEventListener('scroll', follow, { capture: true, passive: true });
    return () => {
      window.removeEventListener('resize', follow);
      window.removeEventListener('scroll', follow, { capture: true });
    };
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !wrapper.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    // Escape here closes the text, not whatever holds the checklist.
    event.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div ref={wrapper} className="article-reference" onKeyDown={closeOnEscape}>
      <IconButton
        ref={toggle}
        className="article-reference__toggle"
        label={label}
        text={showReference ? cited : undefined}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">§</span>
        {showReference && <span lang={language}>{cited}</span>}
      </IconButton>
      {open && <ArticleTextPanel id={panelId} label={label} reference={reference} style={place} />}
    </div>
  );
}

/** The panel's width and its distance from the window's edges and from its button, in CSS pixels. */
const PANEL_WIDTH = 460;
const MARGIN = 8;

/** To the right of the column holding the button, top-aligned with the button, as far as the window lets it. */
function placeBeside(button: DOMRect, column: DOMRect): CSSProperties {
  const left = Math.max(MARGIN, Math.min(column.right + MARGIN, window.innerWidth - PANEL_WIDTH - MARGIN));
  const top = Math.max(MARGIN, Math.min(button.top, window.innerHeight * 0.4));
  return { left, top, maxHeight: window.innerHeight - top - MARGIN };
}

interface ArticleTextPanelProps {
  id: string;
  label: string;
  reference: LegalReference;
  style: CSSProperties;
}

function ArticleTextPanel({ id, label, reference, style }: ArticleTextPanelProps) {
  const { t, locale } = useI18n();
  const { matches, missing } = findBundledArticleTexts(reference);
  const sources = [...new Set(matches.map((match) => match.source))];
  const kazakhMissing = matches.some((match) => match.parts.some((part) => !part.kk));
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(locale, { dateStyle: 'long', timeZone: 'UTC' });

  return (
    // Focusable so that a long text can be scrolled from the keyboard.
    <section id={id} className="article-text" aria-label={label} tabIndex={0} style={style}>
      {matches.map((match) => (
        <ArticleTextOf
          key={match.text.article}
          match={match}
          code={reference.code.ru}
          part={reference.part}
        />
      ))}
      {missing.map((article) => (
        <p key={article} className="article-text__note">
          {t('articleText.notShipped', { article })}
        </p>
      ))}
      <dl className="article-text__facts">
        <dt>{t('articleText.status')}</dt>
        <dd className={`article-text__status article-text__status--${reference.verification}`}>
          {t(`articleText.status.${reference.verification}`)}
        </dd>
        {sources.map((source) => (
          <SourceFacts key={source.adiletId} source={source} date={date} />
        ))}
        {kazakhMissing && (
          <>
            <dt>{t('articleText.kazakh')}</dt>
            <dd>{t('articleText.kazakhMissing')}</dd>
          </>
        )}
      </dl>
      {sources.length > 0 && <p className="article-text__note">{t('articleText.thirdPartyCopy')}</p>}
    </section>
  );
}

function ArticleTextOf({ match, code, part }: { match: ArticleTextMatch; code: string; part?: string }) {
  const { t } = useI18n();
  const { text, parts, citedPartMissing } = match;
  return (
    <>
      <p className="article-text__title" lang="ru">
        {formatArticleReference({ code, article: text.article, text: '', title: text.title.ru }, 'ru')}
      </p>
      {citedPartMissing && (
        <p className="article-text__note">{t('articleText.otherParts', { part: part ?? '' })}</p>
      )}
      {!citedPartMissing && !part && !text.complete && (
        <p className="article-text__note">{t('articleText.excerpt')}</p>
      )}
      {parts.map((shown) => (
        <div key={shown.part ?? ''} className="article-text__part">
          <p lang="ru">{shown.ru}</p>
          {shown.kk && <p lang="kk">{shown.kk}</p>}
        </div>
      ))}
    </>
  );
}

function SourceFacts({ source, date }: { source: LegalSource; date: (iso: string) => string }) {
  const { t } = useI18n();
  return (
    <>
      <dt>{t('articleText.source')}</dt>
      <dd className="article-text__source">
        {t('articleText.sourceValue', {
          document: source.adiletId,
          repository: source.repository,
          path: source.path,
          commit: source.commit.slice(0, 7),
        })}
      </dd>
      <dt>{t('articleText.edition')}</dt>
      <dd>{t('articleText.editionValue', { date: date(source.amendedTo) })}</dd>
      <dt>{t('articleText.checked')}</dt>
      <dd>{date(source.checked)}</dd>
    </>
  );
}
