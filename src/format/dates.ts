import { datePatterns } from '../generated/date-patterns';
import fields from './date-fields.json';
import { cachedFormatter } from './formatter-cache';

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

const ISO_PARTIAL = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const PRESENT_WORDS = new Set(['present', 'current', 'now', 'ongoing', 'today']);

export function isPresent(value: string): boolean {
  return PRESENT_WORDS.has(value.trim().toLowerCase());
}

export function parsePartialDate(value: string): PartialDate | undefined {
  const match = ISO_PARTIAL.exec(value.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  return { year, month, day };
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

type Precision = 'year' | 'month' | 'day';

// The Intl options of each style and precision; the build reads the same file for its tables.
const FIELDS = fields as Record<DateStyle, Record<Precision, Intl.DateTimeFormatOptions>>;

/**
 * A locale's format for one style and precision, taken from Intl at build time: literal text
 * and the codes 0 (year), 1 (month name from `months`) and 2 (day).
 */
export interface DatePattern {
  parts: Array<string | 0 | 1 | 2>;
  months: string[];
  twoDigitDay: boolean;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, style: DateStyle, precision: Precision): Intl.DateTimeFormat {
  return cachedFormatter(
    formatters,
    `${locale}|${style}|${precision}`,
    () => new Intl.DateTimeFormat(locale, { ...FIELDS[style][precision], timeZone: 'UTC' }),
  );
}

function fromPattern(pattern: DatePattern, date: PartialDate): string {
  let text = '';
  for (const part of pattern.parts) {
    if (part === 0) text += date.year;
    else if (part === 1) text += pattern.months[(date.month ?? 1) - 1];
    else if (part === 2) text += pattern.twoDigitDay ? pad(date.day ?? 1) : String(date.day ?? 1);
    else text += part;
  }
  return text;
}

export function formatPartialDate(date: PartialDate, locale: string, style: DateStyle): string {
  const precision: Precision = date.month === undefined ? 'year' : date.day === undefined ? 'month' : 'day';
  const pattern = datePatterns[`${locale}|${style}|${precision}`];
  // The tables hold four-digit years only; Intl writes other years its own way.
  if (pattern && date.year >= 1000 && date.year <= 9999) return fromPattern(pattern, date);
  const utc = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  // Date.UTC maps years 0-99 to 1900-1999; set the year explicitly to keep it.
  utc.setUTCFullYear(date.year);
  return formatterFor(locale, style, precision).format(utc);
}

export interface DateContext {
  locale: string;
  style: DateStyle;
  present: string;
}

/** A date as shown: formatted at its own precision, or the author's own text when it is not ISO. */
export function dateView(value: string | undefined, context: DateContext): DateView | undefined {
  if (!value) return undefined;
  if (isPresent(value)) return { text: context.present };
  const date = parsePartialDate(value);
  if (!date) return { text: value.trim() };
  return { text: formatPartialDate(date, context.locale, context.style), iso: isoOf(date) };
}

/**
 * The dates of a range: a start without an end is ongoing ("Present"); an end alone, or an end
 * equal to the start, is one date.
 */
export function periodView(
  start: string | undefined,
  end: string | undefined,
  context: DateContext,
): DateView[] {
  const startView = dateView(start, context);
  const endView = startView && !end ? { text: context.present } : dateView(end, context);
  // "Present" alone says nothing, so an end without a start shows only a real date.
  if (!startView) return endView && end && !isPresent(end) ? [endView] : [];
  if (!endView || (endView.text === startView.text && endView.iso === startView.iso)) return [startView];
  return [startView, { ...endView, separator: ' – ' }];
}
