import { useId, useLayoutEffect, useRef } from 'react';
import type { ContentLanguage } from '../../../domain/language';

interface WorksheetTextAreaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  /** The language the trainee writes in (the case's), for spellchecking and screen readers. */
  language: ContentLanguage;
  /** A label in the case's language (an art. 390 question) rather than the interface's. */
  labelInCaseLanguage?: boolean;
  rows?: number;
  hint?: string;
  /** The label is for screen readers only: the row's legend already says it on screen. */
  labelHidden?: boolean;
}

/**
 * A labelled text area that grows with its text (CSS `field-sizing`), up to the worksheet's size limit. Its text
 * is the form's state, but React does not write it into the DOM on every keystroke: for a controlled <textarea>
 * React also rewrites the element's default value, i.e. replaces its whole text node, each time, which costs a
 * keystroke tens of milliseconds in an analysis of some pages. Here the state is written into the textarea only
 * when it differs from what the textarea already shows: on mount, and when the form's state is replaced.
 */
export function WorksheetTextArea({
  label,
  value,
  onChange,
  maxLength,
  language,
  labelInCaseLanguage = false,
  rows = 2,
  hint,
  labelHidden = false,
}: WorksheetTextAreaProps) {
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    if (textarea.current && textarea.current.value !== value) textarea.current.value = value;
  }, [value]);
  return (
    <div className="worksheet-field">
      <label
        htmlFor={id}
        className={labelHidden ? 'visually-hidden' : 'worksheet-field__label'}
        lang={labelInCaseLanguage ? language : undefined}
      >
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="worksheet-field__hint">
          {hint}
        </p>
      )}
      <textarea
        ref={textarea}
        id={id}
        className="worksheet-field__input"
        lang={language}
        rows={rows}
        maxLength={maxLength}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
