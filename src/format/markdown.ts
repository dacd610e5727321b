import type { Marked, MarkedExtension, Tokens } from 'marked';
import { cutText, LIMITS } from '../limits';
import { escapeAsMarked } from './escape';
import { htmlSubset, tidied, type HtmlSeen } from './html-subset';
import { safeUrl } from './urls';

/**
 * Markdown rendered with an allow-list: marked emits only its own tags, raw HTML is shown as text,
 * links survive only with a safe scheme, images become their alt text (no outside request) and
 * headings become bold paragraphs (the page's own heading outline stays intact).
 */
export const markdownOptions: MarkedExtension = {
  async: false,
  gfm: true,
  breaks: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag) {
      // Site templates' HTML, read into its safe subset; a block of it is a paragraph.
      const html = htmlSubset(token.text, descriptionTags);
      return token.block && html.trim() ? `<p>${html.trim()}</p>\n` : token.block ? '' : html;
    },
    text(token: Tokens.Text | Tokens.Escape) {
      if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
      // Inside <script>/<pre> blocks marked leaves text unescaped, trusting the raw HTML around it.
      return escapeAsMarked(token.text);
    },
    link(token: Tokens.Link) {
      const label = this.parser.parseInline(token.tokens);
      const href = safeUrl(token.href);
      if (!href) return label;
      // A reference definition's URL is copied into every link that uses it: the one place where
      // marked's output is not linear in its input, so spent from the field's allowance here.
      const attribute = escapeAsMarked(href);
      spendOutput(attribute.length);
      return `<a href="${attribute}">${label}</a>`;
    },
    image(token: Tokens.Image) {
      return escapeAsMarked(token.text);
    },
    heading(token: Tokens.Heading) {
      return `<p><strong>${this.parser.parseInline(token.tokens)}</strong></p>\n`;
    },
  },
};

// Resolved at build time: into a lazily initialized module of the ES build, and into a require of
// dist/marked.cjs in the CommonJS build, which Node loads (scripts/build.mjs).
declare const require: (id: 'marked') => typeof import('marked');
let parser: Marked | undefined;

/**
 * marked is loaded on first use: loading it costs about 11 ms and its first parse about 40 ms,
 * which a resume of plain prose (the fast path below) never needs to pay.
 */
function markdownParser(): Marked {
  parser ??= new (require('marked').Marked)(markdownOptions);
  return parser;
}

/**
 * Most resume text is plain prose; it skips the parser when nothing in it could be Markdown on a
 * single line: no emphasis, code, HTML, escape or strikethrough character, no link or image
 * opener, no entity, no autolink candidate, and no block marker at its start. A lone "[4]",
 * "R&D" or "A | B" stays plain. The result is exactly what marked gives (a property test
 * checks this).
 */
