/**
 * The exported TypeScript types (src/generated/resume.ts) and schema.json describe the same resume:
 * every property the schema knows, standard or extension, is a field of the matching interface.
 * And the readers (src/input/fields.ts) read every field JSON Resume defines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECORDS, namesOf, type Field, type Fields } from '../src/input/fields';
import { THEME_OPTIONS } from '../src/input/options';
import { SECTIONS } from '../src/input/sections';

const root = join(__dirname, '..');
/** The part of a JSON Schema this test walks. */
interface Schema {
  properties: Record<string, Schema>;
  items: Schema;
  definitions: Record<string, Schema>;
}
const schema = JSON.parse(readFileSync(join(root, 'schema.json'), 'utf8')) as Schema;
const types = readFileSync(join(root, 'src', 'generated', 'resume.ts'), 'utf8');

function fieldsOf(name: string): string[] {
  const body = types.match(new RegExp(`export interface ${name}(?: extends [^{]+)? \\{([\\s\\S]*?)\\n\\}`))?.[1];
  if (!body) throw new Error(`no interface ${name} in src/generated/resume.ts`);
  return [...body.matchAll(/^ {2}(\$?\w+)\??:/gm)].map((m) => m[1]);
}

const sections: Array<[string, string, object]> = [
  ['Resume', 'top level', schema.properties],
  ['Basics', 'basics', schema.properties.basics.properties],
  ['Location', 'basics.location', schema.properties.basics.properties.location.properties],
  ['Profile', 'basics.profiles', schema.properties.basics.properties.profiles.items.properties],
  ['Meta', 'meta', schema.properties.meta.properties],
  ['TalkEvent', 'projects.events', schema.definitions.talkEvent.properties],
  ...(
    [
      ['Work', 'work'],
      ['Volunteer', 'volunteer'],
      ['Education', 'education'],
      ['Award', 'awards'],
      ['Certificate', 'certificates'],
      ['Publication', 'publications'],
      ['Skill', 'skills'],
      ['Language', 'languages'],
      ['Interest', 'interests'],
      ['Reference', 'references'],
      ['Project', 'projects'],
    ] as const
  ).map(([name, key]): [string, string, object] => [name, key, schema.properties[key].items.properties]),
];

test.each(sections)('%s has every property of schema.json %s', (name, _, properties) => {
  expect(fieldsOf(name).sort()).toEqual(Object.keys(properties).sort());
});

test('schema.json describes each theme option as src/input/options.ts does, and no other', () => {
  const options = schema.properties.meta.properties.themeOptions.properties as unknown as Record<
    string,
    Record<string, unknown>
  >;
  expect(Object.keys(options)).toEqual(Object.keys(THEME_OPTIONS));
  for (const [name, option] of Object.entries(THEME_OPTIONS)) {
    expect(options[name].description).toContain(option.description);
    if (option.kind === 'choice') expect(options[name].enum).toEqual(option.values);
    if (option.kind === 'flag') expect(options[name].type).toBe('boolean');
    if (option.kind === 'count')
      expect(options[name]).toEqual(expect.objectContaining({ type: 'integer', minimum: 0 }));
  }
});

/** Every name a record's fields are read by, a period's included. */
function namesRead(record: Fields): string[] {
  return Object.entries<Field>(record).flatMap(([key, field]) =>
    field.kind === 'period' ? namesRead(RECORDS.period) : namesOf(key, field),
  );
}

const base = JSON.parse(readFileSync(require.resolve('@jsonresume/schema/schema.json'), 'utf8')) as Schema;
const standardSections = SECTIONS.filter((section) => 'record' in section && section.key in base.properties);

test.each(standardSections.map((section) => [section.key, section] as const))(
  "every field JSON Resume's %s items have is read",
  (key, section) => {
    const read = namesRead('record' in section ? RECORDS[section.record] : {});
    expect(Object.keys(base.properties[key].items.properties).filter((name) => !read.includes(name))).toEqual([]);
  },
);

test("every field of JSON Resume's basics, location and profiles is read", () => {
  const basics = base.properties.basics;
  const unread = (properties: object, record: Fields) =>
    Object.keys(properties).filter((name) => !namesRead(record).includes(name));
  expect(unread(basics.properties, RECORDS.basics)).toEqual([]);
  expect(unread(basics.properties.location.properties, RECORDS.location)).toEqual([]);
  expect(unread(basics.properties.profiles.items.properties, RECORDS.profile)).toEqual([]);
});
