import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './markdown';
import { nodeSanitizer } from './node-sanitizer';

const sanitize = nodeSanitizer();

function html(markdown: string): string {
  const result = markdownToHtml(markdown, 'm.md');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.html;
}

function problems(markdown: string): { line?: number; message: string }[] {
  const result = markdownToHtml(markdown, 'm.md');
  if (result.ok) throw new Error(`accepted: ${result.html}`);
  return result.problems.map(({ line, message }) => ({ line, message }));
}

describe('markdownToHtml', () => {
  it('produces only what the importer accepts unchanged', () => {
    const markdown = [
      '# Решение',
      '',
      'Текст **жирный**, *курсив*, ~~зачёркнутый~~, `код`.\\',
      'Новая строка.',
      '',
      '1. первый',
      '2. второй',
      '',
      '3) третий',
      '',
      '- [ ] открыт',
      '- [x] закрыт',
      '',
      '> цитата',
      '',
      '---',
      '',
      '| Дата | Сумма |',
      '| :--- | ----: |',
      '| 12.01.2026 | **100 000** |',
      '',
      '```text',
      'код <b>',
      '```',
    ].join('\n');
    const result = html(markdown);
    expect(sanitize(result)).toEqual({ html: result, removed: [] });
    expect(result).toContain('<ol start="3">');
    expect(result).toContain('<th align="left">Дата</th>');
    expect(result).toContain('<li>☐ открыт</li>');
    expect(result).toContain('<pre><code>код &lt;b&gt;\n</code></pre>');
    expect(result).toContain('<br>Новая строка.');
  });

  it('keeps e-mail and web addresses written in the text as text', () => {
    const result = html('Почта ivanov@example.kz, сайт www.example.kz, <https://adilet.zan.kz>.');
    expect(result).toBe('<p>Почта ivanov@example.kz, сайт www.example.kz, https://adilet.zan.kz.</p>\n');
    expect(sanitize(result).removed).toEqual([]);
  });

  it('shows angle brackets that are not HTML as typed', () => {
    expect(html('ИИН <не указан>, 5 < 7')).toBe('<p>ИИН &lt;не указан&gt;, 5 &lt; 7</p>\n');
  });

  it('refuses raw HTML, naming the line and what to write instead', () => {
    expect(problems('Абзац.\r\n\r\nИстец: <b>Иванов</b>\r\n')).toEqual([
      { line: 3, message: 'HTML is not allowed in Markdown (<b>). Write **bold** instead.' },
    ]);
    expect(problems('| a |\n|---|\n| x<br>y |\n')).toEqual([
      {
        line: 3,
        message:
          'HTML is not allowed in Markdown (<br>). To start a new line, end the line with a backslash \\ or leave an empty line.',
      },
    ]);
    expect(problems('Text\n\n<div>\nblock\n</div>\n')[0]).toMatchObject({ line: 3 });
    expect(problems('<!-- note -->\n')[0]?.message).toMatch(/HTML comments are not allowed/);
    expect(problems('<script>alert(1)</script>\n')[0]?.message).toMatch(/HTML is not allowed/);
  });

  it('refuses pictures and links, which an offline pack cannot show', () => {
    expect(problems('a\n\n![скан](scan.png)\n')).toEqual([
      {
        line: 3,
        message: expect.stringMatching(/^A picture \(!\[скан\]\(scan.png\)\) cannot be put inside/) as string,
      },
    ]);
    expect(problems('- пункт [закон](https://adilet.zan.kz)\n')[0]).toMatchObject({ line: 1 });
    expect(problems('См. [1].\n\n[1]: https://adilet.zan.kz\n').map(({ line }) => line)).toEqual([1, 3]);
  });
});
