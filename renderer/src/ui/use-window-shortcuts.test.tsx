// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { outsideDialogs, useWindowShortcuts } from './use-window-shortcuts';

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Shortcuts({ onHelp, onOther }: { onHelp: () => void; onOther?: (event: KeyboardEvent) => void }) {
  useWindowShortcuts(
    { shortcutsHelp: onHelp },
    { within: outsideDialogs, ...(onOther && { onOtherKey: onOther }) },
  );
  return (
    <dialog open>
      <button type="button">in a dialog</button>
    </dialog>
  );
}

/** Presses a key with the focus on `target`, as the window's listeners see it. */
function press(key: string, target: Element = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

describe('window shortcuts', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.body.appendChild(document.createElement('div'));
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('runs the newest action bound to the key, and keeps the browser from its own use of it', () => {
    const first = vi.fn();
    const newest = vi.fn();
    act(() => root.render(<Shortcuts onHelp={first} />));
    act(() => root.render(<Shortcuts onHelp={newest} />));
    expect(press('F1').defaultPrevented).toBe(true);
    expect(first).not.toHaveBeenCalled();
    expect(newest).toHaveBeenCalledOnce();
  });

  it('leaves keys pressed where they do not count, and hands on the other keys', () => {
    const help = vi.fn();
    const other = vi.fn();
    act(() => root.render(<Shortcuts onHelp={help} onOther={other} />));
    const inDialog = press('F1', container.querySelector('button') ?? document.body);
    expect(inDialog.defaultPrevented).toBe(false);
    expect(help).not.toHaveBeenCalled();
    press('Escape');
    expect(other).toHaveBeenCalledWith(expect.objectContaining({ key: 'Escape' }));
    expect(help).not.toHaveBeenCalled();
  });

  it('stops listening when the component goes', () => {
    const help = vi.fn();
    act(() => root.render(<Shortcuts onHelp={help} />));
    act(() => root.unmount());
    root = createRoot(container);
    press('F1');
    expect(help).not.toHaveBeenCalled();
  });
});
