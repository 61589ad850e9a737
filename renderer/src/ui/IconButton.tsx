import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { nameWithVisibleText } from './label-in-name';

interface IconButtonProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'aria-label' | 'title' | 'type' | 'children'
> {
  /** What the button does, in words: its name for screen readers and speech input, and its tooltip. */
  label: string;
  /** The tooltip, where it says more than the label (why the button is disabled, its shortcut). */
  hint?: string;
  /** What the button shows: a symbol (↶, ×), an icon, or a short text (§1., Абв). */
  children: ReactNode;
  /** The text the button shows, where its content is markup around it rather than the text itself. */
  text?: string;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * A button that shows a symbol, an icon or a short text and is named by a label, which is also its tooltip. Its
 * accessible name always contains the text it shows (label-in-name.ts), so a person using speech input can say it.
 */
export function IconButton({ label, hint, children, text, ...button }: IconButtonProps) {
  const shown = text ?? (typeof children === 'string' ? children : '');
  return (
    <button type="button" {...button} aria-label={nameWithVisibleText(shown, label)} title={hint ?? label}>
      {children}
    </button>
  );
}
