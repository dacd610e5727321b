/**
 * Records read as src/input/fields.ts describes them: one reader per kind of field, and `read`,
 * each record's reader, written by the build from the description (src/generated/readers.ts).
 * The normalized types come from the same description (Normalized), so a field added there is
 * read and typed with no edit here.
 */
import { nameParts, readMarks, splitAuthors, type PersonName } from '../format/authors';
import { splitRange, type NDate } from '../format/dates';
import { bareDoi } from '../format/urls';
import { period_date, period_endDate, period_startDate, recordReaders, service_type } from '../generated/readers';
import type { Kind } from '../input/fields';
import { PUBLICATION_TYPES, type PublicationType } from '../input/publication-types';
import { ELLIPSIS, LIMITS } from '../limits';
import { dropped } from '../observe';
import {
  addressLine,
  commaSeparatedTextLists,
  dateField,
  dateText,
  firstOf,
  foldWhiteSpace,
  listOf,
  markdownField,
  markdownLists,
  rawText,
  readList,
  text,
  textLists,
  type NMarkdown,
} from './read';
import { isRecord, Source, type Json, type KnownName } from './source';

export interface NLink {
  label: string;
  url?: string;
}

/** A place: its parts as written, and the country apart, to be named in the page's language. */
export interface NPlace {
  text?: string;
  /** A two-letter code ("DE") or a country's name as written. */
  country?: string;
}

export interface NPeriod {
  startDate?: NDate;
  endDate?: NDate;
}

/** An author: the name as the paper prints it, without marks, and its parts when known (PersonName). */
export interface NAuthor extends PersonName {
  equal?: boolean;
  corresponding?: boolean;
}

export interface NProfile {
  network?: string;
  username?: string;
  url?: string;
}

/** A number as read, and as written: a site template's "$1.2M" has no value and is shown as written. */
export interface NNumber {
  value?: number;
  written: string;
}

export interface NTalkEvent {
  name?: string;
  date?: NDate;
  location?: NPlace;
  url?: string;
}

/** What each kind of field reads as; `undefined` where nothing was found, except for lists and flags. */
interface KindValues {
  line: string | undefined;
  url: string | undefined;
  address: string | undefined;
  markdown: NMarkdown | undefined;
  markdowns: NMarkdown[];
  lines: string[];
  words: string[];
  gathered: NLink[];
  date: NDate | undefined;
  flag: boolean;
  place: NPlace | undefined;
  links: NLink[];
  photo: string | undefined;
  profiles: NProfile[];
  thesis: NLink | undefined;
  authors: NAuthor[];
  events: NTalkEvent[];
  anchor: string | undefined;
  doi: string | undefined;
  publicationType: PublicationType | undefined;
  years: string[];
  period: NPeriod;
  number: NNumber | undefined;
  memo: undefined;
}

type Value<F> = F extends { kind: infer K extends Kind } ? KindValues[K] : never;
type Shown<R> = { [K in keyof R]: R[K] extends { route: true } ? never : K }[keyof R];
type MayLack<R> = { [K in Shown<R>]: undefined extends Value<R[K]> ? K : never }[Shown<R>];
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** A record as its reader reads it: every field but those that only route it, an optional one where it may lack a value. */
export type Normalized<R> = Simplify<
  { -readonly [K in MayLack<R>]?: Exclude<Value<R[K]>, undefined> } & {
    -readonly [K in Exclude<Shown<R>, MayLack<R>>]: Value<R[K]>;
  }
>;

/** A photo as written, up to its own cap: an embedded photo is tens of KB, far past a line's. */
function photo(value: unknown): string | undefined {
  if (typeof value === 'string' && value.length > LIMITS.photoChars)
    dropped(value, `not shown: a photo longer than ${LIMITS.photoChars} characters`);
  return typeof value === 'string' && value.length <= LIMITS.photoChars ? value.trim() || undefined : undefined;
}

