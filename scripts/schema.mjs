// Writes schema.json: JSON Resume schema 1.3.1 with the scholar extensions added to the items
// of standard sections and to `meta`. The top level stays closed, as the registry requires.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const base = JSON.parse(readFileSync(require.resolve('@jsonresume/schema/schema.json'), 'utf8'));

const SECTION_KEYS = JSON.parse(readFileSync(join(root, 'src', 'sections.json'), 'utf8')).map((section) => section.key);

const text = (description) => ({ type: 'string', description });
const date = (description) => ({ $ref: '#/definitions/iso8601', description });
const uri = (description) => ({ type: 'string', format: 'uri', description });

const link = {
  type: 'object',
  additionalProperties: false,
  required: ['label'],
  properties: { label: text('e.g. arXiv, code, DOI, slides'), url: uri('where the link points') },
};

const extensions = {
  definitions: {
    link,
    author: {
      description: 'An author as printed ("Namuk Park", "Park, N.") or as name parts',
      oneOf: [
        { type: 'string', minLength: 1 },
        {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            given: text('e.g. Namuk'),
            family: text('e.g. Park'),
            literal: text('a name not split into parts'),
            equal: { type: 'boolean', description: 'contributed equally with the others so marked; shown as *' },
            corresponding: { type: 'boolean', description: 'the corresponding author; shown as †' },
          },
        },
      ],
    },
    honour: {
      description: 'e.g. "Spotlight", or { "label": "Best Paper Award", "url": "..." }',
      oneOf: [{ type: 'string', minLength: 1 }, { $ref: '#/definitions/link' }],
    },
    talkEvent: {
      type: 'object',
      additionalProperties: false,
      properties: {
        name: text('e.g. Seminar at SeoulTech'),
        date: date('when the talk was given'),
        location: text('e.g. Seoul, South Korea'),
        url: uri('the event page'),
      },
    },
  },
  items: {
    volunteer: {
      type: text('"reviewing" or "service" puts the item in the Service section'),
      years: {
        type: 'array',
        description: 'years served, e.g. ["2022", "2023"]',
        items: { type: ['string', 'integer'], pattern: '^[1-2][0-9]{3}$' },
      },
      note: text('a short distinction, e.g. "Top reviewer"'),
      location: text('where the work was done'),
    },
    education: {
      location: text('e.g. Seoul, South Korea'),
      thesis: {
        description: 'the thesis title, or { "title", "url" }',
        oneOf: [
          { type: 'string', minLength: 1 },
          {
            type: 'object',
            additionalProperties: false,
            required: ['title'],
            properties: { title: text('the title'), url: uri('the thesis') },
          },
        ],
      },
      advisor: {
        description: 'the advisor, or several',
        oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      },
      highlights: { type: 'array', description: 'honours and notes, Markdown', items: { type: 'string' } },
      summary: text('a description of the studies (research topic, committee), Markdown'),
    },
    awards: {
      endDate: date('the end of an award that ran over a period; `date` is then its start'),
      url: uri("the award's page; it links the title"),
    },
    publications: {
      id: text(
        'a stable handle, such as the BibTeX key: the importer matches by it, and the entry is #pub-<id> on the page',
      ),
      authors: { type: 'array', description: 'authors in order', items: { $ref: '#/definitions/author' } },
      links: { type: 'array', description: 'arXiv, code, DOI, slides, ...', items: { $ref: '#/definitions/link' } },
      honours: {
        type: 'array',
        description: 'e.g. Spotlight, Best Paper Award',
        items: { $ref: '#/definitions/honour' },
      },
      highlights: { type: 'array', description: 'notes shown as a list, Markdown', items: { type: 'string' } },
      type: {
        enum: [], // src/publication-types.ts, filled in by writeSchema
        description: 'what kind of work it is; groups publications under themeOptions.groupPublications',
      },
      selected: { type: 'boolean', description: 'shown under themeOptions.selectedPublications' },
      volume: text('e.g. 14'),
      issue: text('e.g. 3'),
      pages: text('e.g. 834–849'),
      doi: text('e.g. 10.1109/TSC.2018.2841868; linked as DOI'),
      abbr: text("the venue's short name, e.g. ICLR"),
    },
    projects: {
      events: {
        type: 'array',
        description: 'with "type": "talk": each event the talk was given at',
        items: { $ref: '#/definitions/talkEvent' },
      },
      links: { type: 'array', description: 'labelled links', items: { $ref: '#/definitions/link' } },
    },
  },
  meta: {
    language: text('BCP 47 language tag of the CV, e.g. en, ko, de'),
    themeOptions: {
      type: 'object',
      description: 'Options of jsonresume-theme-scholar',
      additionalProperties: false,
      properties: {}, // from src/options.ts: see optionSchemas
    },
  },
};

/** Each option's schema, from its description in src/options.ts. */
function optionSchemas(options) {
  const kinds = {
    sections: (option) => ({
      type: 'array',
      description: `${option.description}: ${SECTION_KEYS.join(', ')}, or a custom section's top-level key`,
      uniqueItems: true,
      items: { type: 'string', minLength: 1 },
    }),
    labels: (option) => ({
      type: 'object',
      description: option.description,
      properties: Object.fromEntries(SECTION_KEYS.map((key) => [key, { type: 'string' }])),
      additionalProperties: { type: 'string' },
    }),
    text: (option) => text(option.description),
    choice: (option) => ({ enum: [...option.values], description: option.description }),
    flag: (option) => ({ type: 'boolean', description: option.description }),
    texts: (option) => ({ type: 'array', description: option.description, items: { type: 'string', minLength: 1 } }),
    count: (option) => ({ type: 'integer', minimum: 0, description: option.description }),
  };
  return Object.fromEntries(Object.entries(options).map(([name, option]) => [name, kinds[option.kind](option)]));
}

function buildSchema() {
  const schema = structuredClone(base);
  // No $schema: resume-cli 3.1.2 validates with z-schema, which knows draft-04 only, and 3.7.x
  // with ajv 8, which rejects the draft-04 URI. Without it each reads the schema as its own
  // default draft, and every keyword here means the same in both (the e2e tests run both).
  delete schema.$schema;
  delete schema.$id;
  // Like the registry's validator: extensions belong inside sections or under meta.
  schema.additionalProperties = false;
  schema.title = 'JSON Resume with jsonresume-theme-scholar extensions';
  Object.assign(schema.definitions, extensions.definitions);
  for (const [section, properties] of Object.entries(extensions.items)) {
    Object.assign(schema.properties[section].items.properties, properties);
  }
  Object.assign(schema.properties.meta.properties, extensions.meta);
  return schema;
}

/** Writes schema.json and returns every property name it defines, at any depth. */
/**
 * Writes schema.json, with the theme options of src/options.ts (`options`) and the publication
 * types of src/publication-types.ts; returns every property name.
 */
export function writeSchema({ options, publicationTypes }) {
  extensions.items.publications.type.enum = [...publicationTypes];
  extensions.meta.themeOptions.properties = optionSchemas(options);
  const schema = buildSchema();
  writeFileSync(join(root, 'schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
  const names = new Set();
  const collect = (node) => {
    if (Array.isArray(node)) node.forEach(collect);
    else if (node && typeof node === 'object') {
      if (node.properties && typeof node.properties === 'object')
        Object.keys(node.properties).forEach((name) => names.add(name));
      Object.values(node).forEach(collect);
    }
  };
  collect(schema);
  return [...names];
}
