/**
 * Grants, students, teaching, patents, the ORCID iD and counts in headings: each written inside
 * standard sections (as the registry's closed schema asks) and in the top-level shapes site
 * templates write, read the same, and shown in the page's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from 'jsonschema';
import ZSchema from 'z-schema';
import { render } from '../src';
import { orcidAddress, orcidChecks } from '../src/view-model/header';
import { validationErrors, visibleText } from './helpers/html';

const root = join(__dirname, '..');
const fixtures = join(__dirname, 'fixtures');
const load = (name: string) =>
  JSON.parse(readFileSync(join(fixtures, 'academic', name), 'utf8')) as {
    meta: { language: string; themeOptions: Record<string, unknown> };
  } & Record<string, unknown>;
/** A page from any object: these tests write what the exported types would not take. */
const page = (resume: object) => render(resume);
const standard = load('sections.resume.json');
const templates = load('sections.templates.json');

/** The fixture in a language, with its options changed. */
function variant(resume: typeof standard, language: string, options: Record<string, unknown> = {}) {
  const copy = structuredClone(resume);
  copy.meta.language = language;
  Object.assign(copy.meta.themeOptions, options);
  return copy;
}

/** The text of one section of a page, from its heading to the next section. */
function sectionText(html: string, id: string): string {
  const start = html.indexOf(`<section class="section section--${id}"`);
  if (start < 0) return '';
  const end = html.indexOf('</section>', start);
  return visibleText(html.slice(start, end));
}

/** Each part is in the text, after the one before it. */
function expectInOrder(text: string, parts: readonly string[]): void {
  let at = -1;
  for (const part of parts) {
    const found = text.indexOf(part);
    expect(found).toBeGreaterThan(at);
    at = found;
  }
}

const LANGUAGES = ['en', 'de', 'ko'] as const;
const ENCODINGS = [
  ['inside standard sections', standard],
  ["in site templates' top-level shapes", templates],
] as const;

describe('the fixture CV validates', () => {
  const schema = JSON.parse(readFileSync(join(root, 'schema.json'), 'utf8')) as object;
  const registry = JSON.parse(readFileSync(join(fixtures, 'shared', 'registry-schema.json'), 'utf8')) as object;
  const base = JSON.parse(readFileSync(require.resolve('@jsonresume/schema/schema.json'), 'utf8')) as object;
  const errors = (document: unknown, against: object) =>
    new Validator().validate(document, against).errors.map((e) => e.stack);

  test("against the registry's schema", () => expect(errors(standard, registry)).toEqual([]));
  test("against the theme's schema.json, with jsonschema and resume-cli's z-schema", () => {
    expect(errors(standard, schema)).toEqual([]);
    expect(new ZSchema({}).validate(standard, schema)).toBe(true);
  });
  test('against @jsonresume/schema 1.3.1', () => expect(errors(standard, base)).toEqual([]));

  type Awards = { awards: Array<Record<string, unknown>>; projects: Array<Record<string, unknown>> };
  test.each([
    ['amount: "lots"', (r: Awards) => (r.awards[0].amount = 'lots')],
    ['a negative amount', (r: Awards) => (r.awards[0].amount = -5)],
    ['a currency that is no ISO 4217 code', (r: Awards) => (r.awards[0].currency = 'dollars')],
    ['a grant status the theme does not know', (r: Awards) => (r.awards[0].status = 'maybe')],
    ['an enrolment in words', (r: Awards) => (r.projects[5].enrolment = 'many')],
    ['a thesis that is a number', (r: Awards) => (r.projects[0].thesis = 7)],
  ])('schema.json rejects %s, with both validators', (_, mutate) => {
    const broken = structuredClone(standard) as unknown as Awards;
    mutate(broken);
    expect(errors(broken, schema).length).toBeGreaterThan(0);
    expect(new ZSchema({}).validate(broken, schema)).toBe(false);
  });

  test('schema.json takes an amount a site template wrote as text ("$1.2M")', () => {
    const written = structuredClone(standard) as unknown as Awards;
    written.awards[0].amount = '$1.2M';
    expect(errors(written, schema)).toEqual([]);
  });
});

describe.each(LANGUAGES)('in %s, both encodings', (language) => {
  test('render the same page, byte for byte', () => {
    expect(page(variant(templates, language))).toBe(page(variant(standard, language)));
  });

  test.each(ENCODINGS)('%s: a valid page with every section', async (_, resume) => {
    const html = page(variant(resume, language));
    for (const id of ['publications', 'grants', 'awards', 'teaching', 'students'])
      expect(sectionText(html, id)).not.toBe('');
    expect(html).not.toMatch(/undefined|NaN|\[object Object\]/);
    expect(await validationErrors(html)).toEqual([]);
  });
});