/** A place: a line, or a location record's parts; a region named like its city ("Durham, Durham") is said once. */
function place(value: unknown): NPlace | undefined {
  if (!isRecord(value)) {
    const written = text(value);
    return written ? { text: written } : undefined;
  }
  const { address, city, region, postalCode, countryCode } = read.location(value);
  const parts = [address, city, region, postalCode];
  const distinct = parts.filter((part, i): part is string => part !== undefined && parts.indexOf(part) === i);
  const found: NPlace = { text: distinct.join(', ') || undefined, country: countryCode };
  return found.text || found.country ? found : undefined;
}

/** A link: a line is its label; a record's label falls back to its address. */
function link(item: unknown): NLink | undefined {
  const label = text(item);
  if (label) return { label };
  if (!isRecord(item)) return undefined;
  const found = read.link(item);
  const name = found.label ?? found.url;
  return name ? { label: name, url: found.url } : undefined;
}

export function links(value: unknown): NLink[] {
  return readList(listOf(value), LIMITS.itemsPerList, link, { label: ELLIPSIS });
}

function profile(item: unknown): NProfile | undefined {
  if (!isRecord(item)) return undefined;
  const found = read.profile(item);
  return found.username || found.url ? found : undefined;
}

function talkEvent(item: unknown): NTalkEvent | undefined {
  return isRecord(item) ? read.talkEvent(item) : undefined;
}

/**
 * An author as written ("Park*", "Park, N.") or as name parts with flags; marks on the name count
 * as flags. Its parts are read here, once: from the record, or from a name written "Family, Given".
 */
function author(value: unknown): NAuthor | undefined {
  const record = isRecord(value) ? read.author(value) : undefined;
  const written =
    text(value) ?? (record ? (record.literal ?? [record.given, record.family].filter(Boolean).join(' ')) : '');
  if (!written) return undefined;
  const { name, equal, corresponding } = readMarks(written);
  const shown = name || written;
  const parts =
    record?.literal === undefined && record?.family !== undefined
      ? { family: record.family, given: record.given }
      : nameParts(shown);
  const found: NAuthor = { name: shown, family: parts?.family, given: parts?.given };
  if (equal || record?.equal) found.equal = true;
  if (corresponding || record?.corresponding) found.corresponding = true;
  return found;
}

function authors(value: unknown): NAuthor[] {
  if (value !== undefined && value !== null && typeof value !== 'string' && !Array.isArray(value))
    dropped(value, 'not shown: authors are a list, or one line');
  const list =
    typeof value === 'string'
      ? splitAuthors(foldWhiteSpace(rawText(value) ?? '', LIMITS.authorListChars))
      : Array.isArray(value)
        ? value
        : [];
  return readList(list, LIMITS.authorsPerPublication, author, { name: ELLIPSIS });
}

/** The thesis: its title, or `{ title, url }`; a separate `thesisUrl` (the `with` names) links a title given alone. */
function thesis(source: Source, names: readonly KnownName[], also: readonly KnownName[] = []): NLink | undefined {
  const value = source.given(names);
  const url = firstOf(source, also, text);
  const title = text(value);
  if (title) return { label: title, url };
  if (!isRecord(value)) return undefined;
  const found = read.thesis(value);
  return found.title ? { label: found.title, url: found.url ?? url } : undefined;
}

// An id a page carries as an anchor as it is: what most citation keys are made of, not too long.
const ANCHOR_ID = /^[A-Za-z0-9][\w.:+-]{0,99}$/;
// Other keys ("doi:10.1021/acs.jpcc.0c05091") keep their letters, digits and key punctuation; a run of anything else is "-".
const NOT_IN_ANCHOR = /[^\p{L}\p{N}_.:+/@-]+/gu;

/** Every id gets an anchor a page can carry: as written when it is one, otherwise made one (at most 100 characters). */
function anchorId(id: string | undefined): string | undefined {
  if (id === undefined || ANCHOR_ID.test(id)) return id;
  const made = Array.from(id.replace(NOT_IN_ANCHOR, '-')).slice(0, 100).join('');
  let start = 0;
  while (made[start] === '-') start++;
  return made.slice(start) || undefined;
}

export function publicationType(written: string | undefined): PublicationType | undefined {
  const type = written?.toLowerCase();
  return PUBLICATION_TYPES.find((known) => known === type);
}

