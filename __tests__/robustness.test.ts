/**
 * Property-based: for any object, render never throws, returns one complete and valid page
 * without undefined, NaN or [object Object], and never mutates its input.
 */
import fc from 'fast-check';
import { render } from '../src';
import { LIMITS } from '../src/limits';
import { contained, foldWhiteSpace, markdownText, rawText, text as oneLine } from '../src/normalize/read';
import { SECTIONS } from '../src/input/sections';
import { deepFreeze, validationErrors, visibleText } from './helpers/html';

const FORBIDDEN = /undefined|NaN|\[object Object\]/;

/** Every string inside a value, to rule out inputs that themselves spell "undefined". */
function strings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Reflect.ownKeys(value).flatMap((key) => [
    String(key),
    ...strings((value as Record<PropertyKey, unknown>)[key], seen),
  ]);
}

function checkPage(input: object, html: string): void {
  expect(html.startsWith('<!DOCTYPE html>\n<html lang="')).toBe(true);
  expect(html.trimEnd().endsWith('</body>\n</html>')).toBe(true);
  expect(html.match(/<html/g)).toHaveLength(1);
  expect(html.match(/<\/body>/g)).toHaveLength(1);
  if (!strings(input).some((s) => FORBIDDEN.test(s))) expect(visibleText(html)).not.toMatch(FORBIDDEN);
}

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    'Namuk Park',
    '박나묵',
    '山田太郎',
    'محمد',
    'שלום עולם',
    'Zoë Ångström',
    '**bold** _it_',
    '- item\n- item',
    '',
  ),
);
const isoDate = fc.oneof(
  fc.integer({ min: 1900, max: 2100 }).map(String),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 7)),
  fc.constant(''),
);
const url = fc.oneof(fc.webUrl(), fc.constantFrom('mailto:a@b.co', 'namukpark.com', 'javascript:alert(1)'));
const list = <T>(item: fc.Arbitrary<T>) => fc.array(item, { maxLength: 4 });
const item = (fields: Record<string, fc.Arbitrary<unknown>>) => fc.record(fields, { requiredKeys: [] });

/** Resumes with the schema's shape (and the theme's extensions), values anywhere in range. */
const validResume = item({
  basics: item({
    name: text,
    label: text,
    email: text,
    phone: text,
    url,
    summary: text,
    image: text,
    location: item({ address: text, city: text, region: text, countryCode: text, postalCode: text }),
    profiles: list(item({ network: text, username: text, url })),
  }),
  work: list(
    item({
      name: text,
      position: text,
      url,
      location: text,
      startDate: isoDate,
      endDate: isoDate,
      summary: text,
      highlights: list(text),
      description: text,
    }),
  ),
  volunteer: list(
    item({
      organization: text,
      position: text,
      url,
      startDate: isoDate,
      endDate: isoDate,
      summary: text,
      highlights: list(text),
      type: fc.constantFrom('reviewing', 'service', 'other'),
      years: list(isoDate),
      note: text,
    }),
  ),
  education: list(
    item({
      institution: text,
      area: text,
      studyType: text,
      startDate: isoDate,
      endDate: isoDate,
      score: text,
      courses: list(text),
      thesis: text,
      advisor: text,
      location: text,
    }),
  ),
  awards: list(item({ title: text, date: isoDate, endDate: isoDate, awarder: text, summary: text })),
  certificates: list(item({ name: text, date: isoDate, url, issuer: text })),
  publications: list(
    item({
      name: text,
      publisher: text,
      releaseDate: isoDate,
      url,
      summary: text,
      authors: list(text),
      links: list(item({ label: text, url })),
      honours: list(text),
    }),
  ),
  skills: list(item({ name: text, level: text, keywords: list(text) })),
  languages: list(item({ language: text, fluency: text })),
  interests: list(item({ name: text, keywords: list(text) })),
  references: list(item({ name: text, reference: text })),
  projects: list(
    item({
      name: text,
      description: text,
      highlights: list(text),
      keywords: list(text),
      startDate: isoDate,
      endDate: isoDate,
      url,
      roles: list(text),
      entity: text,
      type: fc.constantFrom('talk', 'application', ''),
      events: list(item({ name: text, date: isoDate, location: text, url })),
    }),
  ),
  meta: item({
    lastModified: isoDate,
    language: fc.constantFrom('en', 'ko', 'de', 'xx', 'pt-BR', 'not a tag', ''),
    themeOptions: item({
      dateStyle: fc.constantFrom('short', 'long', 'numeric'),
      accentColor: text,
      pageSize: fc.constantFrom('A4', 'Letter'),
    }),
  }),
});

