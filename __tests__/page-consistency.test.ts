/**
 * What a new user saw read wrong on the page in the first hour: a date column holding a month
 * alone, an ongoing job without "Present", talks out of order, one co-author written three ways,
 * and a page title cut inside a word.
 */
import { render } from '../src';
import fc from 'fast-check';
import { displayName, generalDisplayName, hasBareInitial, plainName } from '../src/format/authors';
import { visibleText } from './helpers/html';

const textOf = (resume: object) => visibleText(render(resume));
const titleOf = (resume: object) => /<title>([^<]*)<\/title>/.exec(render(resume))?.[1];

describe('the date column always reads as a date', () => {
  test('a venue that names its year still has the whole date beside it', () => {
    const text = textOf({
      publications: [
        { name: 'Sparse Alignment', publisher: 'RECOMB 2021', releaseDate: '2021-08-29' },
        { name: 'Corpus Notes', publisher: 'LREC-COLING 2024', releaseDate: '2024-05' },
        { name: 'Year Only', publisher: 'ISMB 2019', releaseDate: '2019' },
      ],
    });
    expect(text).toContain('Corpus Notes May 2024 LREC-COLING 2024');
    expect(text).toContain('Sparse Alignment Aug 2021 RECOMB 2021');
    expect(text).toContain('Year Only 2019 ISMB 2019');
  });

  test('a current job whose start is words naming a year reads "– Present"', () => {
    expect(textOf({ work: [{ name: 'Example University', position: 'Lecturer', startDate: 'Spring 2021' }] })).toBe(
      'Curriculum Vitae Experience Example University Lecturer Spring 2021 – Present',
    );
    expect(textOf({ work: [{ name: 'E', startDate: 'Frühjahr 2021' }], meta: { language: 'de' } })).toContain(
      'Frühjahr 2021 – heute',
    );
  });
});

describe('talks are newest first, like publications, unless themeOptions.fileOrder keeps them', () => {
  const talks = [
    { type: 'talk', name: 'Oldest', date: '2015-03' },
    { type: 'talk', name: 'Undated' },
    {
      type: 'talk',
      name: 'Given twice',
      events: [
        { name: 'First', date: '2016' },
        { name: 'Again', date: '2024-06' },
      ],
    },
    { type: 'talk', name: 'Recent', date: '2023-11' },
  ];

  test('by the latest time each was given; undated ones after, in the file’s order', () => {
    expect(textOf({ projects: talks })).toBe(
      'Curriculum Vitae Talks Given twice First 2016 Again Jun 2024 Recent Nov 2023 Oldest Mar 2015 Undated',
    );
  });

  test('fileOrder keeps talks, or publications, as the file has them', () => {
    expect(textOf({ projects: talks, meta: { themeOptions: { fileOrder: ['talks'] } } })).toBe(
      'Curriculum Vitae Talks Oldest Mar 2015 Undated Given twice First 2016 Again Jun 2024 Recent Nov 2023',
    );
    const publications = [
      { name: 'Old', releaseDate: '2010' },
      { name: 'New', releaseDate: '2020' },
    ];
    expect(textOf({ publications })).toBe('Curriculum Vitae Publications [2] New 2020 [1] Old 2010');
    expect(textOf({ publications, meta: { themeOptions: { fileOrder: ['Publications'] } } })).toBe(
      'Curriculum Vitae Publications [2] Old 2010 [1] New 2020',
    );
  });

  test('work, education and awards keep the file’s order', () => {
    expect(
      textOf({
        work: [
          { name: 'Adjunct', startDate: '2022' },
          { name: 'Main', startDate: '2018' },
        ],
      }),
    ).toBe('Curriculum Vitae Experience Adjunct 2022 – Present Main 2018 – Present');
  });
});

