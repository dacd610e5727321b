/**
 * Tolerant reading of values, shared by every kind of field (src/normalize/fields.ts): wrong types
 * accepted where they can be read, placeholders read as missing, and every field and list capped
 * (src/limits.ts). Fields are found by name in src/normalize/source.ts.
 */
import { BIDI_CONTROL, balanceBidi } from '../format/bidi';
import { isPlaceholder, readDate, type NDate } from '../format/dates';
import { hasMarkFlood, isPlainHtml } from '../format/markdown';
import { capList, cutText, ELLIPSIS, LIMITS } from '../limits';
import { dropped } from '../observe';
import { isRecord, type Json, type KnownName, type Source } from './source';

// Control characters (NUL, escape, ...) have no place in a CV and are not valid in HTML text.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// The same, with the line breaks between them (every control character but the tab), and
// direction controls: Markdown that has none of these and no flood of marks needs nothing but a trim.
const CONTROL_OR_LINE_BREAK = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

// No writing system stacks more than 30 combining marks on a letter (Unicode's Stream-Safe Text
// Format, UAX #15, allows 30), and browsers take seconds to lay out longer runs.
// One quantifier: recheck's fuzzing finds `(\p{M}{30})\p{M}+` polynomial with some seeds.
const MARK_FLOOD = /\p{M}{31,}/gu;
/** A run of marks cut to its first 30, counted in code points (some marks are astral). */
const firstMarks = (run: string) => Array.from(run).slice(0, 30).join('');

/**
 * A field kept to itself: combining marks past the 30th of a run dropped, direction controls
 * balanced. The last step of every general path here (the fast paths take only text it leaves as is).
 */
export function contained(text: string): string {
  return BIDI_CONTROL.test(text) || hasMarkFlood(text) ? balanceBidi(text.replace(MARK_FLOOD, firstMarks)) : text;
}

export function rawText(value: unknown): string | undefined {
  // Searched first (search ignores the g flag's state): a replace that finds nothing costs more.
  if (typeof value === 'string') return value.search(CONTROL) < 0 ? value : value.replace(CONTROL, '');
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * White space, line breaks included, folded to single spaces, and only as much of it as `max`
 * characters need: word by word, so a megabyte-long field costs one scan, not a copy.
 */
// Text that needs no folding: no white space but single spaces between words.
const NEEDS_FOLDING = /\s\s|[^\S ]|^\s|\s$/;

export function foldWhiteSpace(value: string, max: number): string {
  if (value.length <= max && !NEEDS_FOLDING.test(value)) return value;
  let line = '';
  for (const [word] of value.matchAll(/\S+/g)) {
    line += line ? ` ${word}` : word;
    if (line.length > max) break;
  }
  return cutText(line, max);
}

/**
 * Whether a string is a line as text() would leave it: no control character, no white space
 * but single spaces between words, nothing to contain. One scan of character codes, where the
 * general path runs three patterns; anything unusual (any code from DEL to NBSP, any white space
 * or direction control past ASCII, 31 characters in a row from U+0300 up, where combining marks
 * are) fails it.
 */
function isCleanLine(value: string): boolean {
  const last = value.length - 1;
  let beyondLatin = 0;
  for (let i = 0; i <= last; i++) {
    const code = value.charCodeAt(i);
    if (code <= 0x20) {
      if (code !== 0x20 || i === 0 || i === last || value.charCodeAt(i - 1) === 0x20) return false;
    } else if (code >= 0x7f && (code <= 0xa0 || isWideSpaceOrControl(code))) {
      return false;
    }
    beyondLatin = code >= 0x300 ? beyondLatin + 1 : 0;
    if (beyondLatin > 30) return false;
  }
  return true;
}

/** The white space of `\s` above Latin-1, and the direction controls. */
function isWideSpaceOrControl(code: number): boolean {
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202f) ||
    code === 0x205f ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A one-line value (name, title, date, ...), at most LIMITS.lineChars long. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value.length <= LIMITS.lineChars && isCleanLine(value)) return value || undefined;
  const raw = rawText(value);
  return raw === undefined ? undefined : contained(foldWhiteSpace(raw, LIMITS.lineChars)) || undefined;
}

