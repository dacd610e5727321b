/**
 * `meta.themeOptions`, read as src/input/options.ts describes each option, and `meta.pdfRenderOptions.format`,
 * which resumed passes to Chromium, for an option that says it stands for it (`orPdfFormat`).
 */
import { LIMITS } from '../limits';
import { asked, dropped } from '../observe';
import { chooseLocale } from '../i18n';
import { PRESETS, presetOptions } from '../variants/presets';
import { OPTION_KINDS } from '../generated/options';
import type { NThemeOptions, OptionKind, THEME_OPTIONS } from '../input/options';
import type { NPublicationList } from '../input/options';
import { firstOf, listOf, readList, text, textLists, texts } from './read';
import { isRecord, keyForm, Source, type Json } from './source';

export type { NThemeOptions } from '../input/options';

/** "A4" or "Letter"; "short", "long" or "numeric". */
function either(values: readonly string[]): string {
  const quoted = values.map((value) => JSON.stringify(value));
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** Headings by the key form of their section's key; each key read as a capped line. */
function labels(source: Source): Map<string, string> {
  const found = new Map<string, string>();
  const written = source.get('labels');
  if (!isRecord(written)) return found;
  for (const key of Object.keys(written).slice(0, LIMITS.itemsPerList)) {
    const form = keyForm(text(key) ?? '');
    const label = text(written[key]);
    if (label) asked(written, key, key);
    if (label && !found.has(form)) found.set(form, label);
  }
  return found;
}

/** One option, by its kind; a value the theme cannot use gives the default, and the check command says so. */
function option(
  source: Source,
  name: keyof typeof THEME_OPTIONS,
  description: OptionKind,
  pdfFormat: string | undefined,
): unknown {
  const pick = () => firstOf(source, [name], text);
  const unused = (value: unknown, allowed: string, fallback: string) =>
    dropped(source.get(name) ?? value, `not used: ${name} is ${allowed}; ${fallback} is used`);
  switch (description.kind) {
    case 'choice': {
      const given = pick();
      const written = given ?? (description.orPdfFormat ? pdfFormat : undefined);
      const chosen = description.values.find((value) => value.toLowerCase() === written?.toLowerCase());
      if (given && !chosen) unused(given, either(description.values), description.default);
      return chosen ?? description.default;
    }
    case 'flag': {
      const value = source.get(name);
      if (value === true || value === 'true') return true;
      return value === false || value === 'false' ? false : description.default;
    }
    case 'count': {
      const written = pick();
      const count = Number(written);
      if (written && !(Number.isInteger(count) && count >= 0))
        unused(written, 'a whole number from 0', String(description.default));
      return Number.isInteger(count) && count >= 0 && written !== undefined ? count : description.default;
    }
    case 'text':
      return pick();
    case 'texts':
      // Not shown on the page, so a longer list is cut without a mark.
      return (firstOf(source, [name], textLists) ?? []).slice(0, description.max);
    case 'sections': {
      const order = texts(source.get(name), false, text);
      return order.length > 0 ? [...new Set(order)] : undefined;
    }
    case 'labels':
      return labels(source);
    case 'variants': {
      const written = source.get(name);
      const found = new Map<string, Json>();
      if (!isRecord(written)) return found;
      for (const key of Object.keys(written).slice(0, LIMITS.itemsPerList)) {
        const spec = written[key];
        if (isRecord(spec)) {
          asked(written, key, key);
          found.set(key, spec);
        }
      }
      return found;
    }
    case 'limits':
    case 'since': {
      const written = source.get(name);
      const found = new Map<string, unknown>();
      // One value for every section ("since": "2015"), or values by section key.
      const entries: Array<[string, unknown]> =
        description.kind === 'since' && !isRecord(written)
          ? [['', written]]
          : isRecord(written)
            ? Object.entries(written)
            : [];
      for (const [key, value] of entries.slice(0, LIMITS.itemsPerList)) {
        const read = description.kind === 'limits' ? count(value) : sinceValue(value);
        if (read === undefined) {
          const allowed =
            description.kind === 'limits' ? 'a whole number from 0' : 'a year, a year-month or a span such as "10y"';
          if (value !== undefined) dropped(value, `not used: ${[name, key].filter(Boolean).join('.')} is ${allowed}`);
          continue;
        }
        if (key && isRecord(written)) asked(written, key, key);
        found.set(keyForm(key), read);
      }
      return found;
    }
    case 'publicationLists': {
      const lists = readList(listOf(source.get(name)), LIMITS.itemsPerList, publicationList, undefined);
      return lists.length > 0 ? lists : undefined;
    }
  }
}

/** A whole number from 0, as a number or as digits. */
function count(value: unknown): number | undefined {
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(number) && number >= 0 ? number : undefined;
}

// "2015", "2015-09", or a span back from the CV's date: "10y".
const SINCE = /^(?:\d{4}(?:-\d{2})?|\d{1,3}y)$/;

function sinceValue(value: unknown): string | undefined {
  const written = typeof value === 'number' ? String(value) : text(value);
  return written !== undefined && SINCE.test(written) ? written : undefined;
}

/** One list of `publicationLists`: its heading, and what it holds. */
function publicationList(value: unknown): NPublicationList | undefined {
  if (!isRecord(value)) return undefined;
  const list = new Source(value);
  const label = firstOf(list, ['label'], text);
  if (!label) return undefined;
  const types = firstOf(list, ['types'], textLists);
  const tags = firstOf(list, ['tags'], textLists);
  const limit = count(list.get('limit'));
  return { label, types, tags, limit };
}

const OPTIONS = Object.entries(OPTION_KINDS) as Array<[keyof typeof THEME_OPTIONS, OptionKind]>;
let DEFAULTS: NThemeOptions | undefined;

// Each option's key form, as a record of options may write its name.
const OPTION_FORMS = OPTIONS.map(([name]) => keyForm(name));

/**
 * Every option read from one record of options. An option the record does not name has its
 * default (read once, from the description): a record names a few of some thirty options.
 */
function readOptions(value: Json, pdfFormat: string | undefined): Record<string, unknown> {
  const source = new Source(value);
  const defaults = (DEFAULTS ??= Object.freeze(readAll(new Source({}), undefined)) as NThemeOptions) as Record<
    string,
    unknown
  >;
  const forms = new Set(Object.keys(value).map(keyForm));
  const read: Record<string, unknown> = {};
  OPTIONS.forEach(([name, description], i) => {
    const named = forms.has(OPTION_FORMS[i]) || (pdfFormat !== undefined && 'orPdfFormat' in description);
    read[name] = named ? option(source, name, description, pdfFormat) : defaults[name];
  });
  return read;
}

function readAll(source: Source, pdfFormat: string | undefined): Record<string, unknown> {
  const read: Record<string, unknown> = {};
  for (const [name, description] of OPTIONS) read[name] = option(source, name, description, pdfFormat);
  return read;
}

/** The options a record of options writes: the names found in it (a variant's, over the base's). */
function written(value: Json): Set<string> {
  const forms = new Set(Object.keys(value).map(keyForm));
  return new Set(OPTIONS.map(([name]) => name).filter((name) => forms.has(keyForm(name))));
}

/**
 * `meta.themeOptions`, and the variant it names (the command line's --variant is written there): a
 * variant's options over its preset's over the file's own. A variant the file does not define
 * and no preset is named by is none: the whole CV (the check command says so).
 */
export function themeOptions(value: unknown, pdfRenderOptions: unknown, language: string | undefined): NThemeOptions {
  const base = isRecord(value) ? value : {};
  const pdfFormat = isRecord(pdfRenderOptions) ? firstOf(new Source(pdfRenderOptions), ['format'], text) : undefined;
  // Most resumes set no option: the defaults, read from the description once (no input chooses
  // them) and frozen, since every render shares them.
  if (pdfFormat === undefined && Object.keys(base).length === 0)
    return (DEFAULTS ??= Object.freeze(readAll(new Source({}), undefined)) as NThemeOptions);
  const read = readOptions(base, pdfFormat) as NThemeOptions;
  const name = read.variant;
  if (name === undefined) return read;
  const own = read.variants.get(name);
  const presetName = own ? firstOf(new Source(own), ['preset'], text) : name;
  const found = presetName !== undefined && Object.hasOwn(PRESETS, presetName) ? PRESETS[presetName] : undefined;
  const preset = found && presetOptions(found, chooseLocale(language).messages);
  if (!own && !preset) {
    dropped(
      name,
      `not used: no variant is named "${name}" (known: ${variantNames(read).join(', ')}); the whole CV is shown`,
    );
    return { ...read, variant: undefined };
  }
  const layers = [preset, own].filter((layer): layer is Json => layer !== undefined);
  const merged: Record<string, unknown> = { ...read };
  for (const layer of layers) {
    const fromLayer = readOptions(layer, pdfFormat);
    for (const option of written(layer)) merged[option] = fromLayer[option];
  }
  return { ...(merged as NThemeOptions), variant: name, variants: read.variants };
}

/** The variants a file may name: its own, then the presets. */
export function variantNames(options: NThemeOptions): string[] {
  return [...new Set([...options.variants.keys(), ...Object.keys(PRESETS)])];
}
