// Words an agent reads come from the message catalogs (electron/shared/i18n/messages), never from a
// string in code: this rule reports prose (three words or more) in the files already converted, in
// string and template literals and in Svelte markup. Add a file here once its words are messages.

/** Three words in a row: prose, not a code, key, path, header or format string. */
const PROSE = /\p{L}{2,}[,;:]?\s+\p{L}{2,}[,;:]?\s+\p{L}{2,}/u;

/** The files whose user-visible text has been moved into the catalogs. */
export const CONVERTED = [
  'electron/shared/boundary-errors.ts',
  'electron/core/explain/catalog.ts',
  'electron/core/phone/parse.ts',
  'electron/core/phone/read-digits.ts',
  'electron/core/phone/read-context.ts',
  'electron/core/phone/read-shorthand.ts',
  'electron/core/phone/reading.ts',
  'electron/core/phone/not-a-number.ts',
  'electron/core/phone/shorthand-list.ts',
  'electron/core/phone/number-scanner.ts',
  'electron/core/phone/impossible.ts',
  'electron/core/phone/retired-prefixes.ts',
  'electron/core/phone/numbering-plan.ts',
  'electron/core/phone/short-reading.ts',
  'electron/core/diagnostics/doctor.ts',
  'electron/core/cli/doctor-command.ts',
  'electron/core/cli/explained-output.ts',
  'renderer/src/components/RefusalAlert.svelte',
];

/** A literal that is text only to a program: an import, a comment-like directive, a regular expression. */
const isProgramText = (node) =>
  node.parent?.type === 'ImportDeclaration' ||
  node.parent?.type === 'ExportNamedDeclaration' ||
  node.parent?.type === 'ExportAllDeclaration' ||
  node.parent?.type === 'ImportExpression' ||
  node.parent?.type === 'TSLiteralType' ||
  (node.parent?.type === 'Property' && node.parent.key === node) ||
  node.regex !== undefined;

/** Reports prose written in code where a message should be. */
const noHardCodedText = {
  meta: {
    type: 'problem',
    docs: { description: 'User-visible words come from the message catalogs' },
    messages: {
      prose:
        'User-visible words belong in electron/shared/i18n/messages/en.json (then t(key)): "{{text}}" is hard-coded.',
    },
    schema: [],
  },
  create(context) {
    const report = (node, text) => {
      if (PROSE.test(text)) context.report({ node, messageId: 'prose', data: { text: text.trim().slice(0, 40) } });
    };
    return {
      Literal(node) {
        if (typeof node.value === 'string' && !isProgramText(node)) report(node, node.value);
      },
      TemplateElement(node) {
        report(node, node.value.cooked ?? node.value.raw);
      },
      SvelteText(node) {
        if (node.parent?.type !== 'SvelteStyleElement' && node.parent?.type !== 'SvelteScriptElement')
          report(node, node.value);
      },
    };
  },
};

/** The plugin and the block that turns the rule on for the converted files. */
export const i18nRules = [
  {
    files: CONVERTED,
    plugins: { softdial: { rules: { 'no-hard-coded-text': noHardCodedText } } },
    rules: { 'softdial/no-hard-coded-text': 'error' },
  },
];