// Every top-level key the theme reads (the registry's sections and their aliases), and keys it
// reads as custom sections, in the case and spelling variants it must tolerate.
const SECTION_KEYS = [
  'basics',
  'meta',
  ...SECTIONS.flatMap((section) => [section.key, ...section.aliases]),
  'research experience',
  'academic_service',
  'Publications',
  'START_DATE',
];
const FIELD_KEYS = [
  'name',
  'title',
  'url',
  'startDate',
  'start_date',
  'StartDate',
  'endDate',
  'date',
  'highlights',
  'keywords',
  'authors',
  'summary',
  'description',
  'events',
  'years',
  'links',
  'honours',
  'themeOptions',
  'sections',
  'labels',
  'datePrecision',
  'location',
  'countryCode',
  'profiles',
  'network',
  'username',
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
];

/** Anything at all where sections and fields belong: wrong types, nulls, prototypes' names. */
const malformedResume = fc.dictionary(
  fc.constantFrom(...SECTION_KEYS),
  fc.anything({
    key: fc.constantFrom(...FIELD_KEYS),
    maxDepth: 4,
    withDate: true,
    withMap: true,
    withSet: true,
    withBigInt: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withBoxedValues: true,
  }),
);

test('schema-shaped resumes: never throws, one complete page, input untouched', () => {
  fc.assert(
    fc.property(validResume, (resume) => {
      const before = JSON.stringify(resume);
      checkPage(resume, render(deepFreeze(resume)));
      expect(JSON.stringify(resume)).toBe(before);
    }),
    { numRuns: 400 },
  );
});

test('malformed resumes: never throws, one complete page', () => {
  fc.assert(
    fc.property(malformedResume, (resume) => {
      checkPage(resume, render(deepFreeze(resume)));
    }),
    { numRuns: 600 },
  );
});

test('random resumes pass html-validate', async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(validResume, malformedResume), async (resume) => {
      expect(await validationErrors(render(resume))).toEqual([]);
    }),
    { numRuns: 150 },
  );
});

