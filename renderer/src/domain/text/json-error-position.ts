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

/** A JSON number, matched where the scanner stands (sticky) rather than on a copy of the rest of the text. */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

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

  /**
   * A value, its arrays and objects walked with an explicit stack of the brackets still open rather than by
   * recursion: a file of a few kilobytes of `[` must get its line and column, not overflow the call stack.
   */
  private value(): void {
    const open: ('}' | ']')[] = [];
    for (;;) {
      this.space();
      if (this.char === '{' || this.char === '[') {
        const close = this.char === '{' ? '}' : ']';
        this.at++;
        this.space();
        if (this.text[this.at] === close) this.at++;
        else {
          open.push(close);
          if (close === '}') this.key();
          continue;
        }
      } else {
        this.scalar();
      }
      // After a value: close the lists it ends, until one continues with a comma.
      for (;;) {
        const close = open.at(-1);
        if (close === undefined) return;
        this.space();
        if (this.char === close) {
          this.at++;
          open.pop();
          continue;
        }
        this.expect(',');
        if (close === '}') this.key();
        break;
      }
    }
  }

  /** An object member's key and colon; its value follows. */
  private key(): void {
    this.space();
    if (this.char !== '"') this.fail();
    this.string();
    this.space();
    this.expect(':');
  }

  private scalar(): void {
    const char = this.char;
    if (char === '"') this.string();
    else if (char === 't') this.word('true');
    else if (char === 'f') this.word('false');
    else if (char === 'n') this.word('null');
    else this.number();
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
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail();
    this.at += match[0].length;
  }
}
