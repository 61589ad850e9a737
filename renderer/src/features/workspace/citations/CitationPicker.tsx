import { useId, useMemo, useState, type FormEvent } from 'react';
import {
  canonicalCode,
  citationOfExcerpt,
  formatCitation,
  knownCodes,
  type Citation,
} from '../../../domain/act/citation';
import type { ContentLanguage } from '../../../domain/language';
import type { LegislationExcerpt } from '../../../domain/pack/pack-fields';
import { useI18n } from '../../../i18n/I18nProvider';
import { Dialog, DialogTitle } from '../../../ui/Dialog';
import { PickerList } from '../../../ui/PickerList';

interface CitationPickerProps {
  legislation: readonly LegislationExcerpt[];
  /** The act's language: citations are written in it. */
  language: ContentLanguage;
  onInsert: (citation: Citation) => void;
  onClose: () => void;
}

const ARTICLE = /^\d{1,4}(?:-\d{1,3})?$/;
const NUMBER = /^\d{0,3}$/;

/** Chooses a citation: one of the case's legislation excerpts, or one typed in by its parts. */
export function CitationPicker({ legislation, language, onInsert, onClose }: CitationPickerProps) {
  const { t } = useI18n();
  const id = useId();
  const [typed, setTyped] = useState({ code: '', article: '', part: '', paragraph: '' });

  const items = useMemo(
    () =>
      legislation.map((excerpt) => {
        const citation = citationOfExcerpt(excerpt, language);
        return { excerpt, citation, label: formatCitation(citation, language) };
      }),
    [legislation, language],
  );
  const typedCitation: Citation | null =
    typed.code.trim() &&
    ARTICLE.test(typed.article.trim()) &&
    NUMBER.test(typed.part.trim()) &&
    NUMBER.test(typed.paragraph.trim())
      ? {
          code: canonicalCode(typed.code, language),
          article: typed.article.trim(),
          part: typed.part.trim(),
          paragraph: typed.paragraph.trim(),
        }
      : null;

  function insertTyped(event: FormEvent) {
    event.preventDefault();
    if (typedCitation) onInsert(typedCitation);
  }

  const field = (name: keyof typeof typed, label: string, pattern: RegExp, extra: object = {}) => (
    <label className="field citation-picker__field">
      <span>{label}</span>
      <input
        value={typed[name]}
        // Only what was typed and cannot be read is marked; an empty required field is not an error yet.
        aria-invalid={(typed[name].trim() !== '' && !pattern.test(typed[name].trim())) || undefined}
        onChange={(event) => setTyped({ ...typed, [name]: event.target.value })}
        {...extra}
      />
    </label>
  );

  return (
    <Dialog className="dialog citation-picker" onClose={onClose}>
      <DialogTitle>{t('citation.dialogTitle')}</DialogTitle>
      {legislation.length > 0 ? (
        <PickerList
          filterLabel={t('citation.filter')}
          listLabel={t('citation.excerpts')}
          items={items}
          itemKey={(item) => `${item.excerpt.code}/${item.excerpt.article}/${item.excerpt.part ?? ''}`}
          itemText={(item) =>
            `${item.label} ${item.excerpt.code} ${item.excerpt.article} ${item.excerpt.title ?? ''}`
          }
          empty={(query) => t('citation.noMatches', { query })}
          onChoose={(item) => onInsert(item.citation)}
          render={(item) => (
            <>
              <span className="picker-list__title" lang={language}>
                {item.label}
              </span>
              {item.excerpt.title && (
                <span className="picker-list__detail" lang={language}>
                  {item.excerpt.title}
                </span>
              )}
            </>
          )}
        />
      ) : (
        <p>{t('citation.noExcerpts')}</p>
      )}
      <form onSubmit={insertTyped} className="citation-picker__typed">
        <fieldset>
          <legend>{t('citation.typeOne')}</legend>
          <div className="citation-picker__fields">
            {field('code', t('citation.code'), /./, {
              list: `${id}-codes`,
              required: true,
              maxLength: 50,
              lang: language,
              autoFocus: legislation.length === 0,
            })}
            {field('article', t('citation.article'), ARTICLE, {
              required: true,
              inputMode: 'numeric',
              maxLength: 8,
              title: t('citation.articleHint'),
            })}
            {field('part', t('citation.part'), NUMBER, { inputMode: 'numeric', maxLength: 3 })}
            {field('paragraph', t('citation.paragraph'), NUMBER, { inputMode: 'numeric', maxLength: 3 })}
          </div>
          <datalist id={`${id}-codes`}>
            {knownCodes(language).map((code) => (
              <option key={code} value={code} />
            ))}
          </datalist>
          <p className="citation-picker__preview" aria-live="polite" lang={language}>
            {typedCitation && t('citation.preview', { text: formatCitation(typedCitation, language) })}
          </p>
        </fieldset>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={!typedCitation}>
            {t('citation.insertTyped')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
