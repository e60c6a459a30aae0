/** Unicode's first-strong isolate and its closing mark: a number inside right-to-left text keeps its order. */
const FSI = '\u2068';
const PDI = '\u2069';

/** The formatting a compiled message needs from its language, each Intl object made on first use. */
export interface FormatKit {
  /** A placeholder as text (isolated in right-to-left languages, so "+44 20" stays in order). */
  text(value: string | number): string;
  /** A number in the language's digits and grouping. */
  number(value: number): string;
  /** The plural case of a number (an exact `=N` case first), given `#` as the formatted number. */
  plural(
    value: number,
    offset: number,
    ordinal: boolean,
    cases: { other: (shown: string) => string } & Record<string, (shown: string) => string>,
  ): string;
  /** The case named by a value, else `other`. */
  select(value: string, cases: { other: () => string } & Record<string, () => string>): string;
  /** A date in one of ICU's styles. */
  date(value: Date | number, style: string): string;
  /** A time of day in one of ICU's styles. */
  time(value: Date | number, style: string): string;
}

const STYLES = new Set(['full', 'long', 'medium', 'short']);
const styleOf = (style: string): 'full' | 'long' | 'medium' | 'short' =>
  STYLES.has(style) ? (style as 'full' | 'long' | 'medium' | 'short') : 'medium';

/** The kit for one language; compiled catalogs make one each, and nothing in it costs until a message uses it. */
export function formatKit(language: string): FormatKit {
  const rtl = /^(ar|he)\b/.test(language);
  const isolate = (text: string): string => (rtl ? FSI + text + PDI : text);
  let numbers: Intl.NumberFormat | undefined;
  const rules = new Map<boolean, Intl.PluralRules>();
  const dates = new Map<string, Intl.DateTimeFormat>();
  const dateFormat = (key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
    let format = dates.get(key);
    if (!format) dates.set(key, (format = new Intl.DateTimeFormat(language, options)));
    return format;
  };
  const kit: FormatKit = {
    text: (value) => isolate(String(value)),
    number: (value) => isolate((numbers ??= new Intl.NumberFormat(language)).format(value)),
    plural(value, offset, ordinal, cases) {
      const shown = kit.number(value - offset);
      const exact = cases[`=${value}`];
      if (exact) return exact(shown);
      let rule = rules.get(ordinal);
      if (!rule)
        rules.set(ordinal, (rule = new Intl.PluralRules(language, { type: ordinal ? 'ordinal' : 'cardinal' })));
      return (cases[rule.select(value - offset)] ?? cases.other)(shown);
    },
    select: (value, cases) => (Object.hasOwn(cases, value) ? (cases[value] ?? cases.other) : cases.other)(),
    date: (value, style) => isolate(dateFormat(`d${style}`, { dateStyle: styleOf(style) }).format(value)),
    time: (value, style) => isolate(dateFormat(`t${style}`, { timeStyle: styleOf(style) }).format(value)),
  };
  return kit;
}
