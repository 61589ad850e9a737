import { describe, expect, it } from 'vitest';
import { SHORTCUTS } from '../editor/core/shortcuts';
import { displayKey, isApplePlatform } from './platform-keys';

function navigatorOf(platform: string, userAgentPlatform?: string): Navigator {
  return {
    platform,
    ...(userAgentPlatform ? { userAgentData: { platform: userAgentPlatform } } : {}),
  } as unknown as Navigator;
}

describe('shortcut keys as the keyboard labels them', () => {
  it('shows Ctrl on Windows and Linux', () => {
    expect(displayKey('Mod-b', false)).toBe('Ctrl+B');
    expect(displayKey('Mod-Shift-z', false)).toBe('Ctrl+Shift+Z');
    expect(displayKey('Mod--', false)).toBe('Ctrl+-');
    expect(displayKey('Mod-=', false)).toBe('Ctrl+=');
    expect(displayKey('Shift-Enter', false)).toBe('Shift+Enter');
    expect(displayKey('Escape', false)).toBe('Esc');
    expect(displayKey('F1', false)).toBe('F1');
    expect(displayKey('Alt-ArrowDown', false)).toBe('Alt+↓');
    expect(displayKey('Alt-PageUp', false)).toBe('Alt+PageUp');
  });

  it('shows ⌘ and the Mac’s modifier symbols on a Mac', () => {
    expect(displayKey('Mod-b', true)).toBe('⌘B');
    expect(displayKey('Mod-Shift-z', true)).toBe('⇧⌘Z');
    expect(displayKey('Mod-/', true)).toBe('⌘/');
  });

  it('shows every workspace shortcut with a key name of its own', () => {
    for (const keys of Object.values(SHORTCUTS)) {
      for (const key of keys) expect(displayKey(key, false)).not.toMatch(/Mod|^$|\+$/);
    }
  });

  it('recognises a Mac from navigator.platform or from the client hints', () => {
    expect(isApplePlatform(navigatorOf('MacIntel'))).toBe(true);
    expect(isApplePlatform(navigatorOf('', 'macOS'))).toBe(true);
    expect(isApplePlatform(navigatorOf('Win32', 'Windows'))).toBe(false);
    expect(isApplePlatform(navigatorOf('Linux x86_64'))).toBe(false);
  });
});
