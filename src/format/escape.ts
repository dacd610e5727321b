/**
 * HTML escaping, in one place. The page escapes as Handlebars does (the templates compiled by
 * scripts/compile-templates.mjs print every value through `escapeHtml`); Markdown escapes as
 * marked does (`escapeAsMarked`), because the recognizers in front of marked (src/format/markdown.ts)
 * must give marked's own bytes. One implementation, two tables; `escapedLength` counts what
 * `escapeHtml` writes.
 */

type Escapes = Readonly<Record<string, string>>;

/** Handlebars' escapeExpression table. */
const HANDLEBARS: Escapes = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};

/** marked's table. */
const MARKED: Escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A function escaping the characters of `table`, which `special` and `specials` (global) find. */
function escaper(table: Escapes, special: RegExp, specials: RegExp): (text: string) => string {
  const replace = (char: string) => table[char];
  // Tested first: most text has nothing to escape, and a replace that finds nothing costs more.
  return (text) => (special.test(text) ? text.replace(specials, replace) : text);
}

// Literals, which the regular-expression test can check; a test checks they find exactly the tables' keys.
export const ESCAPABLE = /[&<>"'`=]/;
export const escapeHtml = escaper(HANDLEBARS, ESCAPABLE, /[&<>"'`=]/g);
export const escapeAsMarked = escaper(MARKED, /[&<>"']/, /[&<>"']/g);

/** The tables, for the test that the patterns match them. */
export const ESCAPE_TABLES = { HANDLEBARS, MARKED };

/** The length of `text` in the page, in UTF-16 units, escapes included; counted without copies. */
export function escapedLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) length += HANDLEBARS[text[i]]?.length ?? 1;
  return length;
}

/** The length of one character (a code point) in the page. */
export function escapedCharLength(char: string): number {
  return HANDLEBARS[char]?.length ?? char.length;
}