/** A line without its trailing white space, unless that is a hard break (two or more spaces). */
function withoutTrailingSpace(line: string): string {
  const kept = line.trimEnd();
  const trailing = line.slice(kept.length);
  return trailing.length >= 2 && trailing === ' '.repeat(trailing.length) ? line : kept;
}

const LINE_BREAK = /[\r\n]/;
// White space ending a line (all that trimEnd takes but the break).
const SPACE_BEFORE_BREAK = /[^\S\n]\n/;

/**
 * Markdown keeps its lines; white space at a line's end is dropped unless it is a hard break,
 * since marked would carry it into the page. Line by line, so a long run of spaces costs its
 * length once (a `[^\S\n]+$` pattern rescans it from every position).
 */
export function markdownText(value: unknown): string | undefined {
  if (typeof value === 'string' && !CONTROL_OR_LINE_BREAK.test(value) && !hasMarkFlood(value))
    return value.trim() || undefined;
  const raw = rawText(value);
  if (raw === undefined) return undefined;
  // One line: its trailing white space, a hard break included, is trimmed like the whole text's.
  // Lines are trimmed one by one only if some line but the last ends in white space.
  let lines = raw;
  if (LINE_BREAK.test(raw)) {
    lines = raw.replace(/\r\n?/g, '\n');
    if (SPACE_BEFORE_BREAK.test(lines)) lines = lines.split('\n').map(withoutTrailingSpace).join('\n');
  }
  const trimmed = lines.trim();
  return contained(trimmed) || undefined;
}

/** A Markdown field: its text, and whether that is plain, its own HTML (see isPlainHtml). */
export interface NMarkdown {
  source: string;
  plain: boolean;
}

export function markdownField(value: unknown): NMarkdown | undefined {
  // Most resume prose is plain as written: one search tells, where reading it as Markdown takes one and the page more.
  if (typeof value === 'string' && isPlainHtml(value)) return { source: value, plain: true };
  const source = markdownText(value);
  return source === undefined ? undefined : { source, plain: false };
}

/** The first of the fields `names` whose value `read` accepts. */
export function firstOf<T>(
  source: Source,
  names: readonly KnownName[],
  read: (value: unknown) => T | undefined,
): T | undefined {
  for (const name of names) {
    const written = source.get(name);
    const value = read(written);
    if (value !== undefined) return value;
    // An object where a line is read, or a list where one line is: the check command says so.
    if (isRecord(written) || (Array.isArray(written) && written.length > 0 && !LIST_READERS.has(read))) {
      dropped(
        written,
        `not shown: ${isRecord(written) ? 'an object' : 'a list'} where the theme reads ${LIST_READERS.has(read) ? 'a list' : 'one line'}`,
      );
    }
  }
  return undefined;
}

/** A date as written; YAML gives Date objects, which are calendar dates in UTC. Placeholders ("N/A") are no date. */
export function dateText(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  const written = text(value);
  return written === undefined || isPlaceholder(written) ? undefined : written;
}

/** A date field, read once for what it says (a date, a word for now, a status, or words). */
export function dateField(value: unknown): NDate | undefined {
  const written = dateText(value);
  return written === undefined ? undefined : readDate(written);
}

/** A list's items read by `read`, at most `max`; past the cap, `more` (an ellipsis item) ends it. */
export function readList<T>(
  list: readonly unknown[],
  max: number,
  read: (item: unknown) => T | undefined,
  more: T,
): T[] {
  const { items, left } = capList(list, max);
  const kept: T[] = [];
  for (const item of items) {
    const value = read(item);
    if (value !== undefined) kept.push(value);
    else if (isRecord(item) || Array.isArray(item))
      dropped(
        item,
        `not shown: ${isRecord(item) ? 'an object' : 'a list'} the theme cannot read as an item of this list`,
      );
  }
  return left > 0 ? [...kept, more] : kept;
}

