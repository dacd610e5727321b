/**
 * The exported TypeScript types (src/types.ts) and schema.json describe the same resume: every
 * property the schema knows, standard or extension, is a field of the matching interface.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { THEME_OPTIONS } from '../src/options';

const root = join(__dirname, '..');
/** The part of a JSON Schema this test walks. */
interface Schema {
  properties: Record<string, Schema>;
  items: Schema;
  definitions: Record<string, Schema>;
}
const schema = JSON.parse(readFileSync(join(root, 'schema.json'), 'utf8')) as Schema;
const types = readFileSync(join(root, 'src', 'types.ts'), 'utf8');

function fieldsOf(name: string): string[] {
  const body = types.match(new RegExp(`export interface ${name}(?: extends [^{]+)? \\{([\\s\\S]*?)\\n\\}`))?.[1];
  if (!body) throw new Error(`no interface ${name} in src/types.ts`);
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

test('schema.json describes each theme option as src/options.ts does, and no other', () => {
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
