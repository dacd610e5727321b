// The shipped locales' date patterns, list separators and country names, taken from Intl at build
// time. A fresh process pays about 10-20 ms for its first Intl formatter (ICU's locale data); with
// these tables a CV in a shipped language formats its dates, author lists and countries without
// one. All three are exact: a date pattern is kept only if every month and day formats to the
// same skeleton, list separators only if they reproduce Intl on a corpus that includes Spanish's
// "y"/"e" and "o"/"u" cases, country names only for a locale that names no code English leaves
// unnamed; tests compare them with Intl. A page in any other language is formatted in English;
// only list separators that no fixed pattern gives (Spanish "y"/"e") use Intl at run time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The codes of DatePattern.parts in src/format/dates.ts.
const YEAR = 0;
const MONTH = 1;
const DAY = 2;

/** A locale's ten digits, "0" to "9", as it writes numbers ("۰" to "۹" in Persian). */
function digitsOf(locale) {
  const format = new Intl.NumberFormat(locale, { useGrouping: false });
  return Array.from({ length: 10 }, (_, digit) => format.format(digit)).join('');
}

/** A number written in a locale's digits, as ASCII digits. */
const asciiDigits = (text, digits) => text.replace(/./gu, (char) => String(digits.indexOf(char)));

/**
 * The locale in the Gregorian calendar: a file's dates are Gregorian, and a month of another
 * calendar does not line up with one written "2023-03" (Persian's default is the Solar Hijri).
 */
function gregorian(locale) {
  return new Intl.DateTimeFormat(locale).resolvedOptions().calendar === 'gregory' ? locale : `${locale}-u-ca-gregory`;
}

// V8's format() writes a narrow no-break space (Russian "2023 г.") as a plain one, for the web's
// sake; formatToParts does not. The tables write what format() does.
const plainSpaces = (text) => text.replace(/\u202f/g, ' ');

function skeleton(formatter, date, digits) {
  return formatter.formatToParts(date).map((part) => {
    if (part.type === 'literal') return plainSpaces(part.value);
    if (part.type === 'year') return asciiDigits(part.value, digits) === String(date.getUTCFullYear()) ? YEAR : null;
    if (part.type === 'month') return MONTH;
    if (part.type === 'day') return DAY;
    return null;
  });
}

function pattern(locale, options) {
  const formatter = new Intl.DateTimeFormat(gregorian(locale), { ...options, timeZone: 'UTC' });
  const digits = digitsOf(locale);
  const reference = JSON.stringify(skeleton(formatter, new Date(Date.UTC(2023, 0, 15)), digits));
  if (reference.includes('null')) return undefined;
  const months = [];
  for (let month = 0; month < 12; month++) {
    for (const day of [1, 9, 10, 28]) {
      const date = new Date(Date.UTC(2023, month, day));
      if (JSON.stringify(skeleton(formatter, date, digits)) !== reference) return undefined;
    }
    months.push(
      plainSpaces(
        formatter.formatToParts(new Date(Date.UTC(2023, month, 15))).find((p) => p.type === 'month')?.value ?? '',
      ),
    );
  }
  // Some locales pad the day whatever the options ask ("01 Sept 2023" in en-BW).
  const firstDay = formatter.formatToParts(new Date(Date.UTC(2023, 0, 1))).find((part) => part.type === 'day');
  const twoDigitDay = firstDay !== undefined && asciiDigits(firstDay.value, digits) === '01';
  // A locale that writes numbers in other digits than ASCII's has its year and day written in them.
  return { parts: JSON.parse(reference), months, twoDigitDay, ...(digits === '0123456789' ? {} : { digits }) };
}

/** Each locale's patterns by style and precision, as JSON: the runtime parses a locale's on its first use. */
function datePatterns(root, locales) {
  const fields = JSON.parse(readFileSync(join(root, 'src', 'format', 'date-fields.json'), 'utf8'));
  const table = {};
  for (const locale of locales) {
    const patterns = {};
    for (const [style, precisions] of Object.entries(fields)) {
      patterns[style] = {};
      for (const [precision, options] of Object.entries(precisions)) {
        const found = pattern(locale, options);
        if (found) patterns[style][precision] = found;
      }
    }
    table[locale] = JSON.stringify(patterns);
  }
  return table;
}

const STYLES = ['long', 'short'];
const CORPUS = [
  'Ana',
  'Irene',
  'Hilda',
  'Otero',
  'Honda',
  'Yolanda',
  '이순신',
  '山田',
  'Ørsted',
  '1',
  'X Y',
  'and',
  '',
];

function separators(format) {
  const literals = (items) => {
    const parts = format.formatToParts(items);
    if (parts[0].type !== 'element' || parts.at(-1).type !== 'element') return undefined;
    return parts.filter((part) => part.type === 'literal').map((part) => part.value);
  };
  const two = literals(['A', 'B']);
  const four = literals(['A', 'B', 'C', 'D']);
  if (!two || !four || two.length !== 1 || four.length !== 3) return undefined;
  return { pair: two[0], start: four[0], middle: four[1], end: four[2] };
}

function joinWith(pattern, items) {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return items[0] + pattern.pair + items[1];
  let text = items[0] + pattern.start + items[1];
  for (let i = 2; i < items.length - 1; i++) text += pattern.middle + items[i];
  return text + pattern.end + items.at(-1);
}

