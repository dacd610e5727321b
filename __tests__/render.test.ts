import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { render } from '../src';
import type { Resume } from '../src/types';
import { deepFreeze, sectionOrder, validationErrors, visibleText, withoutMetadata } from './helpers/html';

const schemaDir = dirname(require.resolve('@jsonresume/schema/package.json'));
const inputs = [
  'sample.resume.json',
  ...readdirSync(join(schemaDir, 'examples')).map((file) => join('examples', file)),
];

const load = (file: string) => JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as Resume;
type Item = Record<string, unknown>;
/** A section's items, read as records: the test looks fields up by name. */
const itemsOf = (resume: Resume, key: string): Item[] => {
  const items = (resume as Record<string, unknown>)[key];
  return Array.isArray(items) ? (items as Item[]) : [];
};
/** A field's text, or the texts of a list field. */
const textsOf = (...values: unknown[]): string[] =>
  values
    .flatMap((value): unknown[] => (Array.isArray(value) ? value : [value]))
    .filter((value): value is string => typeof value === 'string');

/** Asserts that the strings appear in the text in this order. */
function expectInOrder(text: string, needles: string[]): void {
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    if (at < 0) throw new Error(`"${needle}" missing (or out of order) after position ${from}`);
    from = at + needle.length;
  }
}

describe.each(inputs)('%s', (file) => {
  const resume = load(file);
  const html = render(resume);
  const text = visibleText(html);

  test('is one complete, self-contained document', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<meta name="viewport" content="width=device-width, initial-scale=1">/);
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain(`<title>${resume.basics?.name} — ${resume.basics?.label}</title>`);
    // No script, no stylesheet link, no font or image fetched from anywhere.
    expect(withoutMetadata(html)).not.toMatch(/<script|<link|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\bsrc="http/i);
  });

  test('passes html-validate (recommended rules)', async () => {
    expect(await validationErrors(html)).toEqual([]);
  });

  test('shows no undefined, NaN or [object Object]', () => {
    expect(text).not.toMatch(/undefined|NaN|\[object Object\]/);
  });

  test('shows the basics', () => {
    const basics = resume.basics ?? {};
    expectInOrder(text, textsOf(basics.name, basics.label));
    for (const value of [basics.email, basics.location?.city]) {
      if (value) expect(text).toContain(value);
    }
    // Phone numbers are shown with non-breaking spaces and hyphens.
    if (basics.phone) expect(text.replace(/\u2011/g, '-')).toContain(basics.phone);
    for (const profile of basics.profiles ?? []) expect(text).toContain(profile.username ?? '');
  });

  test('shows each section, in the default order, with its entries in order', () => {
    const present = (key: string) => itemsOf(resume, key).length > 0;
    const expected = [
      'summary',
      'education',
      'work',
      'publications',
      'awards',
      'projects',
      'volunteer',
      'skills',
      'languages',
      'certificates',
      'interests',
      'references',
    ].filter((key) => (key === 'summary' ? Boolean(resume.basics?.summary) : present(key)));
    expect(sectionOrder(html)).toEqual(expected);
    const titles: Record<string, (item: Item) => string[]> = {
      work: (item) => textsOf(item.name, item.position),
      volunteer: (item) => textsOf(item.organization, item.position),
      education: (item) => textsOf(item.institution, item.studyType, item.area),
      awards: (item) => textsOf(item.title, item.awarder),
      certificates: (item) => textsOf(item.name, item.issuer),
      publications: (item) => textsOf(item.name),
      skills: (item) => textsOf(item.name, item.keywords),
      languages: (item) => textsOf(item.language, item.fluency),
      interests: (item) => textsOf(item.name, item.keywords),
      references: (item) => textsOf(item.name),
      projects: (item) => textsOf(item.name, item.roles, item.entity, item.keywords),
    };
    // Publications are listed newest first (their numbers count down); the rest in given order.
    const ordered = (key: string): Item[] =>
      key === 'publications'
        ? [...itemsOf(resume, key)].sort((a, b) => String(b.releaseDate).localeCompare(String(a.releaseDate)))
        : itemsOf(resume, key);
    for (const [key, fields] of Object.entries(titles)) {
      if (!present(key)) continue;
      const section = visibleText(html.split(`section--${key}"`)[1].split('</section>')[0]);
      expectInOrder(section, ordered(key).flatMap(fields).filter(Boolean));
    }
  });

  test('shows highlights and the publisher of publications', () => {
    for (const key of ['work', 'volunteer', 'projects']) {
      for (const item of itemsOf(resume, key)) {
        for (const highlight of textsOf(item.highlights)) expect(text).toContain(highlight);
      }
    }
    for (const item of resume.publications ?? []) expect(text).toContain(item.publisher ?? '');
  });

  test('never mutates its input', () => {
    const frozen = deepFreeze(load(file));
    expect(render(frozen)).toBe(html);
  });
});