const OTHER_INLINE_SYNTAX = /[\\`~<\n\r@]|\]\(|!\[|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);|(?:https?|ftp):\/\/|www\./i;
// List items and rules need a space or the end after their marker: "4.18/4.30" is prose.
const BLOCK_START = /^(?:\s|[#>=[]|[-+*](?:\s|$)|---|\d+[.)](?:\s|$))/;

export function isPlainText(text: string): boolean {
  // includes() first: far cheaper than a pattern, and most text has neither mark.
  const hasEmphasisMark = text.includes('*') || text.includes('_');
  return (
    text.length > 0 &&
    !hasEmphasisMark &&
    !OTHER_INLINE_SYNTAX.test(text) &&
    !BLOCK_START.test(text) &&
    !/\s$/.test(text)
  );
}

// A flood of combining marks (which normalize contains) is 31 marks in a row: it starts with a mark
// and goes on with 30 code units past U+02FF. That plain pattern is searched for without the `u`
// flag, the marks as a few wide ranges that hold every mark of the BMP and every high surrogate (a
// test checks it): V8 scans prose with it at about 2 ns a character, in Latin, Cyrillic and CJK
// alike, where \p{M} took 8 to 18. Only a text with such a run is searched again, exactly.
export const FLOOD_START =
  /[\u0300-\u036f\u0483-\u0489\u0591-\u109d\u135d-\u135f\u1712-\u1dff\u20d0-\u20f0\u2cef-\u2dff\u302a-\u302f\u3099-\u309a\ua66f-\uabed\ufb1e\ufe00-\ufe2f\ud800-\udbff][\u0300-\uffff]{30}/;
const MARK_FLOOD = /\p{M}{31}/u;

/** Whether a text holds more than 30 combining marks in a row. */
export function hasMarkFlood(text: string): boolean {
  return FLOOD_START.test(text) && MARK_FLOOD.test(text);
}

// Control characters, line breaks, every character that starts Markdown syntax and every one
// that HTML escapes, direction controls, and "://", "![" and "www." (':', '!' and 'w' are common
// in prose). NOT_PLAIN_HTML is the same with FLOOD_START after it (the class written again, as the
// pattern must be a literal; the test checks both), so that one search finds most prose plain.
const NOT_PLAIN_CHAR = /[\u0000-\u001f\u007f-\u009f\\`~<>@&*_\]"'\u202a-\u202e\u2066-\u2069]|:\/\/|!\[|[wW]{3}\./;
export const NOT_PLAIN_HTML =
  /[\u0000-\u001f\u007f-\u009f\\`~<>@&*_\]"'\u202a-\u202e\u2066-\u2069]|:\/\/|!\[|[wW]{3}\.|[\u0300-\u036f\u0483-\u0489\u0591-\u109d\u135d-\u135f\u1712-\u1dff\u20d0-\u20f0\u2cef-\u2dff\u302a-\u302f\u3099-\u309a\ua66f-\uabed\ufb1e\ufe00-\ufe2f\ud800-\udbff][\u0300-\uffff]{30}/;
// Checked on the last character: `\s$` would be tried at every position.
const WHITE_SPACE = /\s/;

function hasNotPlainHtml(text: string): boolean {
  const found = NOT_PLAIN_HTML.exec(text);
  if (found === null) return false;
  // A run that may be a flood was found first: the rest of the text may still hold something else.
  return found[0].length < 31 || NOT_PLAIN_CHAR.test(text) || hasMarkFlood(text);
}

/**
 * Whether a text, as written, is its own HTML: one line, within the cap, with nothing Markdown
 * would parse (isPlainText holds) and nothing to escape. Normalizing finds most resume prose so
 * with one search, and the page view then copies it as it is.
 */
export function isPlainHtml(text: string): boolean {
  return (
    text.length > 0 &&
    text.length <= LIMITS.markdownChars &&
    !hasNotPlainHtml(text) &&
    !BLOCK_START.test(text) &&
    !WHITE_SPACE.test(text[text.length - 1])
  );
}

const ALPHANUMERIC = /^[a-z0-9]$/i;
// What may follow a closing "*" or "**" and leave it only a closer: the end, a space, punctuation.
const AFTER_CLOSER = new Set([undefined, ' ', '.', ',', ';', ':', '!', '?', ')']);

/**
 * The one Markdown most resume lines hold, "*this*" or "**that**" (with `*` or `_`), as HTML;
 * undefined for anything else. A run of one or two marks opens only after a space, "(" or the
 * start and before a letter or digit, and closes only after a letter or digit and before a
 * space, the end or punctuation, each opener with its own closer. Such runs can only open or only
 * close, so CommonMark pairs them plainly, and the HTML is exactly marked's (a property test
 * checks this); anything else, other syntax included, is left to marked.
 */
export function emphasisOnly(text: string): string | undefined {
  if (text.length === 0 || OTHER_INLINE_SYNTAX.test(text)) return undefined;
  let html = '';
  let opener: string | undefined;
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const mark = text[i];
    if (mark !== '*' && mark !== '_') continue;
    let end = i + 1;
    while (text[end] === mark) end++;
    const run = text.slice(i, end);
    const before = text[i - 1];
    const after = text[end];
    if (run.length > 2) return undefined;
    if (opener === undefined) {
      if (!(before === undefined || before === ' ' || before === '(') || !ALPHANUMERIC.test(after ?? ''))
        return undefined;
      html += escapeAsMarked(text.slice(copied, i));
      opener = run;
    } else {
      if (run !== opener || !ALPHANUMERIC.test(before) || !AFTER_CLOSER.has(after)) return undefined;
      const tag = run.length === 1 ? 'em' : 'strong';
      html += `<${tag}>${escapeAsMarked(text.slice(copied, i))}</${tag}>`;
      opener = undefined;
    }
    copied = end;
    i = end - 1;
  }
  return opener === undefined ? html + escapeAsMarked(text.slice(copied)) : undefined;
}

/**
 * One line that starts like prose (no block marker, no HTML, fence or table opener, no rule) is
 * one paragraph, whatever inline Markdown it holds.
 */
const NOT_ONE_PARAGRAPH = /[\n\r]|^(?:\s|[#>=[<`~|]|[-+*](?:\s|$)|\d+[.)](?:\s|$))|\s$/;
const THEMATIC_BREAK = /^([-*_])(?:\s*\1){2,}\s*$/;

