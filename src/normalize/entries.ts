/** What entries of some sections need beyond their fields: a talk's events, a paper's "et al.", a custom entry's extras. */
import { headingOf } from '../format/case';
import { custom_names, period_names } from '../generated/readers';
import type { CUSTOM, PUBLICATION, TALK } from '../input/fields';
import { LIMITS } from '../limits';
import { asked } from '../observe';
import { read, type NLink, type NTalkEvent, type Normalized } from './fields';
import { firstOf, readList, text } from './read';
import { isRecord, keyForm, Source, type Json } from './source';

export type NTalk = Normalized<typeof TALK>;

/**
 * A talk given at several events (`events`), or a talk written as one event: its venue and date
 * sit on the talk itself (`event`/`venue`/`entity` and `date`/`startDate`).
 */
export function talk(item: Json): NTalk {
  const found = read.talk(item);
  if (found.events.length > 0) return found;
  const single: NTalkEvent = read.talkAsEvent(item);
  const hasSingle = single.name !== undefined || single.date !== undefined || single.location !== undefined;
  if (hasSingle) found.events = [single];
  return found;
}

export type NPublication = Normalized<typeof PUBLICATION> & {
  /** The list ends with "et al." (BibTeX's "and others"): more authors than it names. */
  etAl: boolean;
  /** Which of a variant's publication lists it is in (themeOptions.publicationLists). */
  list?: number;
};

// "et al.", "others" (BibTeX's "and others"), "...": not an author, a sign that the list goes on. ("…" is
// the mark a list cut at its cap ends with.)
const ET_AL = /^(?:et\.? al\.?|and others|others|\.\.\.)$/i;

export function publication(item: Json): NPublication {
  // Set on the record just read, not copied into a new one: a copy of every field costs more.
  const found = read.publication(item) as NPublication;
  const list = found.authors;
  // Only after a name: "et al." alone names no one.
  found.etAl = list.length > 1 && ET_AL.test(list[list.length - 1].name);
  if (found.etAl) list.pop();
  return found;
}

/** An entry of a section the theme has no model for, read with the same tolerant names as everywhere. */
export type NCustomEntry = Normalized<typeof CUSTOM> & {
  /** Every other field that holds text, a URL or a list of them, in the entry's order. */
  extras: NExtra[];
};

/** A field a custom entry has no slot for: its name as a label, and its values. */
export interface NExtra {
  label: string;
  values: NLink[];
}

// Every name a custom entry's slots are read by, by form; every other field of the entry is an
// extra. Worked out for the first custom entry: most resumes have none.
let slotForms: Set<string> | undefined;
const URL_NAMES = ['url', 'link', 'website', 'href'] as const;

/** A value as a line, linked when it is an address. */
function valueLink(value: unknown): NLink | undefined {
  const label = text(value);
  return label === undefined ? undefined : { label, url: /^https?:\/\//i.test(label) ? label : undefined };
}

/** An object inside an extra ({ name, url }): its text fields as one line, linked to its address. */
function recordLink(record: Json): NLink | undefined {
  const url = firstOf(new Source(record), URL_NAMES, text);
  const texts: string[] = [];
  for (const key of Object.keys(record).slice(0, LIMITS.itemsPerList)) {
    const part = (URL_NAMES as readonly string[]).includes(keyForm(key)) ? undefined : text(record[key]);
    if (part === undefined) continue;
    asked(record, key, key);
    texts.push(part);
  }
  const label = texts.length > 0 ? texts.join(', ') : url;
  return label === undefined ? undefined : { label, url };
}

function extraValue(value: unknown): NLink | undefined {
  return isRecord(value) ? recordLink(value) : valueLink(value);
}

/** The extras of a custom entry: each field outside its slots with something to show. */
function extras(item: Json): NExtra[] {
  const found: NExtra[] = [];
  for (const key of Object.keys(item).slice(0, LIMITS.itemsPerList)) {
    slotForms ??= new Set([...custom_names, ...period_names].map(keyForm));
    if (slotForms.has(keyForm(key))) continue;
    const value = item[key];
    const values = Array.isArray(value)
      ? readList(value, LIMITS.itemsPerList, extraValue, { label: '…' })
      : [extraValue(value)].filter((link) => link !== undefined);
    const label = text(headingOf(key));
    if (label && values.length > 0) {
      asked(item, key, key);
      found.push({ label, values });
    }
  }
  return found;
}

/** An entry of a custom section: an object, or a string that is its title. */
export function customEntry(item: unknown): NCustomEntry | undefined {
  const written = typeof item === 'string' ? text(item) : undefined;
  if (written) return { title: written, dates: {}, highlights: [], keywords: [], links: [], extras: [] };
  if (!isRecord(item)) return undefined;
  const found = read.custom(item) as NCustomEntry;
  found.extras = extras(item);
  return found;
}
