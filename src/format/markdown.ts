import { Marked, type Tokens } from 'marked';
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
const marked = new Marked({
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
});

/**
 * Most resume text is plain prose; it skips the parser when nothing in it could be Markdown:
 * no inline markup or entity characters, no block marker at its start, no autolink candidate.
 * The result is exactly what marked would produce for it (a test checks this).
 */
const INLINE_SYNTAX = /[\\`*_~[\]<>&!|@\n\r]|https?:|www\.|ftp:/i;
const BLOCK_START = /^(?:\s|[-+*#>=]|\d+[.)])/;

function isPlainText(text: string): boolean {
  return !INLINE_SYNTAX.test(text) && !BLOCK_START.test(text) && !/\s$/.test(text);
}

/** Renders paragraphs, lists and the like; the result is safe to place in the page as is. */
export function markdownBlock(text: string): string {
  if (isPlainText(text)) return `<p>${escapeHtml(text)}</p>\n`;
  return marked.parse(text, { async: false });
}

/** Renders one line of inline Markdown (emphasis, links, code) for list items and titles. */
export function markdownInline(text: string): string {
  if (isPlainText(text)) return escapeHtml(text);
  return marked.parseInline(text, { async: false });
}