/**
 * The dates of an entry: a start and an end, or one `date` (a course taught, a talk given),
 * which is one date: its start and end are the same, so it never reads as ongoing. A range
 * written in one field ("2016 ~ 2020") is that range.
 */
function period(source: Source): NPeriod {
  const startDate = firstOf(source, period_startDate, dateField);
  const endDate = firstOf(source, period_endDate, dateField);
  if (startDate || endDate) {
    const range = startDate && !endDate ? splitRange(startDate.written) : undefined;
    return range ? { startDate: range[0], endDate: range[1] } : { startDate, endDate };
  }
  const date = firstOf(source, period_date, dateField);
  const range = date === undefined ? undefined : splitRange(date.written);
  return range ? { startDate: range[0], endDate: range[1] } : { startDate: date, endDate: date };
}

// A number written as text: digits, one decimal point at most ("1200000", "45.5").
const PLAIN_NUMBER = /^\d{1,15}(?:\.\d{1,6})?$/;

/** A finite number, or a numeral written as text; other text is kept as written, with no value. */
function numberValue(value: unknown): NNumber | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? { value, written: String(value) } : undefined;
  const written = text(value);
  if (written === undefined) return undefined;
  return PLAIN_NUMBER.test(written) ? { value: Number(written), written } : { written };
}

/** Each kind's reader: given the record, the field's names and the names read with it (`with`). */
export type Kinds = {
  [K in Kind]: (source: Source, names: readonly KnownName[], also?: readonly KnownName[]) => KindValues[K];
};

/** A line; an address on the web reads the same (its kind differs only in the schema). */
const line: Kinds['line'] = (source, names) => firstOf(source, names, text);

const KINDS: Kinds = {
  line,
  url: line,
  address: (source, names) => addressLine(source.given(names)),
  markdown: (source, names) => firstOf(source, names, markdownField),
  markdowns: (source, names) => firstOf(source, names, markdownLists) ?? [],
  lines: (source, names) => firstOf(source, names, textLists) ?? [],
  words: (source, names) => firstOf(source, names, commaSeparatedTextLists) ?? [],
  gathered: (source, names) => {
    let gathered: NLink[] = [];
    for (const name of names) {
      const value = source.get(name);
      // Each a name, or a { name, url } record (site templates link their advisors).
      if (value !== undefined)
        gathered = gathered.concat(
          readList(typeof value === 'string' ? [value] : listOf(value), LIMITS.itemsPerList, link, { label: ELLIPSIS }),
        );
    }
    return gathered;
  },
  date: (source, names) => firstOf(source, names, dateField),
  flag: (source, names) => {
    const value = source.given(names);
    return value === true || value === 'true';
  },
  place: (source, names) => place(source.given(names)),
  links: (source, names) => links(source.given(names)),
  photo: (source, names) => firstOf(source, names, photo),
  profiles: (source, names) =>
    readList(listOf(source.given(names)), LIMITS.itemsPerList, profile, { username: ELLIPSIS }),
  thesis,
  authors: (source, names) => authors(source.given(names)),
  events: (source, names) => readList(listOf(source.given(names)), LIMITS.itemsPerList, talkEvent, { name: ELLIPSIS }),
  anchor: (source, names) => anchorId(firstOf(source, names, text)),
  doi: (source, names) => bareDoi(firstOf(source, names, text)),
  publicationType: (source, names) => publicationType(firstOf(source, names, text)),
  years: (source, names, also = []) => {
    const single = firstOf(source, also, dateText);
    return (firstOf(source, names, commaSeparatedTextLists) ?? []).concat(single ? [single] : []);
  },
  period,
  number: (source, names) => firstOf(source, names, numberValue),
  // Looked up only so that `check` knows it: it is the tool's, not content to show.
  memo: (source, names) => {
    source.given(names);
    return undefined;
  },
};

/** Each record's reader (src/generated/readers.ts, written from the description by the build). */
export const read = recordReaders(KINDS);

/** An item's `type`, which may put it in another section ("reviewing", "talk"). */
export function typeOf(item: Json): string | undefined {
  return line(new Source(item), service_type);
}