export function isOneParagraph(text: string): boolean {
  return text.length > 0 && !NOT_ONE_PARAGRAPH.test(text) && !THEMATIC_BREAK.test(text);
}

/**
 * What is left of the HTML the field being parsed may still produce (see LIMITS.markdownOutput).
 * Set before each parse and read by the link renderer, which marked calls synchronously.
 */
let outputLeft = Infinity;

class OutputBudgetSpent extends Error {}

function spendOutput(chars: number): void {
  outputLeft -= chars;
  if (outputLeft < 0) throw new OutputBudgetSpent();
}

/** The most HTML a Markdown field of `length` characters may become (LIMITS.markdownOutput). */
export function outputAllowance(length: number): number {
  return LIMITS.markdownOutput.perChar * length + LIMITS.markdownOutput.perField;
}

/** What one render lets marked interpret (LIMITS.markdownWorkPerRender), spent field by field. */
export interface MarkdownBudget {
  workLeft: number;
}

export function newMarkdownBudget(): MarkdownBudget {
  return { workLeft: LIMITS.markdownWorkPerRender };
}

/** How many marks a text has, and how many runs of emphasis characters ("**", "_", "~~"). */
function countMarks(text: string): { marks: number; emphasisRuns: number } {
  let marks = 0;
  let emphasisRuns = 0;
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The characters that make marked do work beyond copying text: emphasis (* _ ~), code (`),
    // tables (| -), links ([ ]), HTML (< >), entities (&) and escapes (\).
    switch (code) {
      case 42: // *
      case 95: // _
      case 126: // ~
        marks++;
        if (code !== previous) emphasisRuns++;
        break;
      case 96: // `
      case 124: // |
      case 45: // -
      case 91: // [
      case 93: // ]
      case 60: // <
      case 62: // >
      case 38: // &
      case 92: // \
        marks++;
        break;
    }
    previous = code;
  }
  return { marks, emphasisRuns };
}

/**
 * How the blocks of a text nest, line by line: one level per quote or list marker at the start of
 * a line, and one per four columns of indentation. `deepest` is the deepest line's levels, `work`
 * what its lines cost marked (LIMITS.markdownWorkPerRender): one a line and two a level.
 */
function nesting(lines: readonly string[]): { deepest: number; work: number } {
  let deepest = 0;
  let work = 0;
  for (const line of lines) {
    let markers = 0;
    let columns = 0;
    let i = 0;
    for (;;) {
      const char = line[i];
      if (char === ' ' || char === '\t') {
        columns += char === ' ' ? 1 : 4;
        i++;
      } else if (char === '>') {
        markers++;
        // One space after a quote marker belongs to the marker.
        i += line[i + 1] === ' ' ? 2 : 1;
      } else if ((char === '-' || char === '*' || char === '+') && (line[i + 1] === ' ' || line[i + 1] === '\t')) {
        markers++;
        i += 2;
      } else {
        let digits = i;
        while (line[digits] >= '0' && line[digits] <= '9') digits++;
        const ordered = digits > i && (line[digits] === '.' || line[digits] === ')') && line[digits + 1] === ' ';
        if (!ordered) break;
        markers++;
        i = digits + 2;
      }
    }
    const levels = markers + Math.floor(columns / 4);
    deepest = Math.max(deepest, levels);
    work += 1 + 2 * levels;
  }
  return { deepest, work };
}

/**
 * The pipes of a line that may be a table's delimiter row ("|---|:-:|"), or -1 if it cannot be
 * one: only pipes, colons, hyphens and white space after any quote or list markers, with a hyphen
 * and a pipe or colon (marked reads a row of hyphens alone as a rule or a heading's underline).
 */
function delimiterRowPipes(line: string): number {
  let pipes = 0;
  let hyphens = 0;
  let colons = 0;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '|') pipes++;
    else if (char === '-') hyphens++;
    else if (char === ':') colons++;
    else if (!' \t>*+.)0123456789'.includes(char)) return -1;
  }
  return hyphens > 0 && pipes + colons > 0 ? pipes : -1;
}

// What trim() leaves something of: \s is the same white space.
const NOT_BLANK = /\S/;

/**
 * At most how many cells the GFM tables of a text (its lines) have once marked pads every row to
 * its header's width: a table's columns are its delimiter row's cells (at most its pipes plus
 * one), and its rows are at most its header and the lines down to the next blank one. One pass
 * from the end.
 */
