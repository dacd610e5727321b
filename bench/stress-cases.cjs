// The hostile inputs of `npm run stress` and of the Jest guards (__tests__/limits.test.ts,
// __tests__/bounds.test.ts; CommonJS, so both load it): each case
// builds a resume whose JSON is about `bytes` long, so time can be compared across sizes.

/** Where one long string goes, and what it is wrapped in there. */
const FAMILIES = {
  name: (v) => ({ basics: { name: v } }),
  label: (v) => ({ basics: { name: 'Ann Lee', label: v } }),
  position: (v) => ({ work: [{ name: 'Lab', position: v }] }),
  summary: (v) => ({ basics: { name: 'Ann Lee', summary: v } }),
  highlight: (v) => ({ work: [{ name: 'Lab', highlights: [v] }] }),
  authorsString: (v) => ({ basics: { name: 'Ann Lee' }, publications: [{ name: 'P', authors: v }] }),
  author: (v) => ({ basics: { name: 'Ann Lee' }, publications: [{ name: 'P', authors: [v, 'Ann Lee'] }] }),
  nameForm: (v) => ({
    basics: { name: 'Ann Lee' },
    publications: [{ name: 'P', authors: ['A. Lee', 'Bo Kim', v] }],
    meta: { themeOptions: { nameForms: [v] } },
  }),
  email: (v) => ({ basics: { name: 'Ann Lee', email: `a@${v}@` } }),
  phone: (v) => ({ basics: { name: 'Ann Lee', phone: v } }),
  url: (v) => ({ basics: { name: 'Ann Lee', url: v } }),
  profile: (v) => ({ basics: { name: 'Ann Lee', profiles: [{ network: v, username: v, url: v }] } }),
  date: (v) => ({ work: [{ name: 'Lab', startDate: v, endDate: v }] }),
  accentColor: (v) => ({ basics: { name: 'Ann Lee' }, meta: { themeOptions: { accentColor: `rgb(${v} x` } } }),
  language: (v) => ({ basics: { name: 'Ann Lee' }, meta: { language: `en-${v}` } }),
  location: (v) => ({ basics: { name: 'Ann Lee', location: { address: v, city: v } } }),
  keywords: (v) => ({ skills: [{ name: 'ML', keywords: v }] }),
  years: (v) => ({ volunteer: [{ organization: 'ICML', type: 'reviewing', years: v }] }),
  image: (v) => ({ basics: { name: 'Ann Lee', image: `data:image/png;base64,${v}` } }),
  customSection: (v) => ({ [v.slice(0, 200)]: [{ title: v, organization: v, description: v }] }),
};

/** What the long string is made of: 'a' + unit × n + 'b', the shape that makes regexes backtrack. */
const RUNS = {
  spaces: ' ',
  tabs: '\t',
  nbsp: '\u00a0',
  newlines: '\n',
  dots: '.',
  commas: ',',
  and: ' and ',
  initials: 'A. ',
  brackets: '[',
  linkOpeners: '](',
  asterisks: '*',
  underscores: '_',
  emphasisMix: '**a_',
  quotes: '>',
  listMarkers: '- ',
  backticks: '`',
  angles: '<',
  ampersands: '&',
  ats: '@',
  www: 'www.',
  digits: '1',
  digitCommas: '1,',
  hyphens: '-',
  letters: 'a',
  words: 'lorem ',
  backslashes: '\\',
  tildes: '~',
  pipes: '|',
  hashes: '#',
  combining: 'e\u0301',
  surrogates: '😀',
};

function runValue(unit, bytes) {
  const unitBytes = JSON.stringify(unit).length - 2;
  return `a${unit.repeat(Math.max(1, Math.floor(bytes / unitBytes)))}b`;
}

/** Repeats `make(i)` until the list's JSON reaches `bytes`. */
function listOf(bytes, make) {
  const list = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const item = make(i);
    size += JSON.stringify(item).length + 1;
    list.push(item);
  }
  return list;
}

const paper = (i) => ({
  name: `Paper ${i} on *robust* learning`,
  publisher: 'ICLR',
  releaseDate: `${2000 + (i % 25)}-05-01`,
  authors: ['Ann Lee', 'Bo Kim', `Chen ${i}`],
  url: `https://arxiv.org/abs/2101.${String(i % 99999).padStart(5, '0')}`,
  summary: `We show that **method ${i}** improves [results](https://example.org/${i}).`,
});

