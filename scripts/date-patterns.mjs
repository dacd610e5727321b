// Date patterns of the shipped locales, taken from Intl at build time. A fresh process pays about
// 20 ms for its first Intl.DateTimeFormat (ICU's locale data); with these tables a CV in a shipped
// language renders its dates without it. The table is exact: a pattern is kept only if every
// month and day formats to the same skeleton, and a test compares it with Intl for every date.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// The codes of DatePattern.parts in src/format/dates.ts.
const YEAR = 0;
const MONTH = 1;
const DAY = 2;

function skeleton(formatter, date) {
  return formatter.formatToParts(date).map((part) => {
    if (part.type === 'literal') return part.value;
    if (part.type === 'year') return part.value === String(date.getUTCFullYear()) ? YEAR : null;
    if (part.type === 'month') return MONTH;
    if (part.type === 'day') return DAY;
    return null;
  });
}

function pattern(locale, options) {
  const formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  const reference = JSON.stringify(skeleton(formatter, new Date(Date.UTC(2023, 0, 15))));
  if (reference.includes('null')) return undefined;
  const months = [];
  for (let month = 0; month < 12; month++) {
    for (const day of [1, 9, 10, 28]) {
      const date = new Date(Date.UTC(2023, month, day));
      if (JSON.stringify(skeleton(formatter, date)) !== reference) return undefined;
    }
    months.push(formatter.formatToParts(new Date(Date.UTC(2023, month, 15))).find((p) => p.type === 'month')?.value ?? '');
  }
  return { parts: JSON.parse(reference), months, twoDigitDay: options.day === '2-digit' };
}

export function datePatterns(root) {
  const fields = JSON.parse(readFileSync(join(root, 'src', 'format', 'date-fields.json'), 'utf8'));
  const locales = readdirSync(join(root, 'src', 'i18n', 'messages')).map((file) => file.replace(/\.json$/, ''));
  const table = {};
  for (const locale of locales) {
    for (const [style, precisions] of Object.entries(fields)) {
      for (const [precision, options] of Object.entries(precisions)) {
        const found = pattern(locale, options);
        if (found) table[`${locale}|${style}|${precision}`] = found;
      }
    }
  }
  return table;
}
