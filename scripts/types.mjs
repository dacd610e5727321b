// Writes the exported types of the resume (src/generated/resume.ts) from schema.json, which
// scripts/schema.mjs writes from JSON Resume's schema and src/input/: the types and the schema
// cannot disagree.

/** The type name of each object the schema describes, by its path ("[]" for a list's items). */
const NAMES = {
  '': 'Resume',
  basics: 'Basics',
  'basics.location': 'Location',
  'basics.profiles[]': 'Profile',
  'work[]': 'Work',
  'volunteer[]': 'Volunteer',
  'education[]': 'Education',
  'awards[]': 'Award',
  'certificates[]': 'Certificate',
  'publications[]': 'Publication',
  'skills[]': 'Skill',
  'languages[]': 'Language',
  'interests[]': 'Interest',
  'references[]': 'Reference',
  'projects[]': 'Project',
  meta: 'Meta',
  '#link': 'LabelledLink',
  '#author': 'Author',
  '#honour': 'Honour',
  '#talkEvent': 'TalkEvent',
  '#thesis': 'Thesis',
  '#person': 'Person',
  '#iso8601': 'IsoPartialDate',
};

/** Types written elsewhere in src/, used by path: the theme options and the kinds of publication. */
const IMPORTED = { 'meta.themeOptions': 'ThemeOptions', 'publications[].type': 'PublicationType' };

/** A description as a one-line doc comment. */
const comment = (text, indent) =>
  text ? `${indent}/** ${text.replace(/\s+/g, ' ').replace(/\*\//g, '*\\/')} */\n` : '';

export function resumeTypes(schema) {
  const declarations = [];

  /** The TypeScript type of `node`, at `path`; named objects are declared once, apart. */
  function typeOf(node, path) {
    if (IMPORTED[path]) return IMPORTED[path];
    if (node.$ref) return NAMES[`#${node.$ref.split('/').pop()}`];
    if (node.oneOf) return node.oneOf.map((member, i) => typeOf(member, `${path}|${i}`)).join(' | ');
    if (node.enum) return node.enum.map((value) => JSON.stringify(value)).join(' | ');
    const types = [node.type].flat();
    if (types.length > 1) return types.map((type) => typeOf({ type }, path)).join(' | ');
    switch (node.type) {
      case 'string':
        return 'string';
      case 'integer':
      case 'number':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'array': {
        const item = typeOf(node.items ?? {}, `${path}[]`);
        return item.includes(' ') ? `Array<${item}>` : `${item}[]`;
      }
      case 'object': {
        const body = Object.entries(node.properties ?? {})
          .map(([key, property]) => {
            const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
            const type = typeOf(property, path ? `${path}.${key}` : key);
            return `${comment(property.description, '  ')}  ${name}?: ${type};`;
          })
          .join('\n');
        const name = NAMES[path];
        if (!name) return `{\n${body}\n}`;
        declarations.push(`${comment(node.description, '')}export interface ${name} {\n${body}\n}`);
        return name;
      }
      default:
        return 'unknown';
    }
  }

  for (const [name, definition] of Object.entries(schema.definitions)) {
    const type = typeOf({ ...definition, $ref: undefined }, `#${name}`);
    if (!declarations.some((declaration) => declaration.includes(` ${NAMES[`#${name}`]} {`)))
      declarations.push(`${comment(definition.description, '')}export type ${NAMES[`#${name}`]} = ${type};`);
  }
  typeOf(schema, '');
  return [
    "import type { ThemeOptions } from '../input/options';",
    "import type { PublicationType } from '../input/publication-types';",
    '',
    declarations.join('\n\n'),
  ];
}
