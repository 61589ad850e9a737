import {
  createContext,
  useContext,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';

/** What a dialog's owner may do to it besides unmounting it. */
export interface DialogHandle {
  /**
   * Closes the dialog now, giving the focus back to where it was, without calling `onClose`: for an action that goes
   * on in the page at once (puts the cursor in the text), which the page, inert while the dialog is open, refuses.
   */
  close(): void;
}

interface DialogProps {
  /** The dialog's classes: `dialog` for the common look, and its own. */
  className: string;
  /** The id of its title (DialogTitle); one is made when not given. */
  titleId?: string;
  /** The id of the text that says what the dialog is about, if there is one. */
  describedBy?: string;
  /** The element that takes the focus at opening; without it, the first that can, as the browser chooses. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** The person closed it (Escape, or the browser asked to): the owner unmounts it. */
  onClose: () => void;
  ref?: Ref<DialogHandle>;
  children: ReactNode;
}

const TitleId = createContext<string | undefined>(undefined);

/**
 * A modal dialog, open while it is mounted: the rest of the page is inert under it, Escape closes it, it is named by
 * its DialogTitle, and closing it, whichever way (Escape, `close`, or the owner unmounting it), gives the focus back
 * to the element that had it when the dialog opened, as the browser does for a modal `<dialog>` that is closed rather
 * than removed.
 */
export function Dialog({
  className,
  titleId,
  describedBy,
  initialFocus,
  onClose,
  ref,
  children,
}: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const madeId = useId();
  const title = titleId ?? `${madeId}-title`;
  /** Set while the dialog is closed by its owner, whose close is not the person's to report. */
  const closingQuietly = useRef(false);

  const closeQuietly = () => {
    closingQuietly.current = true;
    if (dialog.current?.open) dialog.current.close();
  };
  useImperativeHandle(ref, () => ({ close: closeQuietly }));

  // A layout effect: its cleanup runs while the dialog is still in the page, so it can close it, which gives the
  // focus back; the owner's own effects (which may move the focus on, into the text) run after it.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    closingQuietly.current = false;
    if (!element.open) element.showModal();
    initialFocus?.current?.focus();
    return () => {
      closingQuietly.current = true;
      if (element.open) element.close();
    };
    // Opened once, at mounting; the element to focus is read then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <dialog
      ref={dialog}
      className={className}
      aria-labelledby={title}
      aria-describedby={describedBy}
      // Escape closes the dialog natively (the browser may skip `cancel` and close at once): `close` is what says so.
      // The event comes a moment later; by then a dialog its owner closed may be open again (React's StrictMode
      // mounts twice), and then it is not news.
      onClose={() => {
        if (!closingQuietly.current && !dialog.current?.open) onClose();
      }}
    >
      <TitleId value={title}>{children}</TitleId>
    </dialog>
  );
}

/** The dialog's title, which names it for screen readers. */
export function DialogTitle({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <h2 id={useContext(TitleId)} className={className}>
      {children}
    </h2>
  );
}
