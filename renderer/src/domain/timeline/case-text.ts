/**
 * Whether pasted text occurs in the case's materials. Text copied from a material comes with the page's line
 * breaks and spacing, which the act then keeps or loses, so both sides are compared with every run of white space
 * made one space and the ends trimmed.
 */
export class CaseText {
  private readonly text: string;

  constructor(texts: readonly string[]) {
    this.text = texts.map(flatten).join('\n');
  }

  contains(pasted: string): boolean {
    const needle = flatten(pasted);
    return needle.length > 0 && this.text.includes(needle);
  }
}

function flatten(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
