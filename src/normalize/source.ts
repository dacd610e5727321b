/**
 * A record of the input, read field by field by the names src/input/ describes, whatever their
 * case, spaces, `_` and `-` (`startdate`, `start_date`, `StartDate`). Only own properties are
 * read: a `__proto__` or `constructor` key in the input is just data.
 *
 * The set of known names is fixed when the module loads, from the description alone. A record
 * whose every key is a known name needs no index of its keys: no two known names share a form
 * (checked below), so no key of it can stand for another name. Any other record gets its index
 * once, the first time a name is not found as written. Nothing outlives the Source.
 */
import { RECORDS, namesOf, type Field, type FieldName } from '../input/fields';
import { THEME_OPTIONS } from '../input/options';
import { SECTIONS, type SectionKey } from '../input/sections';
import { asked } from '../observe';

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** A field name as people vary it: lower case, without spaces, `_` or `-`. */
export function keyForm(key: string): string {
  return key.replace(/[\s_-]/g, '').toLowerCase();
}

/** The names outside the records' fields: the top level's, meta's and the theme options'. */
const OTHER_NAMES = [
  '$schema',
  'basics',
  'meta',
  'themeOptions',
  'pdfRenderOptions',
  'format',
  ...SECTIONS.flatMap((section) => [section.key, ...section.aliases]),
  ...Object.keys(THEME_OPTIONS),
] as const;

/** Every name a reader may look up. */
export type KnownName =
  | FieldName
  | SectionKey
  | (typeof SECTIONS)[number]['aliases'][number]
  | keyof typeof THEME_OPTIONS
  | '$schema'
  | 'basics'
  | 'meta'
  | 'themeOptions'
  | 'pdfRenderOptions'
  | 'format';

const KNOWN = new Set<string>(OTHER_NAMES);
for (const record of Object.values(RECORDS))
  for (const [key, field] of Object.entries(record) as Array<[string, Field]>)
    for (const name of [...namesOf(key, field), ...(field.with ?? [])]) KNOWN.add(name);
export const KNOWN_NAMES: ReadonlySet<string> = KNOWN;
/** Each known name's key form, worked out once. */
const FORM_OF = new Map([...KNOWN].map((name) => [name, keyForm(name)]));

/** Whether no two known names share a form (a test says so); were one added that did, every record would be indexed. */
const FORMS_DISTINCT = new Set(FORM_OF.values()).size === KNOWN.size;

export class Source {
  /** Keys by form; null when the record needs none, undefined until first needed. */
  private index: Map<string, string> | null | undefined;

  constructor(readonly record: Json) {
    this.index = undefined; // set here, so every Source has one shape
  }

  /** The field `name`, or the first whose name has the same key form. */
  get(name: KnownName): unknown {
    const record = this.record;
    // A field found as written needs no form: most are, and skip the lookup of one.
    if (Object.prototype.hasOwnProperty.call(record, name)) {
      asked(record, name, name);
      return record[name];
    }
    const actual = this.keys()?.get(FORM_OF.get(name) ?? keyForm(name));
    asked(record, name, actual);
    return actual === undefined ? undefined : record[actual];
  }

  /** The first of the names whose value is given (not undefined or null). */
  given(names: readonly KnownName[]): unknown {
    for (const name of names) {
      const value = this.get(name);
      if (value !== undefined && value !== null) return value;
    }
    return undefined;
  }

  private keys(): Map<string, string> | null {
    if (this.index !== undefined) return this.index;
    const keys = Object.keys(this.record);
    if (FORMS_DISTINCT && keys.every((key) => KNOWN.has(key))) return (this.index = null);
    const index = new Map<string, string>();
    for (const key of keys) {
      const form = keyForm(key);
      if (!index.has(form)) index.set(form, key);
    }
    return (this.index = index);
  }
}