describe('author names in one form across a list', () => {
  const authors = [
    'SA Teichmann',
    'Teichmann, SA',
    'Teichmann, S. A.',
    'S.A. Teichmann',
    { given: 'S A', family: 'Teichmann' },
    'E Müller-Svensson',
    'Müller-Svensson, E.',
    '王小明',
    '김민수',
    'Madonna',
    'Okafor, Mina',
    'Costa, Jr., P. T.',
    'University of California, Berkeley Lab',
    'J.-P. Sartre',
  ];

  test('initials with their periods, given names first; unspaced scripts and mononyms as written', () => {
    const text = textOf({ publications: [{ name: 'P', authors }] });
    expect(text).toContain(
      'S. A. Teichmann, S. A. Teichmann, S. A. Teichmann, S. A. Teichmann, S. A. Teichmann, E. Müller-Svensson, E. Müller-Svensson, 王小明, 김민수, Madonna, Mina Okafor, P. T. Costa Jr., University of California, Berkeley Lab, and J.-P. Sartre',
    );
  });

  test('two capitals before a family name are initials only where the list writes initials so', () => {
    expect(displayName({ name: 'LI Na' }, () => false)).toBe('LI Na');
    expect(displayName({ name: 'SA Teichmann' }, () => true)).toBe('S. A. Teichmann');
    expect(textOf({ publications: [{ name: 'P', authors: ['LI Na', 'ZHANG Wei'] }] })).toContain('LI Na and ZHANG Wei');
    expect(textOf({ publications: [{ name: 'P', authors: ['LI Na', 'E Müller'] }] })).toContain(
      'L. I. Na and E. Müller',
    );
  });

  test('the owner is still emphasized, whichever form the list used', () => {
    const html = render({
      basics: { name: 'Sarah A. Teichmann' },
      publications: [{ name: 'P', authors: ['Teichmann, SA', 'E Müller-Svensson'] }],
    });
    expect(html).toMatch(/<strong class="publication__owner">S\. A\. Teichmann<\/strong>/);
  });
});

describe('the page title is cut at a word', () => {
  test('never inside one; past a separator left dangling; a script without spaces anywhere', () => {
    const long = 'Professor of Computational Biology and Machine Learning at the University of Somewhere';
    const title = titleOf({ basics: { name: 'Mina Okafor', label: long } }) ?? '';
    expect(title).toBe('Mina Okafor — Professor of Computational Biology and Machine Learning…');
    expect(long.startsWith(title.slice('Mina Okafor — '.length, -1))).toBe(true);
    for (let cut = 40; cut < long.length; cut += 7) {
      const shown =
        titleOf({
          basics: { name: 'Mina Okafor', label: `${long.slice(0, cut)}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` },
        }) ?? '';
      const words = shown.slice(0, -1).split(' ');
      expect(`Mina Okafor — ${long}`.split(' ')).toEqual(expect.arrayContaining(words));
    }
    expect(titleOf({ basics: { name: 'Mina Okafor', label: 'x'.repeat(90) } })).toBe('Mina Okafor…');
    const japanese =
      titleOf({ basics: { name: '岡田ミナ', label: '東京大学大学院情報理工学系研究科'.repeat(6) } }) ?? '';
    expect(japanese.length).toBeGreaterThan(60);
    expect(japanese.endsWith('…')).toBe(true);
  });
});

test('property: a plain name is its own form, exactly as the general path gives it', () => {
  const word = fc.constantFrom(
    'Namuk',
    'Park',
    'SA',
    'E',
    'LI',
    'Na',
    'van',
    'de',
    'J.-P.',
    'S.A.',
    'Müller',
    '王',
    'O’Neil',
    'x',
    'ABCD',
  );
  const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
  fc.assert(
    fc.property(name, fc.boolean(), (written, bare) => {
      const author = { name: written };
      if (plainName(written)) {
        expect(generalDisplayName(author, bare)).toBe(written);
        expect(hasBareInitial(author)).toBe(false);
      }
      expect(displayName(author, () => bare)).toBe(generalDisplayName(author, bare));
    }),
    { numRuns: 2000 },
  );
});
