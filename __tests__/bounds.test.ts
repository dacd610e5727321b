/**
 * Bounded, round two: what no small resume may do to the page, the process or the reader's
 * browser. The page stays within its output budget (ten times its JSON plus 256 KB), section
 * keys are matched in one pass, no field's text reorders its neighbours, floods of combining
 * marks and control characters never reach the page, and a real photo is shown.
 */
import fc from 'fast-check';
import { render } from '../src';
import { balanceBidi, isolate } from '../src/format/bidi';
import {
  markdownBlock,
  markdownInline,
  newMarkdownBudget,
  outputAllowance,
  tableCellBound,
} from '../src/format/markdown';
import { LIMITS } from '../src/limits';
import { headings, visibleText } from './helpers/html';

import { pageBudget } from '../bench/stress-cases.cjs';
import sample from '@jsonresume/schema/sample.resume.json';

type Json = Record<string, unknown>;

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/** The page of a resume as a consumer gives it (parsed from JSON), with its JSON's length. */
function page(resume: Json): { html: string; json: number; ms: number } {
  const json = JSON.stringify(resume);
  const { value: html, ms } = timed(() => render(JSON.parse(json) as Json));
  return { html, json: json.length, ms };
}

describe('the output budget', () => {
  test('a table padded to its header (12.5 M cells before) is shown as written, within the budget', () => {
    const summary = `${'|a'.repeat(2500)}|\n${'|-'.repeat(2500)}|\n${'a\n'.repeat(4995)}`;
    const { html, json, ms } = page({ basics: { name: 'A', summary } });
    expect(html.length).toBeLessThanOrEqual(pageBudget(json));
    expect(html).not.toContain('<table>');
    expect(html).toContain('|a|a|a');
    expect(ms).toBeLessThan(1000);
  });

  test('one reference URL used in thousands of links (224 M characters before) stays within the budget', () => {
    const summary = `[a]: https://e.co/${'中'.repeat(15_000)}\n\n${'[a] '.repeat(1245)}`;
    const { html, json, ms } = page({ basics: { name: 'A', summary }, work: [{ name: 'L', summary }] });
    expect(html.length).toBeLessThanOrEqual(pageBudget(json));
    expect(ms).toBeLessThan(1000);
  });

  test('real tables and reference links are still parsed', () => {
    const table = '| Course | Term |\n|:--|--:|\n| ML | Fall 2023 |\n| Stats | Spring 2024 |';
    expect(markdownBlock(table, newMarkdownBudget())).toContain('<td align="right">Fall 2023</td>');
    const references =
      'See [the code][c] and [the paper][p], or [the code][c] again.\n\n[c]: https://github.com/a/b\n[p]: https://arxiv.org/abs/2101.00001';
    const html = markdownBlock(references, newMarkdownBudget());
    expect(html.match(/<a href="https:\/\/github.com\/a\/b">/g)).toHaveLength(2);
    expect(html).toContain('<a href="https://arxiv.org/abs/2101.00001">the paper</a>');
  });

  test('the bound on table cells covers what marked pads and nothing in prose', () => {
    // Five columns: its delimiter row has six pipes; header and two rows.
    expect(tableCellBound('|a|b|c|d|e|\n|-|-|-|-|-|\n|1|\n|2|'.split('\n'))).toBe(7 * 4);
    expect(tableCellBound('Some prose - with a dash | and a pipe.\n\n---\n\n1. a list'.split('\n'))).toBe(0);
    const padded = `${'|a'.repeat(100)}|\n${'|-'.repeat(100)}|\n${'a\n'.repeat(100)}`;
    expect(tableCellBound(padded.split('\n'))).toBeGreaterThan(padded.length);
  });

  test('a field whose HTML would pass its allowance is shown as escaped text', () => {
    // Sixteen quotes around every letter: 26 times the field's length once parsed.
    const quotes = `${'>'.repeat(LIMITS.markdownDepth)}a\n\n`.repeat(200).trim();
    const html = markdownBlock(quotes, newMarkdownBudget());
    expect(html.length).toBeLessThanOrEqual(outputAllowance(quotes.length));
    expect(html).not.toContain('<blockquote>');
    expect(html).toContain('&gt;&gt;&gt;');
  });

  test('pipes and hyphens are spent from the render-wide budget of work', () => {
    const table = `| a | b |\n|---|---|\n${'| 1 | 2 |\n'.repeat(40)}`.trim();
    const budget = newMarkdownBudget();
    markdownBlock(table, budget);
    expect(LIMITS.markdownWorkPerRender - budget.workLeft).toBeGreaterThan(120);
  });
});

