import { describe, expect, it, vi } from 'vitest';
import { shortcutHandler } from './shortcut-handler';

/** The fields of a keydown event that shortcut matching reads. */
function keydown(key: string, keyCode: number, modifiers: { ctrlKey?: boolean; shiftKey?: boolean } = {}) {
  return {
    key,
    keyCode,
    ctrlKey: false,
    shiftKey: false,
    altKey: false,
    metaKey: false,
    ...modifiers,
    defaultPrevented: false,
    preventDefault(this: { defaultPrevented: boolean }) {
      this.defaultPrevented = true;
    },
  } as unknown as KeyboardEvent;
}

describe('workspace shortcuts', () => {
  it('runs the action bound to Ctrl+P and keeps the browser from printing', () => {
    const printPreview = vi.fn();
    const event = keydown('p', 80, { ctrlKey: true });
    expect(shortcutHandler({ printPreview })(event)).toBe(true);
    expect(printPreview).toHaveBeenCalledOnce();
    expect(event.defaultPrevented).toBe(true);
  });

  it('knows Ctrl+P on a Russian keyboard layout, where the key types «з»', () => {
    const printPreview = vi.fn();
    shortcutHandler({ printPreview })(keydown('з', 80, { ctrlKey: true }));
    expect(printPreview).toHaveBeenCalledOnce();
  });

  it('leaves other keys, and keys something else already handled, alone', () => {
    const focusMode = vi.fn();
    const handle = shortcutHandler({ focusMode });
    const plain = keydown('f', 70, { ctrlKey: true });
    expect(handle(plain)).toBe(false);
    expect(plain.defaultPrevented).toBe(false);
    const handled = keydown('F', 70, { ctrlKey: true, shiftKey: true });
    handled.preventDefault();
    expect(handle(handled)).toBe(false);
    expect(handle(keydown('F', 70, { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(focusMode).toHaveBeenCalledOnce();
  });
});
