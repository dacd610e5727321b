/**
 * Real CVs come in many shapes. Each tolerated variant is rendered from a small fixture and
 * must read exactly like its standard form.
 */
import { render } from '../src';
import { normalizeResume } from '../src/normalize';
import { sectionOrder, visibleText } from './helpers/html';

const textOf = (resume: object) => visibleText(render(resume));

describe('legacy and alternative field names', () => {
  test.each([
    [
      'work: company for name, website for url',
      { work: [{ company: 'Hooli', website: 'hooli.example.com', position: 'Dev' }] },
      { work: [{ name: 'Hooli', url: 'https://hooli.example.com', position: 'Dev' }] },
    ],
    [
      'education: gpa for score',
      { education: [{ institution: 'MIT', gpa: '3.9' }] },
      { education: [{ institution: 'MIT', score: '3.9' }] },
    ],
    [
      'publications: title for name, date for releaseDate, journal for publisher',
      { publications: [{ title: 'On X', date: '2020-05', journal: 'Nature' }] },
      { publications: [{ name: 'On X', releaseDate: '2020-05', publisher: 'Nature' }] },
    ],
    [
      'publications: venue for publisher',
      { publications: [{ name: 'On X', venue: 'NeurIPS' }] },
      { publications: [{ name: 'On X', publisher: 'NeurIPS' }] },
    ],
    [
      'basics: website for url, picture for image',
      { basics: { name: 'A', website: 'https://a.example' } },
      { basics: { name: 'A', url: 'https://a.example' } },
    ],
    [
      'awards: name for title',
      { awards: [{ name: 'Best Paper', date: '2021' }] },
      { awards: [{ title: 'Best Paper', date: '2021' }] },
    ],
    [
      'skills: keywords as one string',
      { skills: [{ name: 'ML', keywords: 'PyTorch, JAX' }] },
      { skills: [{ name: 'ML', keywords: ['PyTorch', 'JAX'] }] },
    ],
    [
      'highlights as one string',
      { work: [{ name: 'X', highlights: 'Did things' }] },
      { work: [{ name: 'X', highlights: ['Did things'] }] },
    ],
    ['a section as a lone object', { work: { name: 'X', position: 'Y' } }, { work: [{ name: 'X', position: 'Y' }] }],
  ])('%s', (_, variant, standard) => {
    // The variants are shapes the Resume type does not describe: the point of the test.
    expect(render(variant as never)).toBe(render(standard as never));
  });

  test('publication authors as one string, in several styles', () => {
    const standard = render({
      basics: { name: 'Namuk Park' },
      publications: [{ name: 'P', authors: ['Namuk Park', 'Songkuk Kim'] }],
    });
    expect(
      render({
        basics: { name: 'Namuk Park' },
        publications: [{ name: 'P', authors: 'Namuk Park and Songkuk Kim' }],
      } as never),
    ).toBe(standard);
    expect(
      render({
        basics: { name: 'Namuk Park' },
        publications: [{ name: 'P', authors: 'Namuk Park, Songkuk Kim' }],
      } as never),
    ).toBe(standard);
    expect(
      render({
        basics: { name: 'Namuk Park' },
        publications: [
          {
            name: 'P',
            authors: [
              { given: 'Namuk', family: 'Park' },
              { given: 'Songkuk', family: 'Kim' },
            ],
          },
        ],
      }),
    ).toBe(standard);
  });
});

describe('dates in other shapes', () => {
  test('Date objects (YAML input) read as calendar dates', () => {
    const fromDates = render({
      work: [
        {
          name: 'X',
          startDate: new Date(Date.UTC(2022, 5, 1)) as never,
          endDate: new Date(Date.UTC(2023, 0, 15)) as never,
        },
      ],
    });
    expect(fromDates).toBe(render({ work: [{ name: 'X', startDate: '2022-06-01', endDate: '2023-01-15' }] }));
    expect(visibleText(fromDates)).toContain('Jun 2022 – Jan 2023');
  });

  test('a year as a number', () => {
    expect(render({ publications: [{ name: 'P', releaseDate: 2020 as never }] })).toBe(
      render({ publications: [{ name: 'P', releaseDate: '2020' }] }),
    );
  });

  test.each([null, '', 'present', 'Present', 'current'])('endDate %p reads Present', (end) => {
    expect(textOf({ work: [{ name: 'X', startDate: '2023-03', endDate: end as never }] })).toContain(
      'Mar 2023 – Present',
    );
  });

  test('an invalid Date object is ignored', () => {
    expect(textOf({ work: [{ name: 'X', startDate: new Date('nope') as never }] })).not.toMatch(/Invalid|NaN/);
  });
});

