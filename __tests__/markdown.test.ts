import fc from 'fast-check';
import { Marked } from 'marked';
import { escapeHtml, isOneParagraph, isPlainText, markdownBlock, markdownInline, markdownOptions, newMarkdownBudget } from '../src/format/markdown';
/** One field rendered as in a fresh render, with a whole budget of marks. */
const block = (text: string) => markdownBlock(text, newMarkdownBudget());
const inline = (text: string) => markdownInline(text, newMarkdownBudget());

describe('markdownBlock', () => {
  test('renders emphasis, lists and safe links', () => {
    expect(block('**bold** and *it*')).toBe('<p><strong>bold</strong> and <em>it</em></p>\n');
    expect(block('- a\n- b')).toBe('<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n');
    expect(block('[site](https://example.com)')).toBe('<p><a href="https://example.com/">site</a></p>\n');
    expect(block('write to a@b.co')).toBe('<p>write to <a href="mailto:a@b.co">a@b.co</a></p>\n');
  });

  test.each([
    ['<script>alert(1)</script>', '<script'],
    ['<img src=x onerror=alert(1)>', '<img'],
    ['<div onclick="x()">hi</div>', '<div'],
    ['<svg><animate onbegin=alert(1)>', '<svg'],
    ['<math><mtext><style><img src=x onerror=alert(1)>', '<style'],
    ['<a href="javascript:alert(1)">x</a>', '<a'],
    ['<iframe src="https://evil.example"></iframe>', '<iframe'],
  ])('raw HTML %p is shown as text', (input, forbidden) => {
    const html = block(input);
    expect(html).not.toContain(forbidden);
    expect(html).toContain(escapeHtml(input).slice(0, 8));
  });

  test.each([
    '[x](javascript:alert(1))',
    '[x](JAVASCRIPT:alert(1))',
    '[x](&#106;avascript:alert(1))',
    '[x](java&#x09;script:alert(1))',
    '[x](vbscript:msgbox(1))',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '<javascript:alert(1)>',
    '[x][r]\n\n[r]: javascript:alert(1)',
  ])('link %p loses its dangerous target but keeps its text', (input) => {
    const html = block(input);
    expect(html).not.toMatch(/href|<a /);
  });

  test('images become their alt text: the page fetches nothing', () => {
    expect(block('![a photo](https://example.com/x.png)')).toBe('<p>a photo</p>\n');
  });

  test('headings become bold paragraphs so the page outline stays intact', () => {
    expect(block('# Big')).toBe('<p><strong>Big</strong></p>\n');
  });

  test('text inside raw <pre> or <script> blocks is escaped too', () => {
    const html = block('<pre>a & <b> "q"</pre>');
    expect(html).not.toMatch(/<pre|<b>/);
    expect(html).toContain('&amp;');
  });
});

describe('markdownInline', () => {
  test('renders inline markup without a paragraph', () => {
    expect(inline('Led **5** people')).toBe('Led <strong>5</strong> people');
  });
  test('escapes raw HTML', () => {
    expect(inline('a <b>b</b>')).toBe('a &lt;b&gt;b&lt;/b&gt;');
  });
});

describe('the plain-text fast path gives what marked would', () => {
  // The same renderer as the theme's, minus nothing: the fast path must be invisible.
  const reference = new Marked({ async: false, gfm: true });
  const samples = [
    'Plain prose, with commas; and (parentheses).',
    'Quotes "double" and \'single\' and “curly” ones.',
    'Numbers 1.5 and 2022 and 4.18/4.30.',
    'Unicode: 한국어, 日本語, العربية, emoji 🎓.',
    'A line ending with a period.',
    'Hyphen-ated and en–dash and em—dash.',
    'Percent 100% and dollar $5 and hash in the middle # here.',
  ];
  test.each(samples)('%p', (sample) => {
    expect(block(sample)).toBe(reference.parse(sample));
    expect(inline(sample)).toBe(reference.parseInline(sample));
  });
});

test('property: for any text judged plain, the fast path equals marked', () => {
  const reference = new Marked({ async: false, gfm: true });
  // Words and every character that means something to Markdown somewhere.
  const piece = fc.oneof(
    fc.constantFrom(...' \t\n*_`~<>[]()!&#|@:.-+=\\/\'"0123456789abcXYZ한'.split('')),
    fc.constantFrom('www.', 'http://', 'https://a.b', 'ftp://', '&amp;', '&#39;', 'a@b.co', '[4]', '](x)', '1. ', '- ', '# '),
  );
  const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(text, (s) => {
      if (!isPlainText(s)) return true;
      return block(s) === reference.parse(s) && inline(s) === reference.parseInline(s);
    }),
    { numRuns: 5000 },
  );
});

test('property: for any one-paragraph text, the inline path equals a full block parse', () => {
  const reference = new Marked(markdownOptions);
  const piece = fc.oneof(
    fc.constantFrom(...' \t\n*_`~<>[]()!&#|@:.-+=\\/\'"0123456789abcXYZ한'.split('')),
    fc.constantFrom('**b**', '*i*', '`c`', '[l](https://x.org)', '<b>', '<div>', '&amp;', 'www.x.org', 'a@b.co', '1. ', '- ', '# ', '> ', '---', '***', '```', '| a |', '[r]: https://x.org'),
  );
  const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(text, (s) => !isOneParagraph(s) || block(s) === reference.parse(s, { async: false })),
    { numRuns: 5000 },
  );
});

test('ordinary resume sentences take the fast path', () => {
  for (const s of ['Go Sooners and Cardinal!', 'R&D lead', 'Empirical analysis of self-supervised Vision Transformers [4]', 'A | B', '4.18/4.30']) {
    expect(isPlainText(s)).toBe(true);
  }
});