describe('grants', () => {
  const expected = {
    en: {
      heading: 'Grants & Funding (4)',
      first:
        'Verified Compilers for Scientific Computing National Science Foundation · CCF-2212345 Sep 2023 – Aug 2027 PI · $1,200,000 CAREER award.',
      pending: 'Proof Repair at Scale Sloan Foundation 2025 Pending PI · $75,000',
      totals: 'Total awarded: $1,650,000 (PI) · €300,000 (Co-I)',
    },
    de: {
      heading: 'Drittmittel (4)',
      first:
        'Verified Compilers for Scientific Computing National Science Foundation · CCF-2212345 Sept. 2023 – Aug. 2027 PI · 1.200.000 $ CAREER award.',
      pending: 'Proof Repair at Scale Sloan Foundation 2025 In Begutachtung PI · 75.000 $',
      totals: 'Bewilligt insgesamt: 1.650.000 $ (PI) · 300.000 € (Co-I)',
    },
    ko: {
      heading: '연구비 (4)',
      first:
        'Verified Compilers for Scientific Computing National Science Foundation · CCF-2212345 2023년 9월 – 2027년 8월 PI · US$1,200,000 CAREER award.',
      pending: 'Proof Repair at Scale Sloan Foundation 2025년 심사 중 PI · US$75,000',
      totals: '총 수주액: US$1,650,000 (PI) · €300,000 (Co-I)',
    },
  };

  describe.each(ENCODINGS)('%s', (_, resume) => {
    test.each(LANGUAGES)('in %s: amounts in the language, pending after awarded, totals per role', (language) => {
      const text = sectionText(page(variant(resume, language)), 'grants');
      const want = expected[language];
      expect(text.startsWith(`${want.heading} ${want.first}`)).toBe(true);
      expect(text).toContain(`${want.pending} ${want.totals}`);
      // The pending grant comes after every awarded one, though written before the last.
      expect(text.indexOf('Compiler Testing Infrastructure')).toBeLessThan(text.indexOf('Proof Repair'));
      expect(text.endsWith(want.totals)).toBe(true);
    });
  });

  test('without grantTotals, no totals; with counts off, no count', () => {
    const html = page(variant(standard, 'en', { grantTotals: false, counts: false }));
    expect(sectionText(html, 'grants')).toMatch(/^Grants & Funding Verified/);
    expect(html).not.toContain('<p class="grants__totals"');
  });

  const grant = (fields: Record<string, unknown>, language = 'en') =>
    sectionText(page({ meta: { language }, awards: [{ type: 'grant', title: 'G', ...fields }] }), 'grants');

  test.each([
    ['a template\'s "$1.2M" as written', { amount: '$1.2M' }, 'Grants & Funding G $1.2M'],
    ['an amount without a currency as a number', { amount: 25000.5 }, 'Grants & Funding G 25,000.5'],
    ['a currency Intl cannot take after the number', { amount: 5000, currency: 'dollars' }, 'G 5,000 dollars'],
    ['a lower-case currency code', { amount: 5000, currency: 'gbp' }, 'G £5,000'],
    ['an amount that is no number, not at all', { amount: { sum: 5 } }, 'Grants & Funding G'],
    ['a status in words the theme knows', { status: 'Not funded' }, 'G Declined'],
    ['a status it does not know, as written', { status: 'Renewed' }, 'G Renewed'],
    ['pi: true as the role', { pi: true, amount: 10, currency: 'USD' }, 'G PI · $10'],
    ['pi naming someone else as a detail', { pi: 'Dr. Rivera' }, 'G PI: Dr. Rivera'],
  ])('%s', (_, fields, shown) => {
    const text = grant(fields);
    expect(text).toContain(shown);
    expect(text).not.toMatch(/undefined|NaN|\[object Object\]/);
  });

  test('pi: true reads as the role in the language', () => {
    expect(grant({ pi: true }, 'de')).toBe('Drittmittel G Projektleitung');
    expect(grant({ pi: true }, 'ko')).toBe('연구비 G 연구책임자');
  });

  test('an amount that is not finite is not shown', () => {
    expect(grant({ amount: Number.POSITIVE_INFINITY, currency: 'USD' })).toBe('Grants & Funding G');
  });

  test('statuses in order: awarded, pending, submitted, declined; each in the order written', () => {
    const awards = ['declined', 'submitted', 'pending', undefined, 'awarded'].map((status, i) => ({
      type: 'grant',
      title: `G${i}`,
      status,
    }));
    const text = sectionText(page({ awards }), 'grants');
    expect(text).toBe('Grants & Funding G3 G4 G2 Pending G1 Submitted G0 Declined');
  });

  test('top-level grants and funding are read as grants; a funding-typed award too', () => {
    const text = sectionText(
      page({
        grants: [{ title: 'A', funder: 'NSF' }],
        funding: [{ title: 'B', agency: 'NIH' }],
        awards: [{ type: 'Funding', title: 'C' }, { title: 'Prize' }],
      }),
      'grants',
    );
    expect(text).toBe('Grants & Funding C A NSF B NIH');
  });
});

