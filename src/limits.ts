/**
 * The caps that keep one render's time and memory linear in its input, whatever the input. Each
 * is far above what a real CV holds (the longest real summaries are a few KB; the largest
 * collaborations list a few thousand authors). Past a cap nothing is cut silently: text ends
 * with an ellipsis and a list ends with an ellipsis item. The README's "Limits" lists them.
 */
import { dropped } from './observe';

export const LIMITS = {
  /** Characters in a one-line field: a name, title, date, URL, location. */
  lineChars: 2_000,
  /**
   * Characters of `basics.image`, a photo embedded as a data URI (a 400×400 JPEG is about 40 KB);
   * past it, or when it is no PNG, JPEG, GIF or WebP, no photo is shown.
   */
  photoChars: 1_048_576,
  /** Characters in a Markdown field (summary, highlight, description); past it, escaped text. */
  markdownChars: 20_000,
  /**
   * Runs of emphasis characters (`*`, `_`, `~`) in one Markdown field. marked searches the rest
   * of the text for a closer of each run, which is quadratic when runs are dense; a field with
   * more is shown as escaped text.
   */
  emphasisRunsPerField: 100,
  /**
   * The Markdown one render lets marked interpret, across all fields, in units of under a
   * microsecond of marked's work: each mark (`*_~\`|-[]<>&\`) is one, and text parsed as blocks
   * (more than one paragraph) also spends one per line and two per level a line nests (a quote or
   * list marker, four columns of indent): marked makes a block of each, at 1 to 3 µs a block,
   * marks or not. Past this budget, fields are shown as escaped text.
   */
  markdownWorkPerRender: 50_000,
  /**
   * The HTML one Markdown field may become: `perChar` characters per character of the field,
   * plus `perField`. Markdown is mostly copied; what can multiply it (a table's rows padded to
   * its header's width, one reference definition's URL in every link that uses it, deep quotes)
   * is stopped here, and the field is shown as escaped text. Tables are also checked before
   * parsing: a field whose tables could have more cells than it has characters is not parsed.
   */
  markdownOutput: { perChar: 10, perField: 256 },
  /** How deeply Markdown blocks (quotes, lists) may nest; marked recurses once per level. */
  markdownDepth: 16,
  /** Characters of an author list written as one string ("A, B and C"). */
  authorListChars: 200_000,
  /** Authors of one publication. */
  authorsPerPublication: 5_000,
  /** Entries of one section. */
  entriesPerSection: 2_000,
  /**
   * Entries of the whole page, section after section in the order they are read (custom sections
   * last); a section past it still shows its first entry and how many it leaves out.
   */
  entriesPerPage: 10_000,
  /** Items of a list inside an entry: highlights, keywords, courses, links, profiles, events. */
  itemsPerList: 500,
  /** `meta.themeOptions.nameForms`: the other ways the owner's name is written. */
  nameForms: 50,
  /** Words in a name used to recognize the owner among authors; a longer one is not a name. */
  nameWords: 12,
  /**
   * Currencies whose amounts one render formats with Intl's currency formatter (each costs ~30 µs
   * to make); amounts in any further currency read as the number and its code ("5,000 XYZ").
   */
  currenciesPerRender: 8,
  /** Characters of a theme colour; no CSS colour is longer. */
  colorChars: 64,
} as const;

/** Marks a cut: the last character of cut text, and the last item of a cut list. */
export const ELLIPSIS = '…';

/** `text` cut to at most `max` UTF-16 units plus an ellipsis, never inside a surrogate pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  dropped(text, `cut at ${max} characters`);
  const end = /[\ud800-\udbff]/.test(text[max - 1]) ? max - 1 : max;
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/**
 * At most `max` elements of a list, and how many more there were (`left`, 0 for none). Only `max` indices
 * and the last are ever looked at: a JavaScript caller's array may claim a `length` of billions
 * with nothing in it.
 */
export function capList(
  list: readonly unknown[],
  max: number,
  why?: string,
): { items: readonly unknown[]; left: number } {
  // Within the cap the list itself serves: callers only read it.
  const items = list.length <= max ? list : list.slice(0, max);
  let left = 0;
  // A list with its element at the cap and its last one is taken as full, as a parsed file's
  // always is; Object.keys lists the real elements of a sparse array alone.
  if (list.length > max)
    left =
      max in list && list.length - 1 in list ? list.length - max : Object.keys(list).length - Object.keys(items).length;
  if (left > 0)
    dropped(list, `only the first ${max === 1 ? 'item is' : `${max} items are`} shown${why ? `: ${why}` : ''}`);
  return { items, left };
}