/** Resumes that are large because they have many entries, authors or name forms. */
const COUNTS = {
  publications: (bytes) => ({ basics: { name: 'Ann Lee' }, publications: listOf(bytes, paper) }),
  authorsTimesNameForms: (bytes) => {
    // The case: 10,000 authors against 1,000 name forms is 224 KB; keep that proportion.
    const authors = listOf((bytes * 10) / 11, (i) => `Author${i} Surname${i}`);
    const nameForms = authors.slice(0, Math.ceil(authors.length / 10)).map((name) => `X. ${name}`);
    return {
      basics: { name: 'Ann Lee' },
      publications: [{ name: 'P', authors }],
      meta: { themeOptions: { nameForms } },
    };
  },
  workEntries: (bytes) => ({
    work: listOf(bytes, (i) => ({
      name: `Lab ${i}`,
      position: 'Researcher',
      startDate: '2020-01-01',
      endDate: '2021-06',
      summary: `Worked on _thing ${i}_.\n\n- one\n- two`,
      highlights: [`Built **x${i}**`, 'Plain text highlight'],
    })),
  }),
  highlights: (bytes) => ({ work: [{ name: 'Lab', highlights: listOf(bytes, (i) => `Result ${i} with *emphasis*`) }] }),
  profiles: (bytes) => ({
    basics: {
      name: 'Ann Lee',
      profiles: listOf(bytes, (i) => ({ network: 'GitHub', username: `u${i}`, url: `https://github.com/u${i}` })),
    },
  }),
  talkEvents: (bytes) => ({
    talks: [
      { title: 'Talk', events: listOf(bytes, (i) => ({ name: `Seminar ${i}`, date: '2023-02', location: 'Seoul' })) },
    ],
  }),
  customSections: (bytes) =>
    Object.fromEntries(listOf(bytes, (i) => [`section ${i}`, [{ title: `Entry ${i}`, startDate: '2020-01' }]])),
  customKeys: (bytes) => ({ work: [Object.fromEntries(listOf(bytes, (i) => [`Field_${i}`, 'x']))] }),
  serviceYears: (bytes) => ({
    volunteer: listOf(bytes, (i) => ({
      organization: `Venue ${i % 50}`,
      type: 'reviewing',
      position: 'Reviewer',
      years: ['2022', '2023'],
    })),
  }),
};

/** Tiny items, where the page's markup around each is largest against its JSON: the output budget's worst cases. */
const SECTIONS = [
  'work',
  'volunteer',
  'education',
  'awards',
  'certificates',
  'publications',
  'skills',
  'languages',
  'interests',
  'references',
  'projects',
  'talks',
  'service',
  'teaching',
  'grants',
  'students',
];
/** Three-letter codes, each a currency Intl would format: the render makes formatters for the first few only. */
const currency = (i) =>
  String.fromCharCode(65 + (i % 26), 65 + (Math.floor(i / 26) % 26), 65 + (Math.floor(i / 676) % 26));
const TINY = {
  tinyEntries: (bytes) =>
    Object.fromEntries(SECTIONS.map((key) => [key, listOf(bytes / SECTIONS.length, () => ({ name: 'a' }))])),
  tinyDatedEntries: (bytes) =>
    Object.fromEntries(
      SECTIONS.map((key) => [
        key,
        listOf(bytes / SECTIONS.length, () => ({ name: 'a', startDate: '2020', endDate: '2021' })),
      ]),
    ),
  tinyKeywords: (bytes) => ({ skills: [{ name: 'S', keywords: listOf(bytes, () => 'a') }] }),
  tinyHighlights: (bytes) => ({ work: listOf(bytes, () => ({ name: 'a', highlights: ['a', 'b', 'c'] })) }),
  tinyAuthors: (bytes) => ({
    basics: { name: 'a' },
    publications: listOf(bytes, () => ({ name: 'P', authors: ['a', 'b', 'c', 'a'] })),
  }),
  tinyProfiles: (bytes) => ({
    basics: { name: 'A', profiles: listOf(bytes, () => ({ network: 'X', url: 'https://x.io' })) },
  }),
  tinyServiceYears: (bytes) => ({
    volunteer: listOf(bytes, () => ({ organization: 'V', type: 'reviewing', years: ['1', '2', '3'] })),
  }),
  tinyTalkEvents: (bytes) => ({
    talks: listOf(bytes, () => ({
      title: 'T',
      events: [
        { name: 'a', date: '2020' },
        { name: 'b', date: '2021' },
      ],
    })),
  }),
  tinyGrants: (bytes) => ({
    awards: listOf(bytes, (i) => ({ type: 'grant', title: 'G', role: 'PI', amount: i, currency: currency(i) })),
    meta: { themeOptions: { grantTotals: true, counts: true } },
  }),
  tinyTerms: (bytes) => ({ teaching: listOf(bytes, () => ({ course: 'C', term: ['a', 'b'], enrolment: 1 })) }),
  tinyStudentLevels: (bytes) => ({
    projects: listOf(bytes, (i) => ({ type: 'supervision', name: 'a', level: `L${i}`, endDate: '2020' })),
  }),
  tinyCustomSections: (bytes) => Object.fromEntries(listOf(bytes, (i) => [`s${i}`, [{ title: 'a' }]])),
};