describe('students', () => {
  const expected = {
    en: [
      'Students Supervised (5)',
      'Postdoctoral Researchers (1) Priya Raman Jan 2024 – Present',
      'PhD Students (2) Mina Seo Co-advisor Sep 2021 – Present Jonas Weber Sep 2018 – May 2023 Thesis: Certified Floating-Point Optimization Now: Assistant Professor, Example Institute of Technology',
      "Master's Students (1) Luis Ortega Sep 2022 – Jun 2023 Thesis: Fuzzing Type Checkers Now: Engineer, Example Corp",
      'Undergraduate Students (1) Tom Becker Jan 2023 – Dec 2023',
    ],
    de: [
      'Betreute Nachwuchsforschende (5)',
      'Postdocs (1) Priya Raman Jan. 2024 – heute',
      'Promovierende (2) Mina Seo Co-advisor Sept. 2021 – heute Jonas Weber Sept. 2018 – Mai 2023 Abschlussarbeit: Certified Floating-Point Optimization Verbleib: Assistant Professor, Example Institute of Technology',
      'Masterstudierende (1) Luis Ortega',
      'Bachelorstudierende (1) Tom Becker',
    ],
    ko: [
      '지도 학생 (5)',
      '박사후연구원 (1) Priya Raman 2024년 1월 – 현재',
      '박사과정 (2) Mina Seo Co-advisor 2021년 9월 – 현재 Jonas Weber 2018년 9월 – 2023년 5월 학위 논문: Certified Floating-Point Optimization 현 소속: Assistant Professor, Example Institute of Technology',
      '석사과정 (1) Luis Ortega',
      '학부생 (1) Tom Becker',
    ],
  };

  describe.each(ENCODINGS)('%s', (_, resume) => {
    test.each(LANGUAGES)('in %s: by level, current students first, with thesis and where they went', (language) => {
      const html = page(variant(resume, language));
      expectInOrder(sectionText(html, 'students'), expected[language]);
      expect(html).toContain('<a href="https://example.edu/theses/weber">Certified Floating-Point Optimization</a>');
    });
  });

  test('a sole advisor is not named as a role; other levels follow, as written; no level, last', () => {
    const projects = [
      { type: 'supervision', name: 'A', role: 'Advisor' },
      { type: 'mentoring', name: 'B', level: 'Visiting researcher' },
      { type: 'student', name: 'C', level: 'M.S.', roles: ['Sole supervisor'] },
    ];
    const text = sectionText(page({ projects }), 'students');
    expect(text).toBe("Students Supervised Master's Students C Visiting researcher B Other Students A");
  });

  test("where a co-advised student studied, and notes on the student's work", () => {
    const projects = [
      {
        type: 'supervision',
        name: 'A',
        roles: ['Co-advisor'],
        entity: 'Example Institute',
        highlights: ['Best thesis award'],
      },
    ];
    expect(sectionText(page({ projects }), 'students')).toBe(
      'Students Supervised A Co-advisor · Example Institute Best thesis award',
    );
  });

  test('students without a level are one list with no subheading', () => {
    const text = sectionText(page({ supervision: [{ name: 'A' }], mentoring: [{ student: 'B' }] }), 'students');
    expect(text).toBe('Students Supervised A B');
  });
});