/** Records of a list, at most `max`, and how many more there were; a lone object is a list of one. */
export function cappedRecords(value: unknown, max: number, why?: string): { items: Json[]; left: number } {
  if (!Array.isArray(value)) return { items: isRecord(value) ? [value] : [], left: 0 };
  const { items, left } = capList(value, max, why);
  return { items: recordsOf(items), left };
}

/** The list itself when every element is a record (a hole is not), otherwise a copy of its records; callers only read it. */
function recordsOf(items: readonly unknown[]): Json[] {
  for (let i = 0; i < items.length; i++) if (!isRecord(items[i])) return items.filter(isRecord);
  return items as Json[];
}

/** A value as a list: a list as it is, one object as a list of one, anything else as none. */
export function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : isRecord(value) ? [value] : [];
}

/** A field's value as a list: a list as it is, one string as one item (or split at commas). */
function listItems(value: unknown, splitCommas: boolean): readonly unknown[] {
  if (typeof value === 'string') return splitCommas ? value.split(',') : [value];
  if (Array.isArray(value)) return value;
  if (value !== undefined && value !== null) dropped(value, 'not shown: the theme reads a list here');
  return [];
}

/** A list of strings; "a, b, c" in one string is split, non-text items are dropped. */
export function texts(value: unknown, splitCommas: boolean, read: (item: unknown) => string | undefined): string[] {
  return readList(listItems(value, splitCommas), LIMITS.itemsPerList, read, ELLIPSIS);
}

/** A reader of non-empty lists of items read by `read`, `more` after a cut: made once per kind, not per field. */
function listReader<T>(
  splitCommas: boolean,
  read: (item: unknown) => T | undefined,
  more: T,
): (value: unknown) => T[] | undefined {
  return (value) => {
    if (value === undefined) return undefined;
    const values = readList(listItems(value, splitCommas), LIMITS.itemsPerList, read, more);
    return values.length > 0 ? values : undefined;
  };
}

export const textLists = listReader(false, text, ELLIPSIS);
export const commaSeparatedTextLists = listReader(true, text, ELLIPSIS);
export const markdownLists = listReader(false, markdownField, { source: ELLIPSIS, plain: isPlainHtml(ELLIPSIS) });
/** The readers of lists, whose items are checked one by one (readList). */
const LIST_READERS = new Set<unknown>([textLists, commaSeparatedTextLists, markdownLists]);

/** An address written on several lines reads as one, its lines joined with commas, up to the cap. */
export function addressLine(value: unknown): string | undefined {
  const raw = rawText(value);
  if (raw === undefined) return undefined;
  let line = '';
  if (!raw.includes('\n')) line = foldWhiteSpace(raw, LIMITS.lineChars);
  else {
    for (const [written] of raw.matchAll(/[^\n]+/g)) {
      const folded = foldWhiteSpace(written, LIMITS.lineChars);
      if (folded) line += line ? `, ${folded}` : folded;
      if (line.length > LIMITS.lineChars) break;
    }
    line = cutText(line, LIMITS.lineChars);
  }
  return contained(line) || undefined;
}

/**
 * Whether a normalized item holds anything to show: some text, or a list or object that does.
 * Decided on the normalized shape itself, so no field list has to be kept in step with it.
 */
export function hasContent(value: unknown): boolean {
  if (typeof value === 'string') return value.length > 0;
  if (Array.isArray(value)) return value.some(hasContent);
  if (isRecord(value)) {
    // No array of its values per object: this runs on every normalized entry.
    for (const key in value) if (Object.hasOwn(value, key) && hasContent(value[key])) return true;
  }
  return false;
}