describe('random Markdown from the whole GFM grammar', () => {
  const word = fc.constantFrom(
    'a',
    'word',
    'R&D',
    '中文',
    'x_y',
    '1.',
    '2)',
    'e\u0301',
    'https://e.org/x',
    'www.e.org',
    'a@b.co',
  );
  const inline = fc.oneof(
    word,
    word.map((w) => `*${w}*`),
    word.map((w) => `**${w}**`),
    word.map((w) => `~~${w}~~`),
    word.map((w) => `\`${w}\``),
    word.map((w) => `[${w}](https://e.org/${encodeURIComponent(w)})`),
    word.map((w) => `[${w}][r]`),
    word.map((w) => `![${w}](x.png)`),
    fc.constantFrom('<b>bold</b>', '<script>x</script>', '&amp;', '&#169;', '&nbsp;', '\\*', '<https://e.org>'),
  );
  const line = fc.array(inline, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));
  const block = fc.oneof(
    line,
    line.map((l) => `# ${l}`),
    line.map((l) => `> ${l}`),
    fc.array(line, { minLength: 1, maxLength: 4 }).map((items) => items.map((item) => `- ${item}`).join('\n')),
    fc
      .array(line, { minLength: 1, maxLength: 4 })
      .map((items) => items.map((item, i) => `${i + 1}. ${item}`).join('\n')),
    line.map((l) => `\`\`\`\n${l}\n\`\`\``),
    line.map((l) => `    ${l}`),
    fc.constantFrom('---', '<div>\nhtml\n</div>', '[r]: https://e.org/reference "Title"'),
    fc
      .tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.constantFrom('-', ':-', '-:', ':-:'))
      .map(([columns, rows, align]) =>
        `${'| h '.repeat(columns)}|\n${`| ${align} `.repeat(columns)}|\n${'| c |\n'.repeat(rows)}`.trim(),
      ),
  );
  const document = fc.array(block, { minLength: 1, maxLength: 30 }).map((blocks) => blocks.join('\n\n'));

  test('every document stays within its allowance, in time linear in its length', () => {
    fc.assert(
      fc.property(document, fc.integer({ min: 1, max: 40 }), (text, copies) => {
        const source = Array.from({ length: copies }, () => text).join('\n\n');
        const block = timed(() => markdownBlock(source, newMarkdownBudget()));
        const inline = timed(() => markdownInline(source.replace(/\n/g, ' '), newMarkdownBudget()));
        expect(block.value.length).toBeLessThanOrEqual(outputAllowance(source.length));
        expect(inline.value.length).toBeLessThanOrEqual(outputAllowance(source.length));
        // marked costs about a microsecond a character; a wide linear bound.
        expect(block.ms + inline.ms).toBeLessThan(100 + 0.05 * source.length);
      }),
      { numRuns: 150 },
    );
  });
});

describe('section keys', () => {
  const keys = Array.from({ length: 500 }, (_, i) => `${'k'.repeat(1995)}${i}`);
  const sections = Object.fromEntries(keys.map((key) => [key, [{ title: 'a' }]]));

  test('500 listed against 500 custom keys of 2,000 characters are matched in one pass', () => {
    // Written another way (`_` before the number), as key forms allow.
    const listed = keys.map((key) => `${key.slice(0, -3)}_${key.slice(-3)}`).reverse();
    const plain = page(sections);
    const ordered = page({ ...sections, meta: { themeOptions: { sections: listed } } });
    expect(headings(ordered.html)).toHaveLength(500);
    expect(headings(ordered.html)[0]).toBe(headings(plain.html)[499]);
    // About 1 s against 20 ms before; now about the same time as without the option.
    expect(ordered.ms).toBeLessThan(200 + 5 * plain.ms);
  });

  test('a key is capped and stripped of control characters like any line', () => {
    const html = render({ [`Research\u0000\u0007\u001b ${'x'.repeat(3000)}`]: [{ title: 'a' }] });
    const [heading] = headings(html);
    expect(heading.startsWith('Research X')).toBe(true);
    expect(heading.length).toBeLessThanOrEqual(LIMITS.lineChars + 1);
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  test('no control character reaches the page from a key, wherever keys are', () => {
    const hostile = 'Key\u0000\u0001\u0007\u001b\u007f\u009b';
    // Every record of the sample gains such a key, holding a list (a custom section at the top) and text.
    const withKeys = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(withKeys);
      if (typeof value !== 'object' || value === null) return value;
      const copy: Json = Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withKeys(inner)]));
      copy[`${hostile} list`] = [{ title: 'a', name: 'b' }];
      copy[`${hostile} text`] = 'c';
      return copy;
    };
    const html = render(withKeys(sample) as Json);
    expect(html).toContain('Key List');
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
  });
});