function reproducesIntl(format, pattern) {
  for (let n = 2; n <= 5; n++) {
    for (let offset = 0; offset < CORPUS.length; offset++) {
      const items = Array.from({ length: n }, (_, i) => CORPUS[(offset + i) % CORPUS.length]);
      if (joinWith(pattern, items) !== format.format(items)) return false;
    }
  }
  return true;
}

function listPatterns(locales) {
  const table = {};
  for (const locale of locales) {
    for (const style of STYLES) {
      const format = new Intl.ListFormat(locale, { type: 'conjunction', style });
      const pattern = separators(format);
      if (pattern && reproducesIntl(format, pattern)) table[`${locale}|${style}`] = pattern;
    }
  }
  return table;
}

// Joins a table's strings; no region name contains it (checked below). The runtime splits by the
// same character, which the generated module exports.
export const REGION_SEPARATOR = '|';

/** Every two-letter code Intl names, and each locale's names for them in the same order. */
function regionNames(locales) {
  const letters = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));
  const all = letters.flatMap((first) => letters.map((second) => first + second));
  const english = new Intl.DisplayNames('en', { type: 'region', fallback: 'code' });
  const codes = all.filter((code) => english.of(code) !== code);
  const names = {};
  for (const locale of locales) {
    const display = new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' });
    // A code English does not name must not be named in this locale either, or the table would miss it.
    if (all.some((code) => !codes.includes(code) && display.of(code) !== code)) continue;
    const localized = codes.map((code) => display.of(code));
    if (localized.some((name) => name.includes(REGION_SEPARATOR))) continue;
    names[locale] = localized.join(REGION_SEPARATOR);
  }
  return { regionCodes: codes.join(REGION_SEPARATOR), regionNames: names };
}

function isOwnLocale(tag) {
  try {
    return new Intl.DateTimeFormat(tag).resolvedOptions().locale === tag;
  } catch {
    return false;
  }
}

/**
 * The regional locales of the shipped languages that show dates or lists otherwise than their
 * language ("en-GB", "pt-PT", "zh-TW"; "pt-BR" is "pt"), each with its shipped language (which
 * names its countries), and their tables, one per distinct set. ICU keeps every locale's data
 * once loaded and V8 collects dropped formatters late, so a page is formatted from these tables
 * alone: what a process holds is this fixed list, whatever the tags it is given.
 */
function regionalTables(root, shipped, shippedDates, shippedLists) {
  const letters = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));
  const english = new Intl.DisplayNames('en', { type: 'region', fallback: 'code' });
  const regions = letters
    .flatMap((first) => letters.map((second) => first + second))
    .filter((code) => english.of(code) !== code);
  const shown = (tables, locale) =>
    JSON.stringify([tables.datePatterns[locale], ...STYLES.map((style) => tables.listPatterns[`${locale}|${style}`])]);
  const own = { datePatterns: shippedDates, listPatterns: shippedLists };
  const candidates = shipped
    .flatMap((language) => regions.map((region) => `${language}-${region}`))
    .filter(isOwnLocale);
  const tables = { datePatterns: datePatterns(root, candidates), listPatterns: listPatterns(candidates) };
  const languageOf = {};
  const sets = [];
  const setOf = {};
  for (const tag of candidates) {
    // "zh-HK" is Traditional Chinese: its shipped language is the one its likely script names.
    const likely = new Intl.Locale(tag).maximize();
    const language = shipped.includes(`${likely.language}-${likely.script}`)
      ? `${likely.language}-${likely.script}`
      : likely.language;
    const patterns = JSON.parse(tables.datePatterns[tag]);
    const complete = Object.values(patterns).every((precisions) =>
      ['year', 'month', 'day'].every((precision) => precisions[precision]),
    );
    if (!complete || shown(tables, tag) === shown(own, language)) continue;
    const lists = Object.fromEntries(
      STYLES.map((style) => [style, tables.listPatterns[`${tag}|${style}`]]).filter(([, pattern]) => pattern),
    );
    const set = JSON.stringify({ datePatterns: tables.datePatterns[tag], listPatterns: JSON.stringify(lists) });
    if (!(set in setOf)) {
      setOf[set] = sets.length;
      sets.push(JSON.parse(set));
    }
    languageOf[tag] = [language, setOf[set]];
  }
  return { regionalLocales: languageOf, regionalSets: sets };
}

/**
 * The tables for the shipped languages, each by language (date patterns and country names as
 * strings), and for their regional locales. The pages are formatted from these alone, so every
 * shipped language must have every date pattern and its countries' names.
 */
export function intlTables(root, locales) {
  const dates = datePatterns(root, locales);
  const lists = listPatterns(locales);
  const regions = regionNames(locales);
  for (const locale of locales) {
    const patterns = Object.values(JSON.parse(dates[locale]));
    if (!patterns.every((precisions) => ['year', 'month', 'day'].every((precision) => precisions[precision])))
      throw new Error(`${locale}: a date pattern is not exact`);
    if (!regions.regionNames[locale]) throw new Error(`${locale}: its country names disagree with English's codes`);
  }
  return { datePatterns: dates, listPatterns: lists, ...regions, ...regionalTables(root, locales, dates, lists) };
}
