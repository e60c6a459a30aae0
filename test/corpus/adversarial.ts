/**
 * Texts of about n characters built to make a naive scanner backtrack or rescan (a regex that retries every
 * start position, a loop that looks back to the start), and an ordinary paste of signature lines.
 */
export const ADVERSARIAL: Record<string, (n: number) => string> = {
  'one @ then a long word': (n) => `@${'a'.repeat(n)}`,
  'an address without a dot': (n) => `a@${'b'.repeat(n)}`,
  'many @': (n) => 'a@'.repeat(n / 2),
  'a link with a bad last character': (n) => `tel:${'1'.repeat(n)}!`,
  'a link of dashes': (n) => `tel:${'1-'.repeat(n / 2)}!`,
  'digits and spaces': (n) => '1 '.repeat(n / 2),
  'letters after a number': (n) => `1-${'A'.repeat(n)}b`,
  'opening brackets': (n) => '('.repeat(n),
  pluses: (n) => '+ '.repeat(n / 2),
  dots: (n) => '1.'.repeat(n / 2),
  labels: (n) => 'Tel: x '.repeat(n / 7),
  'signature lines': (n) => 'T: +44 20 7946 0958 | M: +44 7400 123456 | jane@example.com\n'.repeat(n / 60),
};