describe('direction', () => {
  const FSI = '\u2068';
  const PDI = '\u2069';

  test('unpaired controls are closed or removed, paired ones kept', () => {
    expect(balanceBidi('a\u202eb')).toBe('a\u202eb\u202c');
    expect(balanceBidi('a\u202cb\u2069c')).toBe('abc');
    expect(balanceBidi('\u202bx\u202c \u2067y\u2069')).toBe('\u202bx\u202c \u2067y\u2069');
    // A PDF inside an isolate cannot close the embedding outside it; a PDI closes what it holds.
    expect(balanceBidi('\u202ea\u2066b\u202c\u2069c')).toBe('\u202ea\u2066b\u2069c\u202c');
    expect(balanceBidi('\u2066\u202ea\u2069')).toBe('\u2066\u202ea\u2069');
  });

  test('text that could move its neighbours is isolated; other text is as written', () => {
    expect(isolate('Ann Lee')).toBe('Ann Lee');
    expect(isolate('דוד כהן')).toBe(`${FSI}דוד כהן${PDI}`);
    expect(isolate('a\u202eb')).toBe(`${FSI}a\u202eb\u202c${PDI}`);
    expect(isolate('١٢٣')).toBe(`${FSI}١٢٣${PDI}`);
  });

  test('every field on the page is balanced, and right-to-left text is isolated, in the page and its parts', () => {
    const resume = {
      basics: {
        name: 'Ann Lee',
        label: 'חוקרת \u202e',
        profiles: [{ network: 'Git\u202eHub', username: 'annlee', url: 'https://github.com/annlee' }],
      },
      work: [
        { name: 'מכון ויצמן', position: 'Researcher', location: 'רחובות', startDate: '2020', roles: ['a\u2067b'] },
      ],
      publications: [
        {
          name: 'P',
          authors: 'Eve \u202eEvil, Ann Lee and Bo \u2066Kim',
          publisher: 'כתב עת',
          volume: '12',
          releaseDate: '2024',
        },
      ],
      skills: [{ name: 'S', keywords: ['עברית', 'a\u202db'] }],
    };
    const text = visibleText(render(resume as never));
    // Every opener is closed in the same text, and nothing closes what it did not open.
    expect(balanceBidi(text)).toBe(text);
    expect(text).toContain(`${FSI}כתב עת${PDI}, vol. 12`);
    expect(text).toContain(`${FSI}מכון ויצמן${PDI}`);
    expect(text).toMatch(/Ann Lee/);
  });
});

describe('combining marks', () => {
  const flood = `e${'\u0301'.repeat(19_999)}`;
  const longestRun = (html: string) => Math.max(0, ...[...html.matchAll(/\p{M}+/gu)].map(([run]) => run.length));

  test('at most 30 in a row reach the page from any field', () => {
    const everyString = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(everyString);
      if (typeof value === 'string') return value.startsWith('http') || value.includes('@') ? value : flood;
      if (typeof value !== 'object' || value === null) return value;
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, everyString(inner)]));
    };
    const html = render(everyString(sample) as Json);
    expect(longestRun(html)).toBe(30);
    expect(visibleText(html)).toContain(`e${'\u0301'.repeat(30)}`);
  });

  test('a real stack of marks is kept as written', () => {
    const vietnamese = 'Nguyễn Thị Ngọc Hương';
    expect(visibleText(render({ basics: { name: vietnamese.normalize('NFD') } }))).toContain(
      vietnamese.normalize('NFD'),
    );
  });
});

describe('the photo', () => {
  // The size of a real 96×96 JPEG (2.8 KB), which the one-line cap of 2,000 characters dropped.
  const jpeg = `data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ${'A'.repeat(3700)}/9k=`;

  test('a real photo is shown, its base64 read across the lines encoders wrap it on', () => {
    // As the template writes it: Handlebars escapes "=".
    const src = `src="${jpeg.replace(/=/g, '&#x3D;')}"`;
    expect(render({ basics: { name: 'A', image: jpeg } })).toContain(src);
    const wrapped = jpeg.replace(/(.{76})/g, '$1\n');
    expect(render({ basics: { name: 'A', image: wrapped } })).toContain(src);
  });

  test('past its cap, or as SVG, no photo is shown', () => {
    const big = `data:image/png;base64,${'A'.repeat(LIMITS.photoChars)}`;
    expect(render({ basics: { name: 'A', image: big } })).not.toContain('<img');
    const svg = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}`;
    expect(render({ basics: { name: 'A', image: svg } })).not.toContain('<img');
  });
});
