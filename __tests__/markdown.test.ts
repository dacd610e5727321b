import fc from 'fast-check';
import { Marked } from 'marked';
import Handlebars from 'handlebars';
import {
  ESCAPABLE,
  ESCAPABLE_OR_MOVES,
  ESCAPE_TABLES,
  escapeAsMarked,
  escapedLength,
  escapeHtml,
  escapeIsolated,
} from '../src/format/escape';
import { isolate, MOVES_NEIGHBOURS } from '../src/format/bidi';
import {
  FLOOD_START,
  NOT_PLAIN_HTML,
  emphasisOnly,
  isOneParagraph,
  isPlainHtml,
  isPlainText,
  markdownBlock,
  markdownInline,
  markdownOptions,
  newMarkdownBudget,
  paragraph,
  withOwnHtml,
} from '../src/format/markdown';
import { markdownField } from '../src/normalize/read';
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
    ['<script>alert(1)</script>', '<script', 'alert(1)'],
    ['<img src=x onerror=alert(1)>', '<img', ''],
    ['<div onclick="x()">hi</div>', '<div', 'hi'],
    ['<svg><animate onbegin=alert(1)>', '<svg', ''],
    ['<math><mtext><style><img src=x onerror=alert(1)>', '<style', ''],
    ['<a href="javascript:alert(1)">x</a>', '<a', 'x'],
    ['<iframe src="https://evil.example"></iframe>', '<iframe', ''],
  ])('raw HTML %p outside the safe subset is dropped, its text kept', (input, forbidden, text) => {
    const html = block(input);
    expect(html).not.toContain(forbidden);
    expect(html).not.toMatch(/on[a-z]+=|javascript:|evil\.example/);
    expect(html).toBe(text ? `<p>${text}</p>\n` : '');
  });

  test('site templates’ HTML is read in its safe subset: links, breaks, emphasis, sub- and superscripts', () => {
    expect(block("A tool. <a href='https://tool.example.org' target='_blank'>Try it here</a>")).toBe(
      '<p>A tool. <a href="https://tool.example.org/">Try it here</a></p>\n',
    );
    expect(block('Line one<br/>Line two')).toBe('<p>Line one<br>Line two</p>\n');
    expect(block('<p>CO<sub>2</sub>, x<sup>2</sup>, <b>bold</b>, <i>it</i> &amp; R&amp;D</p>')).toBe(
      '<p>CO<sub>2</sub>, x<sup>2</sup>, <strong>bold</strong>, <em>it</em> &amp; R&amp;D</p>\n',
    );
    // Tags that do not nest are closed where they must be; one never opened is dropped; an open one is closed.
    expect(block('<b>bold <i>both</b> it</i> </sub> <em>open')).toBe(
      '<p><strong>bold <em>both</em></strong> it  <em>open</em></p>\n',
    );
    expect(block('write <a href="mailto:a@b.co">me</a> or <a href="tel:123">call</a>')).toBe(
      '<p>write <a href="mailto:a@b.co">me</a> or call</p>\n',
    );
    // Entities are read once and escaped again; no control character comes through one.
    expect(block('<p>a &lt;b&gt; &#27;c&#x202E;d &#0;</p>')).toBe('<p>a &lt;b&gt; cd</p>\n');
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
  test('reads raw HTML in its safe subset, and escapes the rest', () => {
    expect(inline('a <b>b</b> <span style="x">c</span> 1 < 2')).toBe('a <strong>b</strong> c 1 &lt; 2');
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
    fc.constantFrom(
      'www.',
      'http://',
      'https://a.b',
      'ftp://',
      '&amp;',
      '&#39;',
      'a@b.co',
      '[4]',
      '](x)',
      '1. ',
      '- ',
      '# ',
    ),
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
    fc.constantFrom(
      '**b**',
      '*i*',
      '`c`',
      '[l](https://x.org)',
      '<b>',
      '<div>',
      '&amp;',
      'www.x.org',
      'a@b.co',
      '1. ',
      '- ',
      '# ',
      '> ',
      '---',
      '***',
      '```',
      '| a |',
      '[r]: https://x.org',
    ),
  );
  const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(
      text,
      (s) => !isOneParagraph(s) || block(s) === withOwnHtml(() => reference.parse(s, { async: false })),
    ),
    { numRuns: 5000 },
  );
});

