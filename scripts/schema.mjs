// Writes schema.json: JSON Resume schema 1.3.1 with the scholar extensions added to the items
// of standard sections and to `meta`. The top level stays closed, as the registry requires.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const base = JSON.parse(readFileSync(require.resolve('@jsonresume/schema/schema.json'), 'utf8'));

const text = (description) => ({ type: 'string', description });

/** Each kind's schema (src/input/fields.ts). */
function kindSchemas(publicationTypes) {
  const strings = { type: 'array', items: { type: 'string' } };
  const arrayOf = (ref) => ({ type: 'array', items: { $ref: `#/definitions/${ref}` } });
  return {
    line: { type: 'string' },
    url: { type: 'string', format: 'uri' },
    address: { type: 'string' },
    markdown: { type: 'string' },
    markdowns: strings,
    lines: strings,
    words: strings,
    gathered: {
      oneOf: [
        { type: 'string' },
        { type: 'array', items: { oneOf: [{ type: 'string' }, { $ref: '#/definitions/person' }] } },
      ],
    },
    date: { $ref: '#/definitions/iso8601' },
    flag: { type: 'boolean' },
    place: { type: 'string' },
    links: arrayOf('link'),
    photo: { type: 'string' },
    authors: arrayOf('author'),
    events: arrayOf('talkEvent'),
    thesis: { oneOf: [{ type: 'string', minLength: 1 }, { $ref: '#/definitions/thesis' }] },
    anchor: { type: 'string' },
    doi: { type: 'string' },
    publicationType: { enum: [...publicationTypes] },
    years: { type: 'array', items: { type: ['string', 'integer'], pattern: '^[1-2][0-9]{3}$' } },
    number: { type: 'number' },
    memo: { type: 'object' },
  };
}

/** Schemas of described fields: `documented(fields)` by written name, `closed(fields)` as a closed object. */
function describer(publicationTypes) {
  const documented = (fields) => {
    const properties = {};
    for (const [key, field] of Object.entries(fields)) {
      if (field.doc === undefined) continue;
      const schema = field.schema ?? kinds[field.kind];
      if (!schema) throw new Error(`${key}: no schema for kind ${field.kind}`);
      // The type first, then the description, as JSON Resume's schema writes them.
      const { type, ...rest } = schema;
      properties[field.written ?? key] =
        type === undefined ? { ...rest, description: field.doc } : { type, description: field.doc, ...rest };
    }
    return properties;
  };
  const closed = (fields) => ({ type: 'object', additionalProperties: false, properties: documented(fields) });
  const kinds = kindSchemas(publicationTypes);
  return { documented, closed };
}

/** The extensions: schema.json's definitions, and the fields JSON Resume lacks, by standard section. */
function extensions(records, sections, publicationTypes) {
  const { documented, closed } = describer(publicationTypes);
  const definitions = {
    link: { ...closed(records.LINK), required: ['label'] },
    author: {
      description: 'An author as printed ("Namuk Park", "Park, N.") or as name parts',
      oneOf: [
        { type: 'string', minLength: 1 },
        { ...closed(records.AUTHOR), minProperties: 1 },
      ],
    },
    honour: {
      description: 'e.g. "Spotlight", or { "label": "Best Paper Award", "url": "..." }',
      oneOf: [{ type: 'string', minLength: 1 }, { $ref: '#/definitions/link' }],
    },
    talkEvent: closed(records.TALK_EVENT),
    thesis: { ...closed(records.THESIS), required: ['title'] },
    person: {
      description: 'A person named and linked: { "name": "Prof. Ada Lovelace", "url": "https://..." }',
      type: 'object',
      properties: { name: { type: 'string' }, url: { type: 'string', format: 'uri' } },
      required: ['name'],
    },
  };
  // A section read from another's items (service from volunteer) extends that section's schema.
  const items = {};
  for (const section of sections) {
    if (!section.record) continue;
    const target = section.within?.section ?? section.key;
    for (const [name, property] of Object.entries(documented(records.RECORDS[section.record]))) {
      items[target] ??= {};
      const before = items[target][name];
      if (before && JSON.stringify(before) !== JSON.stringify(property))
        throw new Error(`${target}.${name} is described twice, differently`);
      items[target][name] = property;
    }
  }
  return { definitions, items, basics: documented(records.BASICS), meta: documented(records.META) };
}

