/** The digits a match can begin with, and whether the pattern can match the empty string. */
interface Firsts {
  digits: Set<string>;
  nullable: boolean;
}

const ALL_DIGITS = '0123456789';
const QUANTIFIER = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})/;

/** A reader of the small regex dialect numbering-plan patterns use: groups, classes, \d and quantifiers. */
class PatternReader {
  i = 0;
  constructor(private readonly pattern: string) {}

  alternation(): Firsts {
    const result: Firsts = { digits: new Set(), nullable: false };
    for (;;) {
      const branch = this.sequence();
      for (const digit of branch.digits) result.digits.add(digit);
      result.nullable ||= branch.nullable;
      if (this.pattern[this.i] !== '|') return result;
      this.i++;
    }
  }

  private sequence(): Firsts {
    const result: Firsts = { digits: new Set(), nullable: true };
    while (this.i < this.pattern.length && this.pattern[this.i] !== '|' && this.pattern[this.i] !== ')') {
      const atom = this.atom();
      const quantifier = QUANTIFIER.exec(this.pattern.slice(this.i, this.i + 12));
      let nullable = atom.nullable;
      if (quantifier) {
        this.i += quantifier[0].length;
        const minimum = quantifier[0][0] === '{' ? Number(quantifier[1]) : quantifier[0] === '+' ? 1 : 0;
        nullable ||= minimum === 0;
      }
      if (result.nullable) for (const digit of atom.digits) result.digits.add(digit);
      result.nullable &&= nullable;
    }
    return result;
  }

  private atom(): Firsts {
    const char = this.pattern[this.i++];
    if (char === '(') {
      if (this.pattern.startsWith('?:', this.i)) this.i += 2;
      const inner = this.alternation();
      if (this.pattern[this.i++] !== ')') throw new Error('unbalanced group');
      return inner;
    }
    if (char === '[') return { digits: this.characterClass(), nullable: false };
    if (char === '\\') return { digits: this.escape(), nullable: false };
    if (char === undefined || '^$.'.includes(char)) throw new Error(`unsupported ${char ?? 'end'}`);
    return { digits: new Set(ALL_DIGITS.includes(char) ? [char] : []), nullable: false };
  }

  private escape(): Set<string> {
    const char = this.pattern[this.i++];
    if (char === 'd') return new Set(ALL_DIGITS);
    if (char === undefined || /[a-zA-Z]/.test(char)) throw new Error(`unsupported \\${char ?? ''}`);
    return new Set(ALL_DIGITS.includes(char) ? [char] : []);
  }

  private characterClass(): Set<string> {
    if (this.pattern[this.i] === '^') throw new Error('negated class');
    const digits = new Set<string>();
    while (this.pattern[this.i] !== ']') {
      if (this.i >= this.pattern.length) throw new Error('unterminated class');
      const from = this.pattern[this.i] === '\\' ? (this.i++, this.escapedClassChar()) : this.pattern[this.i++];
      if (from === 'digits') {
        for (const digit of ALL_DIGITS) digits.add(digit);
        continue;
      }
      let to = from;
      if (this.pattern[this.i] === '-' && this.pattern[this.i + 1] !== ']') {
        to = this.pattern[this.i + 1];
        this.i += 2;
      }
      for (const digit of ALL_DIGITS)
        if (from !== undefined && to !== undefined && digit >= from && digit <= to) digits.add(digit);
    }
    this.i++;
    return digits;
  }

  private escapedClassChar(): string | undefined {
    const char = this.pattern[this.i++];
    return char === 'd' ? 'digits' : char;
  }
}

/**
 * The digits a number matching a numbering-plan pattern can start with: "[2-9]\d{9}|3\d{6}" gives 2-9.
 * Any construct outside the plan dialect gives every digit, so a pattern read wrongly never refuses a number.
 */
export function firstDigits(pattern: string): Set<string> {
  try {
    const reader = new PatternReader(pattern);
    const firsts = reader.alternation();
    if (reader.i !== pattern.length) throw new Error('trailing text');
    return firsts.nullable ? new Set(ALL_DIGITS) : firsts.digits;
  } catch {
    return new Set(ALL_DIGITS);
  }
}