describe('plain Markdown fields, copied to the page as they are', () => {
  test('property: for any text judged plain HTML, its paragraph and itself are what the Markdown path gives', () => {
    // Every character the check looks for, and the strings it looks for apart, among words.
    const piece = fc.oneof(
      {
        arbitrary: fc.constantFrom('word', 'R', '4', ' ', '.', ',', '(', ')', '[4]', '|', '-', '한', 'é', '™'),
        weight: 6,
      },
      {
        arbitrary: fc.constantFrom(
          ...'\t\n\r\u0000\u007f\u0085*_`~<>[]()!&#|@:=+\\/\'"'.split(''),
          '\u00a0',
          '\u2028',
          '\ufeff',
        ),
        weight: 2,
      },
      {
        arbitrary: fc.constantFrom(
          'www.',
          'WwW.',
          'http://',
          'ftp://a',
          '![',
          '](x)',
          '&amp;',
          '1. ',
          '- ',
          '# ',
          '> ',
          '---',
          '    ',
        ),
        weight: 1,
      },
    );
    const text = fc.array(piece, { maxLength: 16 }).map((parts) => parts.join(''));
    let plain = 0;
    fc.assert(
      fc.property(text, (s) => {
        if (!isPlainHtml(s)) return true;
        plain++;
        return block(s) === paragraph(s) && inline(s) === s && markdownField(s)?.source === s;
      }),
      { numRuns: 30000 },
    );
    expect(plain).toBeGreaterThan(1000); // the property held for many plain texts, not for none
  });

  test('resume prose is plain; markup, escapes, control characters and surrounding space are not', () => {
    expect(markdownField('Led a team of 4 (2019-2021), shipped v2.0.')).toEqual({
      source: 'Led a team of 4 (2019-2021), shipped v2.0.',
      plain: true,
    });
    for (const text of [
      "Teacher of the Month'",
      'R&D',
      '*new*',
      'a_b',
      'see www.x.org',
      'https://x.org',
      'a\nb',
      ' padded ',
      '- item',
      'tab\there',
      'x'.repeat(100000),
    ]) {
      expect(markdownField(text)?.plain).toBe(false);
    }
    expect(markdownField('   ')).toBeUndefined();
  });

  test('long runs of other scripts are plain; a flood of marks, or syntax after such a run, is not', () => {
    const han = '深層学習'.repeat(12);
    expect(isPlainHtml(han)).toBe(true);
    expect(isPlainHtml(`${han} and more`)).toBe(true);
    expect(isPlainHtml(`${han}<b>`)).toBe(false);
    expect(isPlainHtml(`${han} see www.x.org`)).toBe(false);
    expect(isPlainHtml(`a${'\u0301'.repeat(30)}`)).toBe(true);
    expect(isPlainHtml(`a${'\u0301'.repeat(31)}`)).toBe(false);
    expect(isPlainHtml(`${han}a${'\u{1d167}'.repeat(31)}`)).toBe(false);
    expect(isPlainHtml('ends in a no-break space\u00a0')).toBe(false);
  });

  test('the plain searches find a flood of every mark: their first-character class holds each one', () => {
    const missed: number[] = [];
    for (let code = 0x300; code < 0x10000; code++) {
      const mark = String.fromCharCode(code);
      const flood = `a ${mark.repeat(31)}`;
      if (/\p{M}/u.test(mark) && (NOT_PLAIN_HTML.exec(flood)?.[0].length !== 31 || !FLOOD_START.test(flood)))
        missed.push(code);
    }
    expect(missed).toEqual([]);
    // Astral marks are two code units, the first a high surrogate.
    for (const mark of ['\u{1d167}', '\u{101fd}', '\u{e0100}', '\u{16af0}'])
      expect([NOT_PLAIN_HTML.exec(`a ${mark.repeat(31)}`)?.[0].length, FLOOD_START.test(mark.repeat(31))]).toEqual([
        31,
        true,
      ]);
  });
});

test('ordinary resume sentences take the fast path', () => {
  for (const s of [
    'Go Sooners and Cardinal!',
    'R&D lead',
    'Empirical analysis of self-supervised Vision Transformers [4]',
    'A | B',
    '4.18/4.30',
  ]) {
    expect(isPlainText(s)).toBe(true);
  }
});

