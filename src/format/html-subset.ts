/**
 * The HTML that site templates write in descriptions, read as a small safe subset: links to http,
 * https and mailto addresses, line breaks, emphasis, and sub- and superscripts. Every other tag,
 * attribute and comment is dropped and its text kept; text is escaped. Tags are then balanced over
 * the whole field's HTML (`balanced`), so no unclosed or stray tag of a description can reach the
 * page's own structure. Linear: one scan to read, one to balance.
 */
import { escapeAsMarked } from './escape';
import { safeUrl } from './urls';

// The subset, by tag name as written, to the tag the page gets (b and i read as strong and em).
const KEPT = new Map([
  ['a', 'a'],
  ['br', 'br'],
  ['em', 'em'],
  ['i', 'em'],
  ['strong', 'strong'],
  ['b', 'strong'],
  ['sub', 'sub'],
  ['sup', 'sup'],
]);
const TAG_NAME = /^(\/?)([a-z][a-z0-9]*)/i;
// An href in any of HTML's three quotings; the other attributes are dropped.
const HREF = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

// The entities such text holds: decoded, then escaped again, so "R&amp;D" reads "R&D" once.
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
};
const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,6}));/gi;

/** A code point the page may hold: no control or direction-control character, no lone surrogate. */
function printableCode(code: number): boolean {
  return (
    (code >= 0x20 || code === 0x09 || code === 0x0a) &&
    !(code >= 0x7f && code <= 0x9f) &&
    !(code >= 0xd800 && code <= 0xdfff) &&
    !(code >= 0x202a && code <= 0x202e) &&
    !(code >= 0x2066 && code <= 0x2069) &&
    code !== 0x200e &&
    code !== 0x200f &&
    code <= 0x10ffff
  );
}

function decoded(text: string): string {
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    const code = decimal ? Number(decimal) : hex ? parseInt(hex, 16) : undefined;
    if (code !== undefined) return printableCode(code) ? String.fromCodePoint(code) : '';
    return ENTITIES[(name ?? '').toLowerCase()] ?? whole;
  });
}

/** One tag of the subset as the page writes it, or '' for a tag that is dropped. */
function keptTag(inside: string): string {
  const name = TAG_NAME.exec(inside);
  const tag = name && KEPT.get(name[2].toLowerCase());
  if (!name || !tag) return '';
  if (name[1]) return tag === 'br' ? '' : `</${tag}>`;
  if (tag !== 'a') return `<${tag}>`;
  const href = HREF.exec(inside.slice(name[0].length));
  const url = href && safeUrl(decoded(href[1] ?? href[2] ?? href[3] ?? ''));
  return url && !url.startsWith('tel:') ? `<a href="${escapeAsMarked(url)}">` : '';
}

/** What a field's parse met: HTML of its own, and whether a tag of it was kept. */
export interface HtmlSeen {
  html: boolean;
  tags: boolean;
}

/** HTML as a template wrote it, read into the subset; `seen` is told so. */
export function htmlSubset(raw: string, seen: HtmlSeen): string {
  seen.html = true;
  let out = '';
  let at = 0;
  while (at < raw.length) {
    const open = raw.indexOf('<', at);
    if (open < 0) break;
    out += escapeAsMarked(decoded(raw.slice(at, open)));
    if (raw.startsWith('<!--', open)) {
      const end = raw.indexOf('-->', open + 4);
      at = end < 0 ? raw.length : end + 3;
      continue;
    }
    const close = raw.indexOf('>', open + 1);
    const inside = close < 0 ? '' : raw.slice(open + 1, close);
    // A "<" that opens no tag ("a < b", "<3") is text.
    if (close < 0 || !/^\/?[a-z]/i.test(inside)) {
      out += '&lt;';
      at = open + 1;
      continue;
    }
    const tag = keptTag(inside);
    if (tag) seen.tags = true;
    out += tag;
    at = close + 1;
  }
  return out + escapeAsMarked(decoded(raw.slice(at)));
}

const VOID = new Set(['br', 'hr', 'img', 'input']);

/** The name of the tag `html` has between `open` ("<") and `close` (">"), lower-cased, and whether it closes. */
function tagAt(html: string, open: number, close: number): { name: string; closing: boolean } {
  const closing = html[open + 1] === '/';
  let end = open + (closing ? 2 : 1);
  while (end < close && /[a-z0-9]/i.test(html[end])) end++;
  return { name: html.slice(open + (closing ? 2 : 1), end).toLowerCase(), closing };
}

/** A field's HTML once its own HTML is read: its tags balanced, and no paragraph left empty by a dropped tag. */
export function tidied(html: string, seen: HtmlSeen): string {
  const nesting = seen.tags ? balanced(html) : html;
  return nesting.replace(EMPTY_PARAGRAPH, '');
}

const EMPTY_PARAGRAPH = /<p>\s*<\/p>\n?/g;

/**
 * HTML whose tags all nest: a closing tag closes what is open inside it first; one with nothing of
 * its name open is dropped; whatever is open at the end is closed. Run over a field's HTML when a
 * description's own tags are in it (marked's tags always nest). Every "<" in it starts a tag:
 * text is escaped before it gets here.
 */
function balanced(html: string): string {
  const open: string[] = [];
  // How many of each name are open, so a stray closer costs no search of the stack.
  const count = new Map<string, number>();
  let out = '';
  let at = 0;
  for (let start = html.indexOf('<'); start >= 0; start = html.indexOf('<', at)) {
    const close = html.indexOf('>', start);
    if (close < 0) break;
    const { name, closing } = tagAt(html, start, close);
    out += html.slice(at, start);
    at = close + 1;
    if (VOID.has(name)) {
      if (!closing) out += html.slice(start, at);
    } else if (!closing) {
      open.push(name);
      count.set(name, (count.get(name) ?? 0) + 1);
      out += html.slice(start, at);
    } else if ((count.get(name) ?? 0) > 0) {
      for (let top = open.pop(); top !== undefined; top = open.pop()) {
        count.set(top, (count.get(top) ?? 1) - 1);
        out += `</${top}>`;
        if (top === name) break;
      }
    }
  }
  out += html.slice(at);
  for (let top = open.pop(); top !== undefined; top = open.pop()) out += `</${top}>`;
  return out;
}
