/** One suffix rule of a Hunspell affix file: a word whose stem carries `flag` may end in `add` instead of `strip`. */
interface SuffixRule {
  flag: string;
  strip: string;
  add: string;
  /** What the stem must end with for the rule to apply; null when it applies to every stem. */
  condition: RegExp | null;
}

/** Directives that change nothing about which words are correct. */
const IGNORED_DIRECTIVES = new Set(['SET', 'TRY', 'NAME', 'LANG', 'HOME', 'VERSION']);

/** How many suggestions a misspelt word gets at most. */
const SUGGESTION_LIMIT = 5;

function lines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && word.slice(1) === word.slice(1).toLowerCase();
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * A spelling dictionary read from Hunspell's .aff/.dic files, checking words the way Hunspell does but only with
 * what the shipped dictionaries use (Russian and Kazakh): UTF-8 text, a TRY line, and one level of suffix
 * rules with one-character flags. Anything else in an affix file (prefixes, compounding, long flags…) is
 * refused when the file is read, so a dictionary that needs more fails loudly instead of checking wrongly.
 *
 * Why not nspell: it expands every stem into all its forms while loading, which for the Russian dictionary
 * takes seconds and over 150 MB. Here a word is checked by undoing each suffix it could end in and looking the
 * stem up, so loading only reads the stems (a fraction of a second, tens of MB) and a check is a few lookups.
 */
export class HunspellDictionary {
  /** Stem → the flags of the suffix rules it takes. */
  private readonly stems = new Map<string, string>();
  /** Suffix rules by the ending they add, '' for rules that only strip. */
  private readonly rulesByEnding = new Map<string, SuffixRule[]>();
  private longestEnding = 0;
  /** Lowercase letters to try in suggestions, most frequent first (the affix file's TRY line). */
  private alphabet: string[] = [];
  /** Words the trainee added to their own dictionary. */
  private readonly ownWords = new Set<string>();

  constructor(aff: string, dic: string) {
    this.readAffixes(aff);
    this.readStems(dic);
  }

  addOwnWord(word: string): void {
    this.ownWords.add(word);
  }

  /**
   * Whether a word is spelt correctly: as written, in lowercase when written capitalised or in capitals, or
   * hyphen by hyphen.
   */
  isCorrect(word: string): boolean {
    if (this.isKnownForm(word)) return true;
    const lower = word.toLowerCase();
    if (isCapitalised(word) && this.isKnownForm(lower)) return true;
    if (word === word.toUpperCase() && word !== lower) {
      return this.isKnownForm(lower) || this.isKnownForm(capitalise(lower));
    }
    if (word.includes('-')) {
      const pieces = word.split('-').filter(Boolean);
      return pieces.length > 1 && pieces.every((piece) => this.isCorrect(piece));
    }
    return false;
  }

  /**
   * Correct words one edit away (a letter replaced, two swapped, one left out or one too many, a missing space),
   * replacements first: they are the commonest slip. A capitalised word gets capitalised suggestions.
   */
  suggest(word: string, limit = SUGGESTION_LIMIT): string[] {
    const capitalised = isCapitalised(word);
    const lower = capitalised ? word.toLowerCase() : word;
    const found: string[] = [];
    const consider = (candidate: string): boolean => {
      const shown = capitalised ? capitalise(candidate) : candidate;
      if (candidate !== lower && !found.includes(shown) && this.isCorrect(shown)) found.push(shown);
      return found.length >= limit;
    };
    for (const candidate of this.editsOf(lower)) if (consider(candidate)) break;
    return found;
  }

  private *editsOf(word: string): Generator<string> {
    const { alphabet } = this;
    for (let at = 0; at < word.length; at++) {
      for (const letter of alphabet) yield word.slice(0, at) + letter + word.slice(at + 1);
    }
    for (let at = 0; at + 1 < word.length; at++) {
      yield word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2);
    }
    for (let at = 0; at < word.length; at++) yield word.slice(0, at) + word.slice(at + 1);
    for (let at = 0; at <= word.length; at++) {
      for (const letter of alphabet) yield word.slice(0, at) + letter + word.slice(at);
    }
    for (let at = 2; at + 1 < word.length; at++) yield `${word.slice(0, at)} ${word.slice(at)}`;
  }

  private isKnownForm(word: string): boolean {
    if (word.includes(' ')) return word.split(' ').every((piece) => this.isKnownForm(piece));
    if (this.ownWords.has(word) || this.stems.has(word)) return true;
    const longest = Math.min(this.longestEnding, word.length - 1);
    for (let length = 0; length <= longest; length++) {
      const rules = this.rulesByEnding.get(word.slice(word.length - length));
      if (!rules) continue;
      const base = word.slice(0, word.length - length);
      for (const rule of rules) {
        const stem = base + rule.strip;
        if (this.stems.get(stem)?.includes(rule.flag) && (!rule.condition || rule.condition.test(stem))) {
          return true;
        }
      }
    }
    return false;
  }

  private readAffixes(aff: string): void {
    for (const line of lines(aff)) {
      const fields = line.trim().split(/\s+/);
      const [directive] = fields;
      if (!directive || directive.startsWith('#')) continue;
      if (directive === 'SET' && fields[1]?.toUpperCase() !== 'UTF-8') {
        throw new Error(`Only UTF-8 dictionaries are supported, not ${fields[1] ?? 'an unnamed encoding'}`);
      }
      if (directive === 'TRY') {
        this.alphabet = [...new Set([...(fields[1] ?? '').toLowerCase()])];
        continue;
      }
      if (IGNORED_DIRECTIVES.has(directive)) continue;
      if (directive !== 'SFX') throw new Error(`Unsupported affix directive: ${directive}`);
      // A header (SFX flag cross-product count) has four fields; a rule (SFX flag strip add condition) more.
      if (fields.length === 4) continue;
      this.addRule(fields);
    }
  }

  private addRule([, flag = '', strip = '', add = '', condition = '.']: string[]): void {
    if (flag.length !== 1) throw new Error(`Only one-character flags are supported, not ${flag}`);
    if (add.includes('/')) throw new Error(`Suffixes with their own flags are not supported: ${add}`);
    const ending = add === '0' ? '' : add;
    const rule: SuffixRule = {
      flag,
      strip: strip === '0' ? '' : strip,
      add: ending,
      condition: condition === '.' ? null : new RegExp(`${condition}$`, 'u'),
    };
    const rules = this.rulesByEnding.get(ending);
    if (rules) rules.push(rule);
    else this.rulesByEnding.set(ending, [rule]);
    this.longestEnding = Math.max(this.longestEnding, ending.length);
  }

  private readStems(dic: string): void {
    const entries = lines(dic);
    // The first line gives the number of entries.
    for (let index = 1; index < entries.length; index++) {
      const [entry = ''] = entries[index]?.trim().split(/\s/) ?? [];
      if (!entry) continue;
      const slash = entry.indexOf('/', 1);
      const stem = slash < 0 ? entry : entry.slice(0, slash);
      const flags = slash < 0 ? '' : entry.slice(slash + 1);
      this.stems.set(stem, (this.stems.get(stem) ?? '') + flags);
    }
  }
}