describe('teaching', () => {
  const expected = {
    en: [
      'Teaching (2) CS 101: Introduction to Programming Instructor · Example University Level: Undergraduate Terms: Fall 2023 (Enrolment: 180) Fall 2024 (Enrolment: 210)',
      'CS 742: Program Verification Instructor · Example University Level: Graduate Terms: Spring 2023 Spring 2025 Enrolment: 24',
    ],
    de: [
      'Lehre (2) CS 101: Introduction to Programming Instructor · Example University Stufe: Undergraduate Semester: Fall 2023 (Teilnehmende: 180) Fall 2024 (Teilnehmende: 210)',
      'CS 742: Program Verification Instructor · Example University Stufe: Graduate Semester: Spring 2023 Spring 2025 Teilnehmende: 24',
    ],
    ko: [
      '강의 (2) CS 101: Introduction to Programming Instructor · Example University 과정: Undergraduate 학기: Fall 2023 (수강 인원: 180) Fall 2024 (수강 인원: 210)',
      'CS 742: Program Verification Instructor · Example University 과정: Graduate 학기: Spring 2023 Spring 2025 수강 인원: 24',
    ],
  };

  describe.each(ENCODINGS)('%s', (_, resume) => {
    test.each(LANGUAGES)('in %s: one entry per course, its terms listed with their enrolment', (language) => {
      const text = sectionText(page(variant(resume, language)), 'teaching');
      expect(text).toBe(expected[language].join(' '));
    });
  });

  test('a course taught on dates lists them as its terms; one that differs stays apart', () => {
    const teaching = [
      { course: 'Algebra', institution: 'U', startDate: '2021-09', endDate: '2021-12' },
      { course: 'Algebra', institution: 'U', date: '2023' },
      { course: 'Algebra', institution: 'U', date: '2024', summary: 'Redesigned.' },
    ];
    const text = sectionText(page({ teaching }), 'teaching');
    expect(text).toBe('Teaching Algebra U Terms: Sep 2021 – Dec 2021 2023 Algebra U 2024 Redesigned.');
  });

  test('a teaching item typed "teaching" does not show the type as its role; "TA" is shown', () => {
    const text = sectionText(
      page({ projects: [{ type: 'teaching', name: 'Algebra' }], teaching: [{ course: 'Logic', type: 'TA' }] }),
      'teaching',
    );
    expect(text).toBe('Teaching Algebra Logic TA');
  });
});

describe('patents', () => {
  const expected = {
    en: ['Patents (2)', 'US 2025/0012345 A1, pending', 'US 10,123,456 B2, granted'],
    de: ['Patente (2)', 'US 2025/0012345 A1, anhängig', 'US 10,123,456 B2, erteilt'],
    ko: ['특허 (2)', 'US 2025/0012345 A1, 심사 중', 'US 10,123,456 B2, 등록'],
  };

  describe.each(ENCODINGS)('%s', (_, resume) => {
    test.each(LANGUAGES)(
      'in %s: number and status in the citation, the owner among inventors emphasized',
      (language) => {
        const html = page(variant(resume, language));
        expectInOrder(sectionText(html, 'publications'), expected[language]);
        expect(html.match(/<strong class="publication__owner">Ada Lindqvist<\/strong>/g)).toHaveLength(3);
      },
    );
  });

  test('a patent without grouping is numbered with the papers, its number not read as an issue', () => {
    const text = visibleText(
      page({
        publications: [{ type: 'patent', name: 'P', number: '7', status: 'Issued', publisher: 'USPTO' }],
      }),
    );
    expect(text).toContain('[1] P USPTO, 7, granted');
    expect(text).not.toContain('no. 7');
  });
});

describe('the ORCID iD', () => {
  test.each([
    ['0000-0002-1825-0097', true],
    ['0000-0001-5109-3700', true],
    ['0000-0002-1694-233X', true],
    ['0000-0002-1825-0098', false],
  ])('the check of %s holds: %s', (id, holds) => expect(orcidChecks(id)).toBe(holds));

  test.each([
    ['0000-0002-1694-233x', 'https://orcid.org/0000-0002-1694-233X'],
    ['https://orcid.org/0000-0002-1825-0097/', 'https://orcid.org/0000-0002-1825-0097'],
    ['orcid.org/0000000218250097', 'https://orcid.org/0000-0002-1825-0097'],
    ['0000-0002-1825-0098', undefined],
    ['my ORCID', undefined],
  ])('%s is shown as %s', (written, address) => expect(orcidAddress(written)).toBe(address));

  const contacts = (html: string) => html.slice(html.indexOf('<ul class="contacts">'), html.indexOf('</ul>'));

  test.each(ENCODINGS)('%s: the full address, linked, after the iD mark drawn in the page', (_, resume) => {
    const list = contacts(page(resume));
    expect(list).toMatch(
      /<svg class="contacts__orcid"[^>]*aria-hidden="true">(?:<path [^>]*\/>)+<\/svg> <a href="https:\/\/orcid.org\/0000-0002-1825-0097">https:\/\/orcid.org\/0000-0002-1825-0097<\/a>/,
    );
    expect(list.match(/orcid\.org\/0000/g)).toHaveLength(2);
  });

  test('an iD whose check fails is shown as written, unlinked, without the mark', () => {
    const list = contacts(page({ basics: { name: 'A', orcid: '0000-0002-1825-0098' } }));
    expect(visibleText(list)).toBe('ORCID: 0000-0002-1825-0098');
    expect(list).not.toContain('<a');
    expect(list).not.toContain('<svg');
  });

  test('the iD once, though basics and a profile both give it', () => {
    const list = contacts(
      page({
        basics: {
          orcid: '0000-0002-1825-0097',
          profiles: [{ network: 'orcid', url: 'https://orcid.org/0000-0002-1825-0097' }],
        },
      }),
    );
    expect(list.match(/<svg/g)).toHaveLength(1);
  });

  test('an ORCID profile with a name for a username is found by its address', () => {
    const list = contacts(
      page({
        basics: { profiles: [{ network: 'ORCID', username: 'Ada', url: 'https://orcid.org/0000-0002-1825-0097' }] },
      }),
    );
    expect(visibleText(list)).toBe('https://orcid.org/0000-0002-1825-0097');
  });
});