/** Each option's schema, from its description in src/input/options.ts. */
function optionSchemas(options, sectionKeys) {
  const kinds = {
    sections: (option) => ({
      type: 'array',
      description: `${option.description}: ${sectionKeys.join(', ')}, or a custom section's top-level key`,
      uniqueItems: true,
      items: { type: 'string', minLength: 1 },
    }),
    labels: (option) => ({
      type: 'object',
      description: option.description,
      properties: Object.fromEntries(sectionKeys.map((key) => [key, { type: 'string' }])),
      additionalProperties: { type: 'string' },
    }),
    text: (option) => text(option.description),
    choice: (option) => ({ enum: [...option.values], description: option.description }),
    flag: (option) => ({ type: 'boolean', description: option.description }),
    texts: (option) => ({ type: 'array', description: option.description, items: { type: 'string', minLength: 1 } }),
    count: (option) => ({ type: 'integer', minimum: 0, description: option.description }),
    // A variant holds options, so its schema is written once the others are (see below).
    variants: (option) => ({ type: 'object', description: option.description }),
    limits: (option) => ({
      type: 'object',
      description: option.description,
      additionalProperties: { type: 'integer', minimum: 0 },
    }),
    since: (option) => {
      const since = { type: 'string', pattern: '^(?:[0-9]{4}(?:-[0-9]{2})?|[0-9]{1,3}y)$' };
      return {
        description: option.description,
        oneOf: [since, { type: 'object', additionalProperties: since }],
      };
    },
    publicationLists: (option) => ({
      type: 'array',
      description: option.description,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['label'],
        properties: {
          label: { type: 'string', minLength: 1 },
          types: { type: 'array', items: { type: 'string' } },
          tags: { type: 'array', items: { type: 'string' } },
          limit: { type: 'integer', minimum: 0 },
        },
      },
    }),
  };
  const schemas = Object.fromEntries(
    Object.entries(options).map(([name, option]) => [name, kinds[option.kind](option)]),
  );
  // Each variant is any of the options, a variant's own choice of one excepted.
  const inVariant = Object.fromEntries(
    Object.entries(schemas).filter(([name]) => name !== 'variant' && options[name].kind !== 'variants'),
  );
  for (const [name, option] of Object.entries(options))
    if (option.kind === 'variants')
      schemas[name].additionalProperties = { type: 'object', additionalProperties: false, properties: inVariant };
  return schemas;
}

function buildSchema({ fields, sections, options, publicationTypes }) {
  const schema = structuredClone(base);
  // No $schema: resume-cli 3.1.2 validates with z-schema, which knows draft-04 only, and 3.7.x
  // with ajv 8, which rejects the draft-04 URI. Without it each reads the schema as its own
  // default draft, and every keyword here means the same in both (the e2e tests run both).
  delete schema.$schema;
  delete schema.$id;
  // Like the registry's validator: extensions belong inside sections or under meta.
  schema.additionalProperties = false;
  schema.title = 'JSON Resume with jsonresume-theme-scholar extensions';
  const added = extensions(fields, sections, publicationTypes);
  Object.assign(schema.definitions, added.definitions);
  for (const [section, properties] of Object.entries(added.items)) {
    const standard = schema.properties[section].items.properties;
    for (const name of Object.keys(properties))
      if (name in standard) throw new Error(`${section}.${name} is JSON Resume's: describe it without doc`);
    Object.assign(standard, properties);
  }
  Object.assign(schema.properties.basics.properties, added.basics);
  Object.assign(schema.properties.meta.properties, added.meta, {
    themeOptions: {
      type: 'object',
      description: 'Options of jsonresume-theme-scholar',
      additionalProperties: false,
      properties: optionSchemas(
        options,
        sections.map((section) => section.key),
      ),
    },
  });
  return schema;
}

/**
 * Writes schema.json from the description in src/input/ (`fields`, `sections`, the theme
 * `options` and the `publicationTypes`), and returns it.
 */
export function writeSchema(description) {
  const schema = buildSchema(description);
  writeFileSync(join(root, 'schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
  return schema;
}