describe('dates in the sample resume', () => {
  const html = render(load('sample.resume.json'));
  test('read to the month, with the full machine-readable datetime; the update keeps its day', () => {
    expect(html).toContain('<time datetime="2013-12-01">Dec 2013</time> – <time datetime="2014-12-01">Dec 2014</time>');
    expect(html).toContain('Updated December 24, 2017');
  });
});

describe('escaping', () => {
  test('every plain value is escaped', () => {
    const html = render({
      basics: { name: '<b>Ann</b> & "Co"', label: "O'Brien <i>" },
      work: [{ name: '<script>alert(1)</script>', position: 'A&B', highlights: ['<img src=x onerror=alert(1)>'] }],
      skills: [{ name: '</style><script>x</script>' }],
    });
    expect(html).toContain('&lt;b&gt;Ann&lt;/b&gt; &amp; &quot;Co&quot;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('A&amp;B');
    // A highlight is Markdown: the tag outside the safe subset is dropped, and nothing is left to list.
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('<li></li>');
    expect(withoutMetadata(html)).not.toMatch(/<script|<img|<b>|<\/style><script/);
  });
});

describe('empty and missing content leaves no trace', () => {
  test('an empty resume is still a valid page with no sections', async () => {
    const html = render({});
    expect(sectionOrder(html)).toEqual([]);
    expect(await validationErrors(html)).toEqual([]);
    expect(visibleText(html)).toBe('Curriculum Vitae');
  });

  test('empty sections and empty items show no heading', () => {
    const html = render({
      basics: { name: 'A' },
      work: [],
      education: [{}],
      skills: [{ keywords: [] }],
      awards: null,
    } as never);
    expect(sectionOrder(html)).toEqual([]);
  });
});

describe('input checks', () => {
  test.each([null, 'resume', 42, [1, 2], undefined])('%p gets a clear TypeError', (value) => {
    expect(() => render(value as never)).toThrow(TypeError);
    expect(() => render(value as never)).toThrow(/expects a JSON Resume object/);
  });
});

describe('the page title', () => {
  const titleOf = (html: string) => html.match(/<title>([^<]*)<\/title>/)![1];
  test('keeps a title of 70 characters whole and shortens a longer one with an ellipsis', () => {
    expect(titleOf(render({ basics: { name: 'N'.repeat(70) } }))).toBe('N'.repeat(70));
    expect(titleOf(render({ basics: { name: 'N'.repeat(71) } }))).toBe(`${'N'.repeat(69)}…`);
  });
  test('counts escapes as the page writes them', () => {
    const title = titleOf(render({ basics: { name: '&'.repeat(20) } }));
    expect(title.length).toBeLessThanOrEqual(70);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('publications', () => {
  test('are numbered newest first; same-date and undated papers keep their order', () => {
    const html = render({
      publications: [
        { name: 'Old', releaseDate: '2014-10' },
        { name: 'Undated' },
        { name: 'New A', releaseDate: '2022' },
        { name: 'New B', releaseDate: '2022' },
        { name: 'Newest', releaseDate: '2023-01-05' },
      ],
    });
    const listed = [...html.matchAll(/publication__number">\[(\d)\]<\/span> ([^<]+)</g)].map((m) => `${m[1]} ${m[2]}`);
    expect(listed).toEqual(['5 Newest', '4 New A', '3 New B', '2 Old', '1 Undated']);
  });
});

describe('education score', () => {
  test.each([
    ['4.18/4.30', 'GPA: 4.18/4.30'],
    ['3.9', 'GPA: 3.9'],
    ['First-class honours', 'First-class honours'],
  ])('%p reads %p', (score, expected) => {
    const text = visibleText(render({ education: [{ institution: 'U', score }] }));
    expect(text).toContain(expected);
    if (!expected.startsWith('GPA')) expect(text).not.toContain('GPA');
  });
});
