import { describe, expect, it } from 'vitest';
import { nameWithVisibleText } from './label-in-name';

describe('nameWithVisibleText', () => {
  it('starts the name with the text the button shows', () => {
    expect(nameWithVisibleText('1.', 'Нумерованный список')).toBe('1. Нумерованный список');
    expect(nameWithVisibleText('§1.', 'Number the paragraphs')).toBe('§1. Number the paragraphs');
    expect(nameWithVisibleText('Әбв', 'Емлені тексеру')).toBe('Әбв Емлені тексеру');
  });

  it('keeps a label that already says the visible text', () => {
    expect(nameWithVisibleText('XML', 'Export as Akoma Ntoso XML')).toBe('Export as Akoma Ntoso XML');
    expect(nameWithVisibleText('100 %', 'Масштаб текста 100 %: вернуть 100 % (Ctrl+0)')).toBe(
      'Масштаб текста 100 %: вернуть 100 % (Ctrl+0)',
    );
  });

  it('keeps the label alone for a button that shows only a symbol', () => {
    expect(nameWithVisibleText('•', 'Маркированный список')).toBe('Маркированный список');
    expect(nameWithVisibleText('↶', 'Undo (Ctrl+Z)')).toBe('Undo (Ctrl+Z)');
  });
});