export function tableCellBound(lines: readonly string[]): number {
  let bound = 0;
  let linesBelow = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!NOT_BLANK.test(lines[i])) {
      linesBelow = 0;
      continue;
    }
    const pipes = delimiterRowPipes(lines[i]);
    if (pipes >= 0) bound += (pipes + 1) * (linesBelow + 2);
    linesBelow++;
  }
  return bound;
}

/**
 * Whether marked may parse this text: within the length and nesting caps, with few enough
 * emphasis runs and table cells, and within what is left of the render's budget of work (which
 * it then spends). marked is slow, or its output large, on exactly these inputs; anything else is
 * linear for it. `asBlocks`: the text is parsed as blocks, whose lines and levels cost work too.
 */
function mayParse(text: string, asBlocks: boolean, budget: MarkdownBudget): boolean {
  if (text.length > LIMITS.markdownChars) return false;
  const { marks, emphasisRuns } = countMarks(text);
  // Once the marks alone pass what is left, the passes over lines are not needed.
  if (emphasisRuns > LIMITS.emphasisRunsPerField || marks > budget.workLeft) return false;
  let work = marks;
  if (asBlocks) {
    const lines = text.split('\n');
    const blocks = nesting(lines);
    if (blocks.deepest > LIMITS.markdownDepth || tableCellBound(lines) > text.length) return false;
    work += blocks.work;
    if (work > budget.workLeft) return false;
  }
  budget.workLeft -= work;
  return true;
}

/** Text that is not parsed: escaped, cut at the cap, one paragraph per blank-line-separated block. */
function escapedParagraphs(text: string): string {
  // Escaped whole: escaping neither makes nor takes white space, so the paragraphs are the same.
  return escapeAsMarked(cutText(text, LIMITS.markdownChars))
    .split('\n\n')
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${paragraph}</p>\n`)
    .join('');
}

/** What a field's parse met of its own HTML: its output is then tidied. */
const descriptionTags: HtmlSeen = { html: false, tags: false };

/** marked's HTML from `parse`, the field's own HTML in it tidied (src/format/html-subset.ts). */
export function withOwnHtml(parse: () => string): string {
  descriptionTags.html = descriptionTags.tags = false;
  const parsed = parse();
  return descriptionTags.html ? tidied(parsed, descriptionTags) : parsed;
}

/**
 * marked's output for a text, or `fallback` should it throw all the same or produce more than the
 * text's allowance (checked as the output grows where it can grow fastest, and once at the end).
 */
function parsedOr(text: string, parse: () => string, fallback: () => string): string {
  const allowance = outputAllowance(text.length);
  outputLeft = allowance;
  try {
    const html = withOwnHtml(parse);
    return html.length <= allowance ? html : fallback();
  } catch {
    return fallback();
  } finally {
    outputLeft = Infinity;
  }
}

/** Plain text as the one paragraph marked makes of it; `html` is escaped already. */
export function paragraph(html: string): string {
  return `<p>${html}</p>\n`;
}

/** Renders paragraphs, lists and the like; the result is safe to place in the page as is. */
export function markdownBlock(text: string, budget: MarkdownBudget): string {
  if (isPlainText(text) && text.length <= LIMITS.markdownChars) return paragraph(escapeAsMarked(text));
  const escaped = () => escapedParagraphs(text);
  // One paragraph is one line with no block marker: it has no nesting to measure.
  const oneParagraph = isOneParagraph(text);
  if (!mayParse(text, !oneParagraph, budget)) return escaped();
  // For one paragraph the inline parser gives the same HTML without marked's block lexer, whose
  // first use in a process costs ~40 ms (a property test checks the equality).
  if (oneParagraph) {
    const emphasized = emphasisOnly(text);
    if (emphasized !== undefined) return `<p>${emphasized}</p>\n`;
    return parsedOr(text, () => `<p>${markdownParser().parseInline(text, { async: false })}</p>\n`, escaped);
  }
  return parsedOr(text, () => markdownParser().parse(text, { async: false }), escaped);
}

/** Renders one line of inline Markdown (emphasis, links, code) for list items and titles. */
export function markdownInline(text: string, budget: MarkdownBudget): string {
  if (isPlainText(text) && text.length <= LIMITS.markdownChars) return escapeAsMarked(text);
  const escaped = () => escapeAsMarked(cutText(text, LIMITS.markdownChars));
  if (!mayParse(text, false, budget)) return escaped();
  return emphasisOnly(text) ?? parsedOr(text, () => markdownParser().parseInline(text, { async: false }), escaped);
}
