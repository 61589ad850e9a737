import './SplitPane.css';
import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

export const MIN_SPLIT = 0.2;
export const MAX_SPLIT = 0.8;
const KEYBOARD_STEP = 0.05;

interface SplitPaneProps {
  /** Share of the width given to the first pane. */
  initialSplit: number;
  onSplitChange: (split: number) => void;
  handleLabel: string;
  first: ReactNode;
  second: ReactNode;
  /** The element the panes sit in: a screen whose main content they are makes them its `main` landmark. */
  as?: 'div' | 'main';
}

/** Two panes side by side with a handle to drag, or to move with the arrow keys. */
export function SplitPane({
  initialSplit,
  onSplitChange,
  handleLabel,
  first,
  second,
  as: Container = 'div',
}: SplitPaneProps) {
  const [split, setSplit] = useState(clamp(initialSplit));
  const container = useRef<HTMLDivElement>(null);

  function moveTo(next: number) {
    const value = clamp(next);
    setSplit(value);
    return value;
  }

  function drag(event: PointerEvent<HTMLDivElement>) {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    const box = container.current?.getBoundingClientRect();
    if (box && box.width > 0) moveTo((event.clientX - box.left) / box.width);
  }

  /** The keys of the ARIA window-splitter pattern: arrows step, Page keys jump, Home and End go to the limits. */
  function key(event: KeyboardEvent<HTMLDivElement>) {
    const targets: Record<string, number> = {
      ArrowLeft: split - KEYBOARD_STEP,
      ArrowRight: split + KEYBOARD_STEP,
      PageUp: split - 2 * KEYBOARD_STEP,
      PageDown: split + 2 * KEYBOARD_STEP,
      Home: MIN_SPLIT,
      End: MAX_SPLIT,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    onSplitChange(moveTo(target));
  }

  return (
    <Container
      className="split"
      ref={container}
      style={{ gridTemplateColumns: `${split}fr 6px ${1 - split}fr` }}
    >
      <div className="split__pane">{first}</div>
      <div
        className="split__handle"
        role="separator"
        aria-orientation="vertical"
        aria-label={handleLabel}
        aria-valuemin={MIN_SPLIT * 100}
        aria-valuemax={MAX_SPLIT * 100}
        aria-valuenow={Math.round(split * 100)}
        aria-valuetext={`${Math.round(split * 100)} %`}
        tabIndex={0}
        onPointerDown={(event) => event.currentTarget.setPointerCapture(event.pointerId)}
        onPointerMove={drag}
        onPointerUp={(event) => {
          event.currentTarget.releasePointerCapture(event.pointerId);
          onSplitChange(split);
        }}
        onKeyDown={key}
      />
      <div className="split__pane">{second}</div>
    </Container>
  );
}

function clamp(split: number): number {
  return Math.min(MAX_SPLIT, Math.max(MIN_SPLIT, Number.isFinite(split) ? split : 0.5));
}