describe('white space and control characters', () => {
  test.each([
    ['a name with NUL, tab and newline (found by the property test)', { basics: { name: '\u0000\t\n\u0000' } }],
    [
      'Markdown lines ending in a tab or a space',
      { basics: { name: 'A', summary: 'one\t\ntwo \nthree' }, work: [{ name: 'X', highlights: ['a \nb'] }] },
    ],
    [
      'control characters everywhere',
      { basics: { name: 'A\u001b[31m', label: 'B\u0007' }, work: [{ name: 'C\u0000D', summary: 'E\u0008F' }] },
    ],
  ])('%s: still a valid page', async (_, resume) => {
    const html = render(resume);
    expect(await validationErrors(html)).toEqual([]);
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  });

  test('a one-line field read by the fast path is what cleaning and folding give', () => {
    // Every kind of character the two paths treat differently: each white space of \s, controls
    // (C0, DEL, C1), NBSP, direction controls, a combining mark, their neighbours, and letters
    // for words between them; and runs of marks or other characters from U+0300 around 30 long.
    const special = [
      0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x00, 0x1b, 0x1f, 0x7e, 0x7f, 0x85, 0x9f, 0xa0, 0xa1, 0x1680, 0x167f, 0x1fff,
      0x2000, 0x200a, 0x200b, 0x2028, 0x2029, 0x202a, 0x202c, 0x202e, 0x202f, 0x205f, 0x2065, 0x2066, 0x2068, 0x2069,
      0x206a, 0x3000, 0xfeff, 0x180e, 0x0301,
    ];
    const char = fc.oneof(
      fc.constantFrom(' ', ' ', 'a', 'é', '中'),
      fc.constantFrom(...special.map((code) => String.fromCharCode(code))),
    );
    const run = fc.oneof(
      fc.string({ unit: fc.constantFrom('\u0301', '\u0308'), minLength: 28, maxLength: 34 }),
      fc.string({ unit: fc.constantFrom('\u0301', '中'), minLength: 28, maxLength: 34 }),
    );
    const line = fc.oneof(
      fc.string({ unit: char, maxLength: 12 }),
      fc
        .tuple(fc.string({ unit: char, maxLength: 4 }), run, fc.string({ unit: char, maxLength: 4 }))
        .map((parts) => parts.join('')),
      fc.string({ unit: fc.constantFrom(' ', 'a'), minLength: LIMITS.lineChars - 2, maxLength: LIMITS.lineChars + 2 }),
    );
    fc.assert(
      fc.property(line, (value) => {
        const raw = rawText(value) ?? '';
        expect(oneLine(value)).toBe(contained(foldWhiteSpace(raw, LIMITS.lineChars)) || undefined);
      }),
      { numRuns: 20000 },
    );
  });

  test('one line of Markdown read by the fast path is what cleaning and trimming give', () => {
    const special = [
      0x09, 0x0b, 0x0c, 0x00, 0x08, 0x0e, 0x1b, 0x1f, 0x7e, 0x7f, 0x85, 0x9f, 0xa0, 0x2028, 0x202b, 0x202c, 0x2067,
      0x2069, 0x3000, 0xfeff,
    ];
    const char = fc.oneof(
      fc.constantFrom(' ', ' ', 'a', '*', '中'),
      fc.constantFrom(...special.map((code) => String.fromCharCode(code))),
    );
    const marks = fc.string({ unit: fc.constantFrom('\u0301', '\u0308'), minLength: 28, maxLength: 34 });
    const text = fc.oneof(
      fc.string({ unit: char, maxLength: 12 }),
      fc.tuple(fc.string({ unit: char, maxLength: 4 }), marks).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (value) => {
        expect(markdownText(value)).toBe(contained((rawText(value) ?? '').trim()) || undefined);
      }),
      { numRuns: 20000 },
    );
    // Every line break sends Markdown the long way: a line's trailing space goes, a hard break stays.
    for (const lineBreak of ['\n', '\r', '\r\n'])
      expect(markdownText(`one ${lineBreak}two  ${lineBreak}three `)).toBe('one\ntwo  \nthree');
  });

  test('lines of Markdown lose their trailing white space as trimming each line would take it', () => {
    // The general path: every line trimmed at its end, a hard break (two spaces or more) kept.
    const byLine = (value: string) =>
      value
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => {
          const kept = line.trimEnd();
          const trailing = line.slice(kept.length);
          return trailing.length >= 2 && /^ +$/.test(trailing) ? line : kept;
        })
        .join('\n')
        .trim();
    const char = fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000', 'a', '*');
    fc.assert(
      fc.property(fc.string({ unit: char, maxLength: 16 }), (value) => {
        expect(markdownText(value)).toBe(contained(byLine(value)) || undefined);
      }),
      { numRuns: 20000 },
    );
  });

  test('one-line fields fold their white space; Markdown keeps hard breaks', () => {
    const html = render({ basics: { name: 'Namuk \n\t Park', summary: 'line one  \nline two' } });
    expect(html).toContain('<h1 class="header__name">Namuk Park</h1>');
    expect(html).toContain('<p>line one<br>line two</p>');
  });
});

describe('extremes', () => {
  test('10,000-character strings and 1,000 entries', () => {
    const long = 'x'.repeat(10_000);
    const resume = {
      basics: { name: long, summary: long },
      work: Array.from({ length: 1000 }, (_, i) => ({
        name: `Org ${i}`,
        position: long,
        startDate: '2020-01',
        highlights: [long],
      })),
      publications: Array.from({ length: 1000 }, (_, i) => ({
        name: `Paper ${i}`,
        authors: ['A', 'B'],
        releaseDate: '2020',
      })),
    };
    const html = render(resume);
    checkPage(resume, html);
    expect(html.match(/class="entry"/g)).toHaveLength(1000);
    expect(html).toContain('[1000]');
    expect(html).toContain('[1]');
  });

  test('right-to-left and CJK text keeps its characters', async () => {
    const html = render({
      basics: { name: 'محمد علي', label: '研究者' },
      work: [{ name: 'שלום', position: '연구원' }],
      meta: { language: 'ar' },
    });
    expect(html).toContain('<html lang="ar" dir="rtl">');
    for (const s of ['محمد علي', '研究者', 'שלום', '연구원']) expect(html).toContain(s);
    expect(await validationErrors(html)).toEqual([]);
  });

  test('a resume whose prototype chain is hostile renders like a plain one', () => {
    const hostile = Object.create({ basics: { name: 'Inherited' }, work: [{ name: 'Inherited' }] }) as Record<
      string,
      unknown
    >;
    hostile.basics = { name: 'Own' };
    const html = render(hostile);
    expect(html).toContain('Own');
    expect(html).not.toContain('Inherited');
  });
});
