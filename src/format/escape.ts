/**
 * HTML escaping, in one place. The page escapes as Handlebars does (the templates compiled by
 * scripts/compile-templates.mjs print every value through `escapeHtml`); Markdown escapes as
 * marked does (`escapeAsMarked`), because the recognizers in front of marked (src/format/markdown.ts)
 * must give marked's own bytes. One implementation, two tables; `escapedLength` counts what
 * `escapeHtml` writes.
 */
import { isolate } from './bidi';

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

/** A function escaping the characters of `table` (ASCII), which `special` finds. */
function escaper(table: Escapes, special: RegExp): (text: string) => string {
  // Entities by character code, found in one pass: a replace calling a function per character
  // found took a fifth of a render of Markdown shown as written (sixteen ">" a line).
  const entities: Array<string | undefined> = new Array<string | undefined>(128).fill(undefined);
  for (const [char, entity] of Object.entries(table)) entities[char.charCodeAt(0)] = entity;
  return (text) => {
    // Tested first: most text has nothing to escape.
    if (!special.test(text)) return text;
    let out = '';
    let copied = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const entity = code < 128 ? entities[code] : undefined;
      if (entity === undefined) continue;
      out += text.slice(copied, i) + entity;
      copied = i + 1;
    }
    return out + text.slice(copied);
  };
}

// Literals, which the regular-expression test can check; a test checks they find exactly the tables' keys.
export const ESCAPABLE = /[&<>"'`=]/;
export const escapeHtml = escaper(HANDLEBARS, ESCAPABLE);
export const escapeAsMarked = escaper(MARKED, /[&<>"']/);

/**
 * What the templates print for a text: isolated for direction (src/format/bidi.ts), then escaped.
 * Most text needs neither, which one search of both sets (ESCAPABLE and bidi's MOVES_NEIGHBOURS,
 * as one class; a test checks it) finds at about half the cost of searching each.
 */
export const ESCAPABLE_OR_MOVES =
  /[&<>"'`=\u0590-\u08ff\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefe\ud802\ud803\ud83a\ud83b]/;
export function escapeIsolated(text: string): string {
  return ESCAPABLE_OR_MOVES.test(text) ? escapeHtml(isolate(text)) : text;
}

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
