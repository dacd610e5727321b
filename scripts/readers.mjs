// Writes src/generated/readers.ts from src/input/fields.ts: for each record, a function that
// reads every field by its kind's reader, into an object literal. A literal has one shape, with
// every field in the object itself, which the later stages read fastest; a loop over the
// description building the object field by field made whole renders about a third slower.

const identifier = (name) => name.replace(/[^\w$]/g, '_');

/** The reader module's source lines, from the records (`RECORDS` of src/input/fields.ts). */
export function recordReaders(records) {
  const constants = [];
  const readers = [];
  for (const [record, fields] of Object.entries(records)) {
    // PERIOD only names the fields the period kind reads, one after another.
    if (record === 'period') continue;
    const lines = [];
    for (const [key, field] of Object.entries(fields)) {
      if (field.route) continue;
      const names = field.kind === 'period' ? [] : [field.written ?? key, ...(field.also ?? [])];
      const constant = `${identifier(record)}_${identifier(key)}`;
      constants.push(`const ${constant} = ${JSON.stringify(names)} as const;`);
      const withNames = field.with ? `, ${JSON.stringify(field.with)} as const` : '';
      lines.push(`        ${JSON.stringify(key)}: k.${field.kind}(s, ${constant}${withNames}),`);
    }
    readers.push(
      `    ${record}: (record) => {`,
      '      const s = new Source(record);',
      '      return {',
      ...lines,
      '      };',
      '    },',
    );
  }
  return [
    "import type { RECORDS } from '../input/fields';",
    "import type { Kinds, Normalized } from '../normalize/fields';",
    "import { Source, type Json } from '../normalize/source';",
    '',
    "/** Each field's names, first to last. */",
    ...constants,
    '',
    "type Readers = { [R in Exclude<keyof typeof RECORDS, 'period'>]: (record: Json) => Normalized<(typeof RECORDS)[R]> };",
    '',
    "/** The readers of the records, each field read by its kind's reader in `k`. */",
    'export function recordReaders(k: Kinds): Readers {',
    '  return {',
    ...readers,
    '  };',
    '}',
  ];
}