/** Markdown that marked would multiply: a table's rows padded to its header's width, one reference's URL in every link. */
const markdownFields = (bytes, make) => {
  const field = make(Math.min(bytes, 19_000));
  return { basics: { name: 'A', summary: field }, work: listOf(bytes, () => ({ name: 'L', summary: field })) };
};
const AMPLIFIERS = {
  tablePadding: (bytes) =>
    markdownFields(bytes, (n) => `${'|a'.repeat(n / 8)}|\n${'|-'.repeat(n / 8)}|\n${'a\n'.repeat(n / 4)}`),
  referenceLinks: (bytes) =>
    markdownFields(bytes, (n) => `[a]: https://e.co/${'中'.repeat(n / 8)}\n\n${'[a] '.repeat(n / 8)}`),
  denseTables: (bytes) => markdownFields(bytes, (n) => `|:-:|:-:|:-:|\n|:-:|:-:|:-:|\n${'|a|b|c|\n'.repeat(n / 8)}`),
  deepQuotesEachLine: (bytes) => markdownFields(bytes, (n) => `${'>'.repeat(16)}a\n\n`.repeat(n / 19)),
  emptyListItems: (bytes) => markdownFields(bytes, (n) => '-\n'.repeat(n / 2)),
  shortParagraphs: (bytes) => markdownFields(bytes, (n) => 'a\n\n'.repeat(n / 3)),
  shortHeadings: (bytes) => markdownFields(bytes, (n) => '# a\n'.repeat(n / 4)),
  orderedItems: (bytes) => markdownFields(bytes, (n) => '1. a\n'.repeat(n / 5)),
};

/** Other shapes the bounds must hold for: section matching, direction controls, combining marks, keys, photos. */
const OTHERS = {
  sectionMatching: (bytes) => {
    const keys = listOf(bytes / 2, (i) => `Section ${'x'.repeat(1990)} ${i}`);
    return {
      ...Object.fromEntries(keys.map((key) => [key, [{ title: 'a' }]])),
      meta: { themeOptions: { sections: [...keys].reverse() } },
    };
  },
  bidiControls: (bytes) => ({
    basics: { name: 'Ann Lee' },
    publications: listOf(bytes, () => ({
      name: '\u202eP',
      authors: ['\u202eEvil \u2066Eve', 'Ann Lee', '\u2069\u202c\u2069Bo'],
    })),
  }),
  combiningFlood: (bytes) => ({
    basics: { name: 'A', summary: `e${'\u0301'.repeat(bytes / 7)}` },
    work: [{ name: `e${'\u0301'.repeat(bytes / 7)}`, highlights: [`e${'\u0301'.repeat(bytes / 7)}`] }],
  }),
  controlKeys: (bytes) => Object.fromEntries(listOf(bytes, (i) => [`\u0000\u0007\u001b key ${i}`, [{ title: 'a' }]])),
  photo: (bytes) => ({
    basics: { name: 'A', image: `data:image/jpeg;base64,${'A'.repeat(Math.min(bytes, 1_000_000))}` },
  }),
};

/** Every JSON case: `family/run` for each pair, then the entry-count cases. */
const cases = [
  ...Object.entries(FAMILIES).flatMap(([family, place]) =>
    Object.entries(RUNS).map(([run, unit]) => ({
      name: `${family}/${run}`,
      build: (bytes) => place(runValue(unit, bytes)),
    })),
  ),
  ...Object.entries(COUNTS).map(([name, build]) => ({ name: `count/${name}`, build })),
  ...Object.entries(TINY).map(([name, build]) => ({ name: `tiny/${name}`, build })),
  ...Object.entries(AMPLIFIERS).map(([name, build]) => ({ name: `markdown/${name}`, build })),
  ...Object.entries(OTHERS).map(([name, build]) => ({ name: `other/${name}`, build })),
];

/** The output budget: no page larger than ten times its JSON plus 256 KB (README, Limits). */
function pageBudget(jsonBytes) {
  return 10 * jsonBytes + 262_144;
}

