/**
 * A record of the input, read field by field by the names src/input/ describes, whatever their
 * case, spaces, `_` and `-` (`startdate`, `start_date`, `StartDate`). Only own properties are
 * read: a `__proto__` or `constructor` key in the input is just data.
 *
 * The known names come from the description alone, written out by the build. A record whose
 * every key is a known name needs no index of its keys: no two known names share a form (the
 * build checks), so no key of it can stand for another name. Any other record gets its index
 * once, the first time a name is not found as written. Nothing outlives the Source.
 */
import { KNOWN_FORMS } from '../generated/known-names';
import type { FieldName, OTHER_NAMES } from '../input/fields';
import { keyForm } from '../input/names';
import type { THEME_OPTIONS } from '../input/options';
import type { SECTIONS, SectionKey } from '../input/sections';
import { asked } from '../observe';

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

export { keyForm } from '../input/names';

/** Every name a reader may look up. */
export type KnownName =
  | FieldName
  | SectionKey
  | (typeof SECTIONS)[number]['aliases'][number]
  | keyof typeof THEME_OPTIONS
  | (typeof OTHER_NAMES)[number];

/**
 * Whether `key` is a known name, as written. KNOWN_FORMS gives every known name's key form:
 * written by the build (src/generated/known-names.ts), which fails if two share a form, so a
 * record whose every key is a known name needs no index.
 */
export const isKnown = (key: string) => Object.prototype.hasOwnProperty.call(KNOWN_FORMS, key);

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
    const actual = this.keys()?.get(KNOWN_FORMS[name]);
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
    if (keys.every(isKnown)) return (this.index = null);
    const index = new Map<string, string>();
    for (const key of keys) {
      const form = keyForm(key);
      if (!index.has(form)) index.set(form, key);
    }
    return (this.index = index);
  }
}
