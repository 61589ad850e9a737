/**
 * The offset of the first JSON syntax error in a text that JSON.parse refused, found by a small scanner of the
 * JSON grammar. V8's messages give a position for some errors and not others, and their wording changes between
 * versions; a trainer fixing a pack by hand needs a line and a column every time. Returns -1 for valid JSON.
 */
export function jsonErrorOffset(text: string): number {
  const scanner = new JsonScanner(text);
  try {
    scanner.document();
    return -1;
  } catch (error) {
    if (error instanceof SyntaxErrorAt) return error.offset;
    throw error;
  }
}

/** Line and column, both counted from 1, of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

class SyntaxErrorAt {
  constructor(readonly offset: number) {}
}

class JsonScanner {
  private at = 0;

  constructor(private readonly text: string) {}

  document(): void {
    if (this.text.charCodeAt(0) === 0xfeff) this.at = 1;
    this.value();
    this.space();
    if (this.at < this.text.length) this.fail();
  }

  private get char(): string | undefined {
    return this.text[this.at];
  }

  private fail(): never {
    throw new SyntaxErrorAt(this.at);
  }

  private expect(char: string): void {
    if (this.char !== char) this.fail();
    this.at++;
  }

  private space(): void {
    while (this.char === ' ' || this.char === '\t' || this.char === '\n' || this.char === '\r') this.at++;
  }

  private value(): void {
    this.space();
    const char = this.char;
    if (char === '{') this.object();
    else if (char === '[') this.array();
    else if (char === '"') this.string();
    else if (char === 't') this.word('true');
    else if (char === 'f') this.word('false');
    else if (char === 'n') this.word('null');
    else this.number();
  }

  private object(): void {
    this.list('}', () => {
      this.space();
      if (this.char !== '"') this.fail();
      this.string();
      this.space();
      this.expect(':');
      this.value();
    });
  }

  private array(): void {
    this.list(']', () => this.value());
  }

  /** `[` or `{`, then members separated by commas, then the closing bracket; no trailing comma. */
  private list(close: string, member: () => void): void {
    this.at++;
    this.space();
    if (this.char === close) {
      this.at++;
      return;
    }
    for (;;) {
      member();
      this.space();
      if (this.char === close) {
        this.at++;
        return;
      }
      this.expect(',');
    }
  }

  private string(): void {
    this.at++;
    for (;;) {
      const char = this.char;
      if (char === undefined || char < ' ') this.fail();
      this.at++;
      if (char === '"') return;
      if (char === '\\') this.escape();
    }
  }

  private escape(): void {
    if (this.char === 'u') {
      this.at++;
      for (let digit = 0; digit < 4; digit++) {
        if (!/[0-9a-fA-F]/.test(this.char ?? '')) this.fail();
        this.at++;
      }
    } else if (this.char !== undefined && '"\\/bfnrt'.includes(this.char)) {
      this.at++;
    } else {
      this.fail();
    }
  }

  private word(word: string): void {
    for (const char of word) this.expect(char);
  }

  private number(): void {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.at));
    if (!match) this.fail();
    this.at += match[0].length;
  }
}