/** Cases of one fixed size: the reported rows as they were reported, and deep nesting. */
const fixedCases = [
  {
    name: 'exact/colorDigits',
    build: () => ({
      meta: {
        themeOptions: { accentColor: `rgb(${'1'.repeat(80)} ${'1'.repeat(80)} ${'1'.repeat(80)} ${'1'.repeat(80)} x` },
      },
    }),
  },
  { name: 'exact/deepQuotes', build: () => ({ basics: { name: 'A', summary: '>'.repeat(3000) } }) },
  { name: 'exact/deepLists', build: () => ({ basics: { name: 'A', summary: '- '.repeat(3000) } }) },
  {
    name: 'exact/deepIndentedLists',
    build: () => ({
      basics: { name: 'A', summary: Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n') },
    }),
  },
  {
    name: 'exact/deepBrackets',
    build: () => ({ basics: { name: 'A', summary: `${'['.repeat(5000)}x${']'.repeat(5000)}` } }),
  },
  {
    name: 'exact/deepEmphasis',
    build: () => ({ basics: { name: 'A', summary: `${'*_'.repeat(5000)}x${'_*'.repeat(5000)}` } }),
  },
  // Inputs only a JavaScript caller can pass: array-likes whose `length` lies.
  {
    name: 'exact/nameOf32000Words',
    build: () => ({ basics: { name: 'a '.repeat(32_000) }, publications: [{ name: 'P', authors: ['a a'] }] }),
  },
  {
    name: 'exact/authorOfInitials',
    build: () => ({ basics: { name: 'Ann Lee' }, publications: [{ name: 'P', authors: ['A. '.repeat(33_334)] }] }),
  },
  {
    name: 'exact/nameForms1000xAuthors10000',
    build: () => ({
      basics: { name: 'Ann Lee' },
      publications: [{ name: 'P', authors: Array.from({ length: 10_000 }, (_, i) => `Author${i} Surname${i}`) }],
      meta: { themeOptions: { nameForms: Array.from({ length: 1000 }, (_, i) => `X. Author${i} Surname${i}`) } },
    }),
  },
  { name: 'exact/emailDots', build: () => ({ basics: { email: `a@${'.'.repeat(100_000)}@` } }) },
  {
    name: 'exact/tablePadding20KB',
    build: () => ({
      basics: { name: 'A', summary: `${'|a'.repeat(2500)}|\n${'|-'.repeat(2500)}|\n${'a\n'.repeat(4995)}` },
    }),
  },
  {
    name: 'exact/referenceLinks40KB',
    build: () => ({
      basics: { name: 'A', summary: `[a]: https://e.co/${'中'.repeat(15_000)}\n\n${'[a] '.repeat(1245)}` },
      work: [{ name: 'L', summary: `[a]: https://e.co/${'中'.repeat(15_000)}\n\n${'[a] '.repeat(1245)}` }],
    }),
  },
  {
    name: 'exact/sections500x500of2000',
    build: () => {
      const keys = Array.from({ length: 500 }, (_, i) => `${'k'.repeat(1995)}${i}`);
      return {
        ...Object.fromEntries(keys.map((key) => [key, [{ title: 'a' }]])),
        meta: { themeOptions: { sections: keys.map((key) => `${key.slice(0, -3)}_${key.slice(-3)}`) } },
      };
    },
  },
  {
    name: 'exact/combining100x2MB',
    build: () => ({ work: Array.from({ length: 100 }, () => ({ name: 'L', summary: `e${'\u0301'.repeat(19_999)}` })) }),
  },
  { name: 'exact/highlightEmphasis16KB', build: () => ({ work: [{ name: 'L', highlights: ['**a_'.repeat(4000)] }] }) },
  {
    name: 'js/sparseHighlights',
    build: () => ({ work: [{ name: 'Lab', highlights: Object.assign([], { length: 1e9 }) }] }),
  },
  {
    name: 'js/sparseSection',
    build: () => ({ basics: { name: 'A' }, publications: Object.assign([{ name: 'P' }], { length: 1e9 }) }),
  },
  {
    name: 'js/sparseAuthors',
    build: () => ({ publications: [{ name: 'P', authors: Object.assign(['Ann'], { length: 1e9 }) }] }),
  },
  {
    name: 'js/sparseKeywords',
    build: () => ({ skills: [{ name: 'S', keywords: Object.assign([], { length: 4e9 }) }] }),
  },
];

module.exports = { cases, fixedCases, pageBudget };