describe('the emphasis fast path gives what marked would', () => {
  const reference = new Marked(markdownOptions);

  test('property: for any text it accepts, emphasisOnly equals marked inline and in a paragraph', () => {
    // Runs of marks in every position, words, spaces and the punctuation around them.
    // Runs of marks, words, spaces and punctuation in every order, and now and then other syntax.
    const piece = fc.oneof(
      { arbitrary: fc.constantFrom('*', '**', '***', '_', '__', '___'), weight: 4 },
      { arbitrary: fc.constantFrom('a', 'b2', 'word', 'x', '9', '한', 'é'), weight: 4 },
      { arbitrary: fc.constant(' '), weight: 3 },
      { arbitrary: fc.constantFrom(...'()[]!.,;:?-+=/\'"”#|&'.split('')), weight: 2 },
      fc.constantFrom('\t', '\n', '`', '~', '<', '>', '\\', '](x)', '&amp;', 'www.', 'a@b.co', '1. ', '- ', '# '),
    );
    // Emphasis as written, and as it goes wrong: marks that differ, spaces inside, words around.
    // Emphasis as written (mostly), and as it goes wrong: marks that differ, spaces inside, words around.
    const mostly = <T>(usual: fc.Arbitrary<T>, other: fc.Arbitrary<T>) =>
      fc.oneof({ arbitrary: usual, weight: 3 }, other);
    const mark = fc.constantFrom('*', '**', '***', '_', '__');
    const emphasis = fc
      .tuple(
        mostly(fc.constantFrom('', ' ', '('), fc.constantFrom('x', '.', '"', '*')),
        mostly(
          fc.constantFrom('*', '**', '_', '__').map((m): [string, string] => [m, m]),
          fc.tuple(mark, mark),
        ),
        mostly(fc.constantFrom('a', 'a b', 'x y 9'), fc.constantFrom('', ' a', 'a ', 'é', 'a *b* c', 'a _b_')),
        mostly(fc.constantFrom('', ' ', '.', ')', ',', '!', ':'), fc.constantFrom('x', '"', '”', '_', '*')),
      )
      .map(([before, [open, close], inside, after]) => before + open + inside + close + after);
    const text = fc
      .array(fc.oneof(piece, { arbitrary: emphasis, weight: 2 }), { maxLength: 5 })
      .map((parts) => parts.join(''));
    let accepted = 0;
    let emphasized = 0;
    fc.assert(
      fc.property(text, (s) => {
        const fast = emphasisOnly(s);
        if (fast === undefined) return true;
        accepted++;
        if (fast.includes('<')) emphasized++;
        if (fast !== reference.parseInline(s, { async: false })) return false;
        return !isOneParagraph(s) || `<p>${fast}</p>\n` === reference.parse(s, { async: false });
      }),
      { numRuns: 20000 },
    );
    // The property says something only if the fast path takes many of the texts.
    expect(accepted).toBeGreaterThan(1000);
    expect(emphasized).toBeGreaterThan(500);
  });

  test.each([
    [
      'We show that *method 3* improves compression by 3 percent.',
      'We show that <em>method 3</em> improves compression by 3 percent.',
    ],
    ['**Best Paper Award** (top 0.5%)', '<strong>Best Paper Award</strong> (top 0.5%)'],
    ['Led a team (*five* people), then _two_.', 'Led a team (<em>five</em> people), then <em>two</em>.'],
  ])('takes %p', (text, html) => {
    expect(emphasisOnly(text)).toBe(html);
    expect(reference.parseInline(text, { async: false })).toBe(html);
  });

  test.each([
    'snake_case_name',
    '2*3*4',
    '***both***',
    '*a **b** c*',
    '* not a list',
    'open *only',
    '*a*b',
    'a *b* <i>',
    '**a*',
  ])('leaves %p to marked', (text) => {
    expect(emphasisOnly(text)).toBeUndefined();
  });
});

describe('the escapers', () => {
  const { HANDLEBARS, MARKED } = ESCAPE_TABLES;
  test.each([
    ['Handlebars', escapeHtml, HANDLEBARS],
    ['marked', escapeAsMarked, MARKED],
  ] as const)('%s: every character of its table, and nothing else of ASCII, is escaped', (_, escape, table) => {
    for (let code = 0; code < 128; code++) {
      const char = String.fromCharCode(code);
      expect(escape(`a${char}b`)).toBe(`a${table[char] ?? char}b`);
    }
  });

  test('what the templates print is isolated, then escaped: one search finds exactly both sets', () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (ESCAPABLE_OR_MOVES.test(char) !== (ESCAPABLE.test(char) || MOVES_NEIGHBOURS.test(char))) differ.push(code);
    }
    expect(differ).toEqual([]);
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => escapeIsolated(text) === escapeHtml(isolate(text))));
  });

  test('escapedLength counts what escapeHtml writes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => expect(escapedLength(text)).toBe(escapeHtml(text).length)),
    );
  });

  test('the templates escape as Handlebars does, marked as marked does', () => {
    expect(escapeHtml(`<a href='x'>=\``)).toBe(Handlebars.escapeExpression(`<a href='x'>=\``));
    const escapable = fc.string({
      unit: fc.constantFrom('&', '<', '>', '"', "'", '`', '=', 'a', 'é', '\ud83d', '\ude00'),
    });
    fc.assert(fc.property(escapable, (text) => escapeHtml(text) === Handlebars.escapeExpression(text)));
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => escapeHtml(text) === Handlebars.escapeExpression(text)),
    );
    expect(new Marked().parseInline(`a ' " & < b`)).toBe(escapeAsMarked(`a ' " & < b`));
  });
});
