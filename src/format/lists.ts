export interface ListPart {
  text: string;
  /** Index into the listed items for an item; undefined for the separators between them. */
  index?: number;
}

const listFormats = new Map<string, Intl.ListFormat>();

function listFormatFor(locale: string, style: Intl.ListFormatStyle): Intl.ListFormat {
  const key = `${locale}|${style}`;
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction', style });
    listFormats.set(key, format);
  }
  return format;
}

/** Splits a localized "A, B, and C" into items and separators, so each item can be styled. */
export function listParts(items: string[], locale: string, style: Intl.ListFormatStyle = 'long'): ListPart[] {
  // A list of one needs no separator, and no Intl (its first use in a process costs ~20 ms).
  if (items.length <= 1) return items.map((text, index) => ({ text, index }));
  let next = 0;
  return listFormatFor(locale, style)
    .formatToParts(items)
    .map((part) => (part.type === 'element' ? { text: part.value, index: next++ } : { text: part.value }));
}

export function formatList(items: string[], locale: string, style: Intl.ListFormatStyle = 'long'): string {
  if (items.length <= 1) return items.join('');
  return listFormatFor(locale, style).format(items);
}
