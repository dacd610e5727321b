import type { Marked, MarkedExtension, Tokens } from 'marked';
import { safeUrl } from './urls';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

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
      return escapeHtml(token.text);
    },
    text(token: Tokens.Text | Tokens.Escape) {
      if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
      // Inside <script>/<pre> blocks marked leaves text unescaped, trusting the raw HTML around it.
      return escapeHtml(token.text);
    },
    link(token: Tokens.Link) {
      const label = this.parser.parseInline(token.tokens);
      const href = safeUrl(token.href);
      return href ? `<a href="${escapeHtml(href)}">${label}</a>` : label;
    },
    image(token: Tokens.Image) {
      return escapeHtml(token.text);
    },
    heading(token: Tokens.Heading) {
      return `<p><strong>${this.parser.parseInline(token.tokens)}</strong></p>\n`;
    },
  },
};

// The bundler resolves this require at build time into a lazily initialized module.
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
const INLINE_SYNTAX = /[\\`*_~<\n\r@]|\]\(|!\[|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);|(?:https?|ftp):\/\/|www\./i;
// List items and rules need a space or the end after their marker: "4.18/4.30" is prose.
const BLOCK_START = /^(?:\s|[#>=[]|[-+*](?:\s|$)|---|\d+[.)](?:\s|$))/;

export function isPlainText(text: string): boolean {
  return text.length > 0 && !INLINE_SYNTAX.test(text) && !BLOCK_START.test(text) && !/\s$/.test(text);
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

/** Renders paragraphs, lists and the like; the result is safe to place in the page as is. */
export function markdownBlock(text: string): string {
  if (isPlainText(text)) return `<p>${escapeHtml(text)}</p>\n`;
  // For one paragraph the inline parser gives the same HTML without marked's block lexer, whose
  // first use in a process costs ~40 ms (a property test checks the equality).
  if (isOneParagraph(text)) return `<p>${markdownParser().parseInline(text, { async: false })}</p>\n`;
  return markdownParser().parse(text, { async: false });
}

/** Renders one line of inline Markdown (emphasis, links, code) for list items and titles. */
export function markdownInline(text: string): string {
  if (isPlainText(text)) return escapeHtml(text);
  return markdownParser().parseInline(text, { async: false });
}