describe('counts in headings', () => {
  test('sections that list entries, and publication groups, say how many; a summary or skills do not', () => {
    const resume = {
      basics: { summary: 'Hello.' },
      skills: [{ name: 'Proofs' }],
      publications: [{ name: 'A', type: 'journal' }, { name: 'B', type: 'journal' }, { name: 'C' }],
      meta: { themeOptions: { counts: true, groupPublications: true } },
    };
    const text = visibleText(page(resume));
    expect(text).toContain('Summary Hello.');
    expect(text).toContain('Skills Proofs');
    expect(text).toContain('Publications (3) Journal Articles (2)');
    expect(text).toContain('Other (1)');
  });

  test('a heading given in labels is counted too', () => {
    const text = visibleText(
      page({ awards: [{ title: 'A' }], meta: { themeOptions: { counts: true, labels: { awards: 'Prizes' } } } }),
    );
    expect(text).toContain('Prizes (1) A');
  });
});

describe('bounds', () => {
  test('past 8 currencies, an amount is the number and its code, and formatters are not made per grant', () => {
    const codes = Array.from({ length: 2_000 }, (_, i) =>
      String.fromCharCode(65 + (i % 26), 65 + (Math.floor(i / 26) % 26), 65 + (Math.floor(i / 676) % 26)),
    );
    const awards = codes.map((currency, i) => ({ type: 'grant', title: `G${i}`, amount: 1000, currency }));
    const started = performance.now();
    const text = sectionText(page({ awards }), 'grants');
    // 2,000 formatters take ~60 ms; the cap keeps it to a few.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(text).toContain('G0 AAA 1,000');
    expect(text).toContain('G1999 1,000 XYC');
  });
});

describe('text that could move its neighbours', () => {
  test('a right-to-left term or role is isolated inside the brackets around it', () => {
    const teaching = [
      { course: 'C', term: 'סתיו 2023', enrolment: 30 },
      { course: 'C', term: 'אביב 2024', enrolment: 25 },
    ];
    const html = page({ teaching });
    expect(html).toContain('\u2068סתיו 2023\u2069 (Enrolment: 30)');
    const awards = [{ type: 'grant', title: 'G', role: 'חוקר ראשי', amount: 5, currency: 'ILS' }];
    expect(page({ awards, meta: { themeOptions: { grantTotals: true } } })).toMatch(/\(\u2068חוקר ראשי\u2069\)/);
  });

  test('amounts too large to sum are left out of the total, never "∞"', () => {
    // Each is 1.5e308 cents, within what a number holds; their sum is not.
    const awards = [1.5e306, 1.5e306, 1e307].map((amount) => ({ type: 'grant', title: 'G', amount, currency: 'USD' }));
    const text = sectionText(page({ awards, meta: { themeOptions: { grantTotals: true } } }), 'grants');
    expect(text).not.toContain('∞');
    expect(text).toMatch(/Total awarded: \$1,500,000,000,[\d,]+$/);
  });
});

describe('items picked from one section by type', () => {
  test('each goes to its section, ahead of that section top-level items; the rest stay', () => {
    const html = page({
      projects: [
        { type: 'teaching', name: 'C1' },
        { type: 'Talk', name: 'T1' },
        { type: 'supervision', name: 'S1' },
        { name: 'P1' },
        { type: 'course', name: 'C2' },
      ],
      talks: [{ title: 'T2' }],
      teaching: [{ course: 'C3' }],
    });
    expect(sectionText(html, 'talks')).toBe('Talks T1 T2');
    expect(sectionText(html, 'teaching')).toBe('Teaching C1 C2 C3');
    expect(sectionText(html, 'students')).toBe('Students Supervised S1');
    expect(sectionText(html, 'projects')).toBe('Projects P1');
  });
});
