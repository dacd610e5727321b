// List separators of the shipped locales, taken from Intl.ListFormat at build time, so a CV in a
// shipped language joins its author lists without paying for ICU's locale data (~20 ms on the
// first Intl formatter in a process). A locale is kept only if its separators reproduce Intl
// exactly on a corpus that includes Spanish's "y"/"e" and "o"/"u" cases; others use Intl.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const STYLES = ['long', 'short'];
const CORPUS = ['Ana', 'Irene', 'Hilda', 'Otero', 'Honda', 'Yolanda', '이순신', '山田', 'Ørsted', '1', 'X Y', 'and', ''];

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

export function listPatterns(root) {
  const locales = readdirSync(join(root, 'src', 'i18n', 'messages')).map((file) => file.replace(/\.json$/, ''));
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