describe("other researchers' sections", () => {
  test('top-level talks and presentations become Invited Talks', () => {
    const html = render({
      talks: [{ title: 'On Transformers', event: 'NeurIPS Workshop', date: '2022-12', location: 'New Orleans' }],
      presentations: [{ name: 'Uncertainty', events: [{ name: 'Seminar', date: '2019-10' }] }],
    } as never);
    expect(sectionOrder(html)).toEqual(['talks']);
    const text = visibleText(html);
    expect(text).toContain('On Transformers NeurIPS Workshop, New Orleans Dec 2022');
    expect(text).toContain('Uncertainty Seminar Oct 2019');
  });

  test('projects typed as talks are talks; other projects stay projects', () => {
    const normalized = normalizeResume({
      projects: [
        { name: 'T', type: 'Talk' },
        { name: 'P', type: 'application' },
      ],
    });
    expect(normalized.talks.map((t) => t.title)).toEqual(['T']);
    expect(normalized.projects.map((p) => p.name)).toEqual(['P']);
  });

  test('top-level teaching', () => {
    const html = render({
      teaching: [{ course: 'CS101', institution: 'Yonsei University', role: 'Teaching Assistant', date: '2015-03' }],
    } as never);
    expect(sectionOrder(html)).toEqual(['teaching']);
    // One date: a course taught, not an ongoing range.
    expect(visibleText(html)).toContain('CS101 Teaching Assistant · Yonsei University Mar 2015');
  });

  test('top-level service and reviewing volunteer items share the Service section', () => {
    const html = render({
      volunteer: [
        { organization: 'ICML', position: 'Reviewer', type: 'reviewing', years: ['2022', '2023'] },
        { organization: 'Red Cross', position: 'Helper' },
      ],
      service: [{ venue: 'NeurIPS', role: 'Reviewer', years: '2022, 2023', note: 'Top reviewer' }],
    } as never);
    expect(sectionOrder(html)).toEqual(['service', 'volunteer']);
    const text = visibleText(html);
    expect(text).toContain('Service Reviewer ICML 2022 & 2023 NeurIPS 2022 & 2023 (Top reviewer)');
    expect(text).toContain('Red Cross');
  });
});

describe('wrong types never show', () => {
  test('objects, arrays and booleans where text belongs are dropped or spelled out', () => {
    const text = textOf({
      basics: { name: { first: 'A' } as never, label: ['x'] as never, email: 42 as never },
      work: [{ name: true as never, position: { a: 1 } as never, highlights: [1, null, { x: 1 }, 'ok'] as never }],
    });
    expect(text).not.toMatch(/undefined|NaN|\[object Object\]/);
    expect(text).toContain('ok');
    expect(text).toContain('true');
  });

  test('__proto__ and constructor keys are only data', () => {
    const resume = JSON.parse(
      '{"basics":{"name":"A","__proto__":{"label":"polluted"}},"__proto__":{"work":[{"name":"Evil"}]},"constructor":{"prototype":{"x":1}}}',
    ) as object;
    const text = textOf(resume);
    expect(text).not.toContain('polluted');
    expect(text).not.toContain('Evil');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  test('an address on several lines reads as one line, its lines joined with commas', () => {
    const text = textOf({
      basics: { name: 'A', location: { address: 'Bldg 3, Room 12\n  \n50 Yonsei-ro  ', city: 'Seoul' } },
    });
    expect(text).toContain('Bldg 3, Room 12, 50 Yonsei-ro, Seoul');
  });
});
