// Writes src/generated/readers.ts from src/input/fields.ts: for each record, a function that
// reads every field by its kind's reader, into an object literal. A literal has one shape, with
// every field in the object itself, which the later stages read fastest; a loop over the
// description building the object field by field made whole renders about a third slower.

const identifier = (name) => name.replace(/[^\w$]/g, '_');

/** The reader module's source lines, from the records (`RECORDS` of src/input/fields.ts) and their `namesOf`. */
export function recordReaders(records, namesOf) {
  const constants = [];
  const readers = [];
  for (const [record, fields] of Object.entries(records)) {
    const lines = [];
    const all = [];
    for (const [key, field] of Object.entries(fields)) {
      const names = namesOf(key, field);
      const constant = `${identifier(record)}_${identifier(key)}`;
      constants.push(`export const ${constant} = ${JSON.stringify(names)} as const;`);
      all.push(...names, ...(field.with ?? []));
      if (field.route) continue;
      const withNames = field.with ? `, ${JSON.stringify(field.with)} as const` : '';
      lines.push(`        ${JSON.stringify(key)}: k.${field.kind}(s, ${constant}${withNames}),`);
    }
    constants.push(
      `/** Every name ${record}'s fields are read by. */`,
      `export const ${identifier(record)}_names = ${JSON.stringify(all)} as const;`,
      `/** Each of ${record}'s fields with its names. */`,
      `export const ${identifier(record)}_fields = { ${Object.keys(fields)
        .map((key) => `${JSON.stringify(key)}: ${identifier(record)}_${identifier(key)}`)
        .join(', ')} } as const;`,
    );
    // PERIOD only names the fields the period kind reads, one after another.
    if (record === 'period') continue;
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
    "/** Each field's names, first to last (record_field), and every name of each record (record_names). */",
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

/**
 * The known-names module's source lines: every name a reader may look up (the records' fields',
 * the sections', the theme options' and the others of src/input/), with its key form. Fails when
 * two share a form, since a key written as one would then stand for the other.
 */
export function knownNames(input) {
  const names = new Set([
    ...input.fields.OTHER_NAMES,
    ...input.SECTIONS.flatMap((section) => [section.key, ...section.aliases]),
    ...Object.keys(input.THEME_OPTIONS),
  ]);
  for (const fields of Object.values(input.fields.RECORDS))
    for (const [key, field] of Object.entries(fields))
      for (const name of [...input.fields.namesOf(key, field), ...(field.with ?? [])]) names.add(name);
  const byForm = new Map();
  for (const name of names) {
    const form = input.keyForm(name);
    if (byForm.has(form)) throw new Error(`"${name}" and "${byForm.get(form)}" have one key form: ${form}`);
    byForm.set(form, name);
  }
  const forms = Object.fromEntries([...names].map((name) => [name, input.keyForm(name)]));
  return [
    '/** Every name a reader may look up, with its key form; no two share one. */',
    `export const KNOWN_FORMS: Readonly<Record<string, string>> = ${JSON.stringify(forms)};`,
  ];
}
