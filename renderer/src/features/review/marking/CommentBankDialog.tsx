import './CommentBankDialog.css';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useServices } from '../../../app/services';
import type { ContentLanguage } from '../../../domain/language';
import type { RubricCriterion } from '../../../domain/pack/pack';
import { searchBank } from '../../../domain/review/comment-bank-search';
import { useI18n } from '../../../i18n/I18nProvider';
import { addBankComment, editBankComment } from '../../../storage/comment-bank-repository';
import type { CommentBankRecord } from '../../../storage/records';
import { Dialog, DialogTitle } from '../../../ui/Dialog';
import { errorMessage } from '../../../ui/error-message';
import { Notice, type NoticeTone } from '../../../ui/Notice';
import { BankEntryEditor } from './BankEntryEditor';
import { BankResults } from './BankResults';
import { useBankUses, useCommentBank } from './use-comment-bank';

interface CommentBankDialogProps {
  packId: string;
  rubric: readonly RubricCriterion[];
  /** The case's language, which the bank's comments are written in. */
  language: ContentLanguage;
  /** The criterion it is opened for: its comments come first, and a comment saved here is saved under it. */
  criterionId: string;
  /** The criterion's own comment, which the trainer may keep in the bank. */
  criterionComment?: string | undefined;
  /** The trainer chose a comment (Enter, a click, or one just saved): the owner inserts it and unmounts the dialog. */
  onChoose: (entry: CommentBankRecord) => void;
  onClose: () => void;
}

/**
 * The comment bank of a pack, for one criterion: type to find (this criterion's comments first, with how often each
 * was used), ↑/↓ to move, Enter to insert; save a new comment from what was typed or from the criterion's comment;
 * edit a comment's text, which changes it in every review where it was used. The rubric panel opens it to insert
 * into a criterion; the marking screen may open it to pick a comment for a passage.
 */
export function CommentBankDialog({
  packId,
  rubric,
  language,
  criterionId,
  criterionComment,
  onChoose,
  onClose,
}: CommentBankDialogProps) {
  const { db } = useServices();
  const { t } = useI18n();
  const id = useId();
  const search = useRef<HTMLInputElement>(null);
  const { entries } = useCommentBank(packId);
  const uses = useBankUses(packId);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [editing, setEditing] = useState<CommentBankRecord | null>(null);
  const [notice, setNotice] = useState<{ tone: NoticeTone; text: string } | null>(null);

  const results = entries ? searchBank(entries, query, { criterionId, ...(uses && { uses }) }) : [];
  const activeEntry = results[Math.min(active, results.length - 1)];
  const criterionTitle = (criterionOf: string) =>
    rubric.find((criterion) => criterion.id === criterionOf)?.title ?? criterionOf;
  const typed = query.trim();
  const ownComment = criterionComment?.trim() ?? '';

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) =>
        Math.min(Math.max(Math.min(index, results.length - 1) + step, 0), results.length - 1),
      );
    } else if (
      event.key === 'Enter' &&
      !event.shiftKey &&
      !event.altKey &&
      !event.ctrlKey &&
      !event.metaKey
    ) {
      event.preventDefault();
      if (activeEntry) onChoose(activeEntry);
    }
  }

  async function save(text: string, insert: boolean) {
    try {
      const entry = await addBankComment(db, { packId, criterionId, text });
      if (insert) return onChoose(entry);
      setNotice({ tone: 'success', text: t('rubric.bank.saved') });
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(t, 'rubric.bank.saveFailed', error) });
    }
  }

  async function saveEdit(entry: CommentBankRecord, text: string) {
    try {
      await editBankComment(db, entry.id, text);
      setEditing(null);
      setNotice({ tone: 'success', text: t('rubric.bank.edited') });
      search.current?.focus();
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(t, 'rubric.bank.saveFailed', error) });
    }
  }

  return (
    <Dialog className="dialog comment-bank" initialFocus={search} onClose={onClose}>
      <DialogTitle>{t('rubric.bank.title', { criterion: criterionTitle(criterionId) })}</DialogTitle>
      <div className="field comment-bank__search">
        <label htmlFor={`${id}-search`}>{t('rubric.bank.search')}</label>
        <input
          ref={search}
          id={`${id}-search`}
          type="search"
          role="combobox"
          autoComplete="off"
          lang={language}
          aria-expanded={results.length > 0}
          aria-controls={`${id}-results`}
          aria-autocomplete="list"
          aria-activedescendant={activeEntry ? `${id}-option-${activeEntry.id}` : undefined}
          aria-describedby={`${id}-help`}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={keyDown}
        />
        <p className="field__help" id={`${id}-help`}>
          {t('rubric.bank.searchHelp')}
        </p>
      </div>
      <BankResults
        id={`${id}-results`}
        optionId={(entry) => `${id}-option-${entry.id}`}
        results={results}
        activeId={activeEntry?.id}
        loading={entries === undefined}
        query={typed}
        language={language}
        criterionId={criterionId}
        criterionTitle={criterionTitle}
        uses={uses}
        onChoose={onChoose}
      />
      {editing ? (
        <BankEntryEditor
          entry={editing}
          uses={uses?.get(editing.id) ?? 0}
          language={language}
          onSave={(text) => void saveEdit(editing, text)}
          onCancel={() => {
            setEditing(null);
            search.current?.focus();
          }}
        />
      ) : (
        <div className="comment-bank__actions">
          <button
            type="button"
            className="button button--small"
            disabled={!activeEntry}
            onClick={() => activeEntry && setEditing(activeEntry)}
          >
            {t('rubric.bank.editActive')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={typed === ''}
            onClick={() => void save(typed, true)}
          >
            {t('rubric.bank.saveTyped')}
          </button>
          {ownComment !== '' && (
            <button
              type="button"
              className="button button--small"
              onClick={() => void save(ownComment, false)}
            >
              {t('rubric.bank.saveCriterionComment')}
            </button>
          )}
        </div>
      )}
      {notice && (
        <Notice tone={notice.tone} onDismiss={() => setNotice(null)}>
          {notice.text}
        </Notice>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('rubric.bank.close')}
        </button>
      </div>
    </Dialog>
  );
}
