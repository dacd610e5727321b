import { listPatterns } from '../generated/intl-tables';
import { parsedPerLanguage } from '../i18n/tables';
import { isolate } from './bidi';
import { cachedFormatter } from './formatter-cache';

export interface ListPart {
  text: string;
  /** Index into the listed items for an item; undefined for the separators between them. */
  index?: number;
}

/** A locale's separators for two items (`pair`) and for longer lists, from Intl at build time. */
export interface ListPattern {
  pair: string;
  start: string;
  middle: string;
  end: string;
}

const listFormats = new Map<string, Intl.ListFormat>();

function listFormatFor(locale: string, style: Intl.ListFormatStyle): Intl.ListFormat {
  return cachedFormatter(
    listFormats,
    `${locale}|${style}`,
    () => new Intl.ListFormat(locale, { type: 'conjunction', style }),
  );
}

function separatorBefore(pattern: ListPattern, index: number, count: number): string {
  if (count === 2) return pattern.pair;
  if (index === 1) return pattern.start;
  return index === count - 1 ? pattern.end : pattern.middle;
}

/**
 * Splits a localized "A, B, and C" into items, each isolated for direction, and separators, so
 * each item can be styled. The locales use their build-time separators (the first Intl formatter
 * in a process costs ~20 ms); only those no fixed pattern gives (Spanish "y" before "i" is "e")
 * use Intl, a formatter per locale and style of a fixed list. Lists of one need neither.
 */
// CLDR writes "A, B, & C"; CVs write "A, B & C": an ampersand takes no comma before it.
function withoutCommaBeforeAmpersand(separator: string): string {
  return separator === ', & ' ? ' & ' : separator;
}

// A regional locale's separators ("en-GB" writes "A, B and C"), parsed on its first list.
const regionalPatterns = parsedPerLanguage(
  (tables) => tables.listPatterns,
  (source) => JSON.parse(source) as Partial<Record<Intl.ListFormatStyle, ListPattern>>,
);

export function listParts(items: readonly string[], locale: string, style: Intl.ListFormatStyle = 'long'): ListPart[] {
  const pattern = listPatterns[`${locale}|${style}`] ?? regionalPatterns(locale)?.[style];
  if (items.length <= 1 || pattern) {
    const parts: ListPart[] = [];
    for (let index = 0; index < items.length; index++) {
      if (index > 0) parts.push({ text: withoutCommaBeforeAmpersand(separatorBefore(pattern, index, items.length)) });
      parts.push({ text: isolate(items[index]), index });
    }
    return parts;
  }
  let next = 0;
  return listFormatFor(locale, style)
    .formatToParts(items)
    .map((part) =>
      part.type === 'element'
        ? { text: isolate(part.value), index: next++ }
        : { text: withoutCommaBeforeAmpersand(part.value) },
    );
}

export function formatList(items: string[], locale: string, style: Intl.ListFormatStyle = 'long'): string {
  return listParts(items, locale, style)
    .map((part) => part.text)
    .join('');
}
