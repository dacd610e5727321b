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

const FIELDS: Record<DateStyle, Record<Precision, Intl.DateTimeFormatOptions>> = {
  short: {
    year: { year: 'numeric' },
    month: { year: 'numeric', month: 'short' },
    day: { year: 'numeric', month: 'short', day: 'numeric' },
  },
  long: {
    year: { year: 'numeric' },
    month: { year: 'numeric', month: 'long' },
    day: { year: 'numeric', month: 'long', day: 'numeric' },
  },
  numeric: {
    year: { year: 'numeric' },
    month: { year: 'numeric', month: '2-digit' },
    day: { year: 'numeric', month: '2-digit', day: '2-digit' },
  },
};

// Building a DateTimeFormat costs far more than using one; render is called repeatedly.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, style: DateStyle, precision: Precision): Intl.DateTimeFormat {
  const key = `${locale}|${style}|${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...FIELDS[style][precision], timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatPartialDate(date: PartialDate, locale: string, style: DateStyle): string {
  const precision: Precision = date.month === undefined ? 'year' : date.day === undefined ? 'month' : 'day';
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
  return [startView, endView];
}
