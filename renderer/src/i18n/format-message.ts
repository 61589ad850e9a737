export type MessageParams = Record<string, string | number>;

/**
 * Fills a message: `{name}` takes a parameter, and `{count, plural, one {# file} other {# files}}` picks the
 * form for the number by the locale's plural rules (Russian has one/few/many), `#` standing for the number.
 */
export function formatMessage(locale: string, message: string, params: MessageParams = {}): string {
  let out = '';
  let index = 0;
  while (index < message.length) {
    const open = message.indexOf('{', index);
    if (open === -1) break;
    const close = matchingBrace(message, open);
    out += message.slice(index, open);
    out += fillPlaceholder(locale, message.slice(open + 1, close), params);
    index = close + 1;
  }
  return out + message.slice(index);
}

function fillPlaceholder(locale: string, body: string, params: MessageParams): string {
  const [name = '', kind, ...rest] = body.split(',');
  const value = params[name.trim()];
  if (kind?.trim() !== 'plural') return value === undefined ? `{${body}}` : String(value);
  const count = Number(value);
  const forms = pluralForms(rest.join(','));
  const form =
    forms.get(`=${count}`) ??
    forms.get(new Intl.PluralRules(locale).select(count)) ??
    forms.get('other') ??
    '';
  return form.replaceAll('#', new Intl.NumberFormat(locale).format(count));
}

function pluralForms(spec: string): Map<string, string> {
  const forms = new Map<string, string>();
  let index = 0;
  while (index < spec.length) {
    const open = spec.indexOf('{', index);
    if (open === -1) break;
    const close = matchingBrace(spec, open);
    forms.set(spec.slice(index, open).trim(), spec.slice(open + 1, close));
    index = close + 1;
  }
  return forms;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}' && --depth === 0) return index;
  }
  throw new SyntaxError(`Unbalanced braces in message: ${text}`);
}
