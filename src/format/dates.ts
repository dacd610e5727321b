import { languageOf, parsedPerLanguage } from '../i18n/tables';
import { dropped } from '../observe';
import DATE_FIELDS_JSON from './date-fields.json';

// The Intl options of each style and precision, as the build takes the tables from Intl with them.
const DATE_FIELDS = DATE_FIELDS_JSON as Record<DateStyle, Record<DatePrecision, Intl.DateTimeFormatOptions>>;

/** A calendar date known to year, month or day precision; never shifted by time zones. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

export type DateStyle = 'short' | 'long' | 'numeric';

/** What a template shows: the text and, for a real date, the machine-readable `datetime`. */
export interface DateView {
  text: string;
  iso?: string;
  /** What stands before this date in a range: " – " before its end. */
  separator?: string;
}

// "2022", "2022-06", "2022-06-01", "2022.06", "2022/6/1", with an ISO time after it or not.
const YEAR_FIRST = /^(\d{4})(?:[-./](\d{1,2})(?:[-./](\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
// "08/2013", "5/2015", "06.2021".
const MONTH_FIRST = /^(\d{1,2})[-./](\d{4})$/;
// "March 2020", "Mar 2020", "Mar. 2020", "Sept 2020", "March, 2020".
const MONTH_NAME = /^([a-z]{3,9})\.?,? (\d{4})$/i;
/** English month names, January first; BibTeX's month macros are their first three letters. */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// The words that are not dates, all here: for now, for no date, and a paper's status (STATUSES, below).
const PRESENT_WORDS = new Set(['present', 'current', 'now', 'ongoing', 'today']);
// What people write where they have no date: "-", "--", "N/A", "TBD".
const PLACEHOLDERS = new Set(['-', '--', '---', '–', '—', 'n/a', 'na', 'tbd', 'tba', '?']);

/** Whether a text stands where a date would, for none ("N/A"). */
export function isPlaceholder(text: string): boolean {
  // No placeholder starts with a digit, as nearly every date does: no lower-cased copy for those.
  return !startsWithDigit(text) && PLACEHOLDERS.has(text.toLowerCase());
}

/** Whether a text starts with an ASCII digit, as nearly every date does and no word does. */
function startsWithDigit(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 48 && first <= 57;
}

function isPresent(value: string): boolean {
  // A date is no word: skipped without a lower-cased copy.
  if (startsWithDigit(value)) return false;
  return PRESENT_WORDS.has(value.trim().toLowerCase());
}

/** The month an English month name or abbreviation names ("Sept" is 9), from 1. */
function monthNamed(name: string): number | undefined {
  const word = name.toLowerCase();
  const index = MONTH_NAMES.findIndex((month) => month.startsWith(word) || (word === 'sept' && month === 'september'));
  return index < 0 ? undefined : index + 1;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/** The number written in `value` from `start` to `end` in ASCII digits, or -1. */
function digitsBetween(value: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** "2022", "2022-06" and "2022-06-01", as nearly every date is written, read without a pattern. */
function isoDate(value: string): PartialDate | undefined {
  const year = digitsBetween(value, 0, 4);
  if (year < 0 || (value.length > 4 && value[4] !== '-') || (value.length > 7 && value[7] !== '-')) return undefined;
  if (value.length === 4) return { year };
  const month = value.length === 7 || value.length === 10 ? digitsBetween(value, 5, 7) : -1;
  if (month < 1 || month > 12) return undefined;
  if (value.length === 7) return { year, month };
  const day = digitsBetween(value, 8, 10);
  return day >= 1 && day <= daysIn(year, month) ? { year, month, day } : undefined;
}

/** A date written other than as isoDate reads it. */
function otherDate(written: string): PartialDate | undefined {
  let year: number;
  let month: number | undefined;
  let day: number | undefined;
  // Tried in turn: nearly every date is ISO-like, and needs only the first pattern.
  const yearFirst = YEAR_FIRST.exec(written);
  const monthFirst = yearFirst ? null : MONTH_FIRST.exec(written);
  const named = yearFirst || monthFirst ? null : MONTH_NAME.exec(written);
  if (yearFirst) {
    year = Number(yearFirst[1]);
    month = yearFirst[2] === undefined ? undefined : Number(yearFirst[2]);
    day = yearFirst[3] === undefined ? undefined : Number(yearFirst[3]);
  } else if (monthFirst) {
    [year, month] = [Number(monthFirst[2]), Number(monthFirst[1])];
  } else if (named) {
    [year, month] = [Number(named[2]), monthNamed(named[1])];
    if (month === undefined) return undefined;
  } else {
    return undefined;
  }
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (month === undefined || day === undefined || day < 1 || day > daysIn(year, month)) return { year, month };
  return { year, month, day };
}

// What stands between the two dates of a range written in one field, most telling first.
const RANGE_SEPARATORS = [' - ', ' – ', ' — ', ' ~ ', ' to ', '–', '—', '~'];

/**
 * A range written in one field ("2016 ~ 2020", "2017-2018", "2017-05 - 2019-04", "2019 – present")
 * as its start and end; undefined unless both halves read as dates (the end may be "present").
 */
export function splitRange(value: string): [NDate, NDate] | undefined {
  const written = value.trim();
  // "2017-2018": two years joined by a hyphen, which elsewhere joins a year and its month.
  if (
    written.length === 9 &&
    written[4] === '-' &&
    digitsBetween(written, 0, 4) >= 0 &&
    digitsBetween(written, 5, 9) >= 0
  ) {
    return [readDate(written.slice(0, 4)), readDate(written.slice(5))];
  }
  const lower = written.toLowerCase();
  for (const separator of RANGE_SEPARATORS) {
    const at = lower.indexOf(separator);
    if (at <= 0) continue;
    const start = readDate(written.slice(0, at));
    const end = readDate(written.slice(at + separator.length));
    if (start.date !== undefined && (end.date !== undefined || end.present)) return [start, end];
  }
  return undefined;
}

// What stands where a paper not yet published has its date.
const STATUSES = new Set([
  'submitted',
  'in submission',
  'under submission',
  'under review',
  'in review',
  'under revision',
  'accepted',
  'in press',
  'to appear',
  'forthcoming',
  'in preparation',
  'in prep',
  'preprint',
]);

/** A date field as normalize reads it, once: what it names, so later stages never parse it again. */
export interface NDate {
  /** As written, trimmed. */
  written: string;
  /** The calendar date it names, to the precision written. */
  date?: PartialDate;
  /** Its machine-readable form (a `datetime`), when it names a date. */
  iso?: string;
  /** A word for now ("present"). */
  present: boolean;
  /** A paper's status where its date would be ("under review"). */
  status: boolean;
}

/**
 * What a date field says: a date, to the precision written, a word for now, a status, or words
 * shown as written. A month outside 1-12 is no date; a day the month does not have ("2020-02-31")
 * is dropped, so the date reads as its month everywhere.
 */
export function readDate(value: string): NDate {
  const written = value.trim();
  const iso = isoDate(written);
  // A date read by isoDate is written as isoOf would write it.
  const date = iso ?? otherDate(written);
  // A date starts with a digit, which no word does: no lower-cased copies for it.
  const word = date === undefined && !startsWithDigit(written);
  return {
    written,
    date,
    iso: iso ? written : date && isoOf(date),
    present: word && isPresent(written),
    status: word && STATUSES.has(written.toLowerCase().replace(/[.()]/g, '').trim()),
  };
}

export type DatePrecision = 'year' | 'month' | 'day';

/** The date with no part more precise than `precision`. */
function atPrecision(date: PartialDate, precision: DatePrecision): PartialDate {
  if (precision === 'year' && date.month !== undefined) return { year: date.year };
  if (precision === 'month' && date.day !== undefined) return { year: date.year, month: date.month };
  return date;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoOf(date: PartialDate): string {
  let iso = String(date.year).padStart(4, '0');
  if (date.month !== undefined) iso += `-${pad(date.month)}`;
  if (date.month !== undefined && date.day !== undefined) iso += `-${pad(date.day)}`;
  return iso;
}

/**
 * A locale's format for one style and precision, taken from Intl at build time: literal text
 * and the codes 0 (year), 1 (month name from `months`) and 2 (day).
 */
export interface DatePattern {
  parts: Array<string | 0 | 1 | 2>;
  months: string[];
  twoDigitDay: boolean;
  /** The ten digits, "0" to "9", of a locale that writes numbers in others than ASCII's (Persian "۰"…"۹"). */
  digits?: string;
}

// Each locale's patterns, parsed the first time a date is shown in it (see src/i18n/tables.ts);
// the build checks that every shipped language has all of them.
type LocalePatterns = Record<DateStyle, Record<DatePrecision, DatePattern>>;
const patternsOf = parsedPerLanguage(
  (tables) => tables.datePatterns,
  (source) => JSON.parse(source) as LocalePatterns,
);

function patternOf(locale: string, style: DateStyle, precision: DatePrecision): DatePattern {
  // English's tables are built in, so they are always there.
  return (patternsOf(locale) ?? patternsOf('en'))![style][precision];
}

/** ASCII digits in a locale's own. */
function inDigits(text: string, digits: string): string {
  let written = '';
  for (let i = 0; i < text.length; i++) written += digits[text.charCodeAt(i) - 48];
  return written;
}

/** A whole number in the digits a locale writes dates in ("۱۲" in Persian); ASCII's elsewhere. */
export function localDigits(n: number, locale: string): string {
  const { digits } = patternOf(locale, 'short', 'year');
  return digits ? inDigits(String(n), digits) : String(n);
}

function fromPattern(pattern: DatePattern, date: PartialDate): string {
  let text = '';
  for (const part of pattern.parts) {
    let number: string | undefined;
    if (part === 0) number = String(date.year);
    else if (part === 2) number = pattern.twoDigitDay ? pad(date.day ?? 1) : String(date.day ?? 1);
    else if (part === 1) text += pattern.months[(date.month ?? 1) - 1];
    else text += part;
    if (number !== undefined) text += pattern.digits ? inDigits(number, pattern.digits) : number;
  }
  return text;
}

export function formatPartialDate(date: PartialDate, locale: string, style: DateStyle): string {
  const precision: DatePrecision = date.month === undefined ? 'year' : date.day === undefined ? 'month' : 'day';
  return fromPattern(patternOf(locale, style, precision), date);
}

export interface DateContext {
  locale: string;
  style: DateStyle;
  /** The most precise part shown; a date never shows more than it has. */
  precision: DatePrecision;
  present: string;
  /** A calendar of the language's own that the page's tag asks for (LocaleChoice.calendar). */
  calendar?: string;
}

// The formatters of the calendars pages have asked for, by language, calendar and style: at most
// the few of src/i18n/index.ts's CALENDARS, times three styles.
const calendarFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date to the day in another calendar than the Gregorian ("fa-u-ca-persian"): a day converts
 * exactly, a month or a year does not (March 2023 is part Esfand 1401, part Farvardin 1402), so
 * only a date shown to the day is converted; the others stay Gregorian, as written.
 */
function inCalendar(date: PartialDate, context: DateContext): string | undefined {
  const { calendar, style } = context;
  if (!calendar || date.month === undefined || date.day === undefined) return undefined;
  // A regional locale's calendar is its language's ("fa-AF" is formatted as "fa").
  const tag = `${languageOf(context.locale)}-u-ca-${calendar}`;
  let format = calendarFormats.get(`${tag}|${style}`);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { ...DATE_FIELDS[style].day, timeZone: 'UTC' });
    calendarFormats.set(`${tag}|${style}`, format);
  }
  return format.format(Date.UTC(date.year, date.month - 1, date.day));
}

/** A DateView, always of one object shape, which keeps the code that reads them fast. */
export function shownDate(text: string, iso?: string, separator?: string): DateView {
  return { text, iso, separator };
}

/** A date as shown: formatted to the context's precision, or the author's own words ("Spring 2020"). */
export function dateView(value: NDate | undefined, context: DateContext): DateView | undefined {
  if (!value) return undefined;
  if (value.present) return shownDate(context.present);
  if (!value.date) {
    dropped(value.written, 'shown as written: not a date the theme reads, so it is neither formatted nor ordered');
    return shownDate(value.written);
  }
  const date = atPrecision(value.date, context.precision);
  return shownDate(inCalendar(date, context) ?? formatPartialDate(date, context.locale, context.style), value.iso);
}

/** A sortable number for a date ("2022-06" is 20220600); a status ("under review") is newer than any date; none is -1. */
export function dateRank(value: NDate | undefined): number {
  if (value?.status) return Number.MAX_SAFE_INTEGER;
  const date = value?.date;
  return date ? date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0) : -1;
}

/** Items newest first by `rank` (dateRank); items of one rank, and undated ones (which follow), keep their order. */
export function newestFirst<T>(items: readonly T[], rank: (item: T) => number): T[] {
  const ranked = items.map((item, index) => ({ item, index, rank: rank(item) }));
  return ranked.sort((a, b) => b.rank - a.rank || a.index - b.index).map(({ item }) => item);
}

// A year standing as a number of its own in words as written: "Spring 2021", not "12021" or "Winter".
const NAMES_A_YEAR = /(?:^|\D)(?:1[89]|20)\d\d(?!\d)/;

/**
 * The dates of a range: a start without an end is ongoing ("Present"), whether it is a date or
 * words that name a year ("Spring 2021 – Present"); other words ("Winter") are never followed by an
 * invented "Present". An end alone, or an end equal to the start, is one date.
 */
export function periodView(start: NDate | undefined, end: NDate | undefined, context: DateContext): DateView[] {
  const startView = dateView(start, context);
  const ongoing = startView !== undefined && (startView.iso !== undefined || NAMES_A_YEAR.test(startView.text));
  const endView = !end ? (ongoing ? shownDate(context.present) : undefined) : dateView(end, context);
  // "Present" alone says nothing, so an end without a start shows only a real date.
  if (!startView) return endView && end && !end.present ? [endView] : [];
  // "2019-09-01" to "2019-09-15" shown to the month is one month, not "Sep 2019 – Sep 2019".
  if (!endView || endView.text === startView.text) return [startView];
  return [startView, shownDate(endView.text, endView.iso, ' – ')];
}
