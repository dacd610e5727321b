/**
 * The resume.json files researchers already have: the shapes of al-folio's assets/json/resume.json
 * and academicpages' _data/cv.json (fixtures written for these tests, no real person's data), and
 * @jsonresume/sample-data's complete resume, which the registry's theme check renders. Each
 * defect found rendering real files has a test here.
 */
import { render } from '../src';
import { readDate } from '../src/format/dates';
import { KNOWN_FORMS } from '../src/generated/known-names';
import { keyForm, Source } from '../src/normalize/source';
import { headings, sectionOrder, validationErrors, visibleText } from './helpers/html';

import alFolio from './fixtures/academic/al-folio.resume.json';
import academicPages from './fixtures/academic/academicpages.cv.json';
import complete from '@jsonresume/sample-data/complete-resume.json';
import sample from '@jsonresume/schema/sample.resume.json';

// Shapes beyond the Resume type are what these tests are about.
const textOf = (resume: object) => visibleText(render(resume));

/** Every string in a value, with the path to it. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  return [];
}

describe.each([
  ['al-folio', alFolio, ['KxcQzy8AAAAJ']],
  ['academicpages', academicPages, ['portfolio', 'Doctorate']],
])('%s-shaped file: nothing is dropped', (_, resume, shownOtherwise: string[]) => {
  const text = textOf(resume).toLowerCase();
  // Dates are shown formatted, URLs as links, Markdown as markup; the listed values are shown
  // otherwise by design (an opaque id links as "Google Scholar"; an area that names the degree
  // stands for the degree; a category of one value).
  const shownAsWritten = strings(resume).filter(
    ([path, value]) =>
      value.trim() !== '' &&
      !/^(?:https?:|\/)/.test(value) &&
      !/(?:date|startdate|enddate)$/i.test(path) &&
      !path.endsWith('.countryCode') &&
      readDate(value).date === undefined &&
      !shownOtherwise.includes(value),
  );

  test.each(shownAsWritten)('%s is on the page', (_path, value) => {
    expect(text).toContain(value.replace(/[*_]/g, '').toLowerCase().trim());
  });
});

describe('dates as CVs show them', () => {
  const text = textOf(alFolio);

  test('a -01 placeholder day is not shown: months at most', () => {
    expect(text).toContain('Nov 2022 – Present');
    expect(text).not.toContain('Nov 1, 2022');
    expect(text).toContain('Rotation Curves Revisited Jan 2025');
    expect(textOf(sample)).toContain('Dec 2013 – Dec 2014');
  });

  test('the forms people write are read: 2019.10, 08/2022, 2024.02, March 2020', () => {
    expect(text).toContain('Oct 2019 – Aug 2022');
    expect(text).toContain('Halo Shapes Feb 2024');
    expect(textOf({ work: [{ name: 'L', startDate: 'Mar. 2020', endDate: '5/2021' }] })).toContain(
      'Mar 2020 – May 2021',
    );
  });

  test('anything else is shown as written; a start in words that names a year and has no end is ongoing', () => {
    expect(textOf({ work: [{ name: 'L', startDate: 'Spring 2020', endDate: 'Fall 2021' }] })).toContain(
      'Spring 2020 – Fall 2021',
    );
    expect(textOf({ work: [{ name: 'L', startDate: 'Spring 2021' }] })).toBe(
      'Curriculum Vitae Experience L Spring 2021 – Present',
    );
    expect(textOf({ education: [{ institution: 'U', startDate: 'Fall semester 2019' }] })).toContain(
      'U Fall semester 2019 – Present',
    );
    // Words that name no year are never followed by an invented "Present"; nor is a single date.
    expect(textOf({ work: [{ name: 'L', startDate: 'Winter' }] })).toBe('Curriculum Vitae Experience L Winter');
    expect(textOf({ work: [{ name: 'L', startDate: 'since 12021' }] })).toBe(
      'Curriculum Vitae Experience L since 12021',
    );
    expect(textOf({ awards: [{ title: 'A', date: 'Spring 2021' }] })).toBe(
      'Curriculum Vitae Awards & Honors A Spring 2021',
    );
    expect(textOf({ projects: [{ type: 'talk', name: 'T', date: 'Spring 2021' }] })).toBe(
      'Curriculum Vitae Talks T Spring 2021',
    );
    expect(textOf({ work: [{ name: 'L', startDate: '2017-05' }] })).toContain('L May 2017 – Present');
  });

  test('a range written in one field is that range', () => {
    const period = (fields: Record<string, string>) =>
      textOf({ work: [{ name: 'L', ...fields }] }).replace('Curriculum Vitae Experience L ', '');
    expect(period({ startDate: '2016 ~ 2020' })).toBe('2016 – 2020');
    expect(period({ startDate: '2017-2018' })).toBe('2017 – 2018');
    expect(period({ startDate: '2017-05 - 2019-04' })).toBe('May 2017 – Apr 2019');
    expect(period({ startDate: 'March 2019 to June 2020' })).toBe('Mar 2019 – Jun 2020');
    expect(period({ date: '2019 – present' })).toBe('2019 – Present');
    expect(period({ startDate: '2019–2021', endDate: '2022' })).toBe('2019–2021 – 2022');
    expect(period({ startDate: 'Winter ~ Spring' })).toBe('Winter ~ Spring');
  });

  test('placeholders are no date: never shown, never an end', () => {
    expect(text).toContain('Astronomy on Tap Organizer Jan 2020 – Present');
    expect(text).not.toMatch(/– -|--/);
    for (const placeholder of ['-', '--', '–', 'N/A', 'TBD', ' ']) {
      expect(textOf({ work: [{ name: 'L', startDate: '2024', endDate: placeholder }] })).toContain('L 2024 – Present');
      expect(textOf({ awards: [{ title: 'A', date: placeholder }] })).toBe('Curriculum Vitae Awards & Honors A');
    }
  });

  test('a single date is one date, never an open range', () => {
    expect(textOf(academicPages)).toContain('Glaciology 101 Undergraduate course · Example State University Jan 2014');
    expect(textOf(academicPages)).not.toContain('Jan 2014 – Present');
    expect(textOf({ projects: [{ name: 'P', date: '2020-03' }] })).toContain('P Mar 2020');
    expect(textOf({ projects: [{ name: 'P', date: '2020-03' }] })).not.toContain('Present');
  });

  test('an impossible date shows its month, in every language, with a valid datetime', () => {
    const resume = { work: [{ name: 'L', startDate: '2020-02-31', endDate: '2020-06' }] };
    expect(render(resume)).toContain('<time datetime="2020-02">Feb 2020</time>');
    expect(render({ ...resume, meta: { language: 'de' } })).toContain('<time datetime="2020-02">Feb. 2020</time>');
    expect(render({ ...resume, meta: { language: 'ko' } })).toContain('<time datetime="2020-02">2020년 2월</time>');
  });

  test('themeOptions.datePrecision: year, month (default) or day; never more than the date has', () => {
    const resume = (datePrecision?: string) => ({
      work: [{ name: 'L', startDate: '2022-11-01', endDate: '2023' }],
      meta: { themeOptions: { datePrecision } },
    });
    expect(textOf(resume('year'))).toContain('L 2022 – 2023');
    expect(textOf(resume())).toContain('L Nov 2022 – 2023');
    expect(textOf(resume('day'))).toContain('L Nov 1, 2022 – 2023');
  });

  test('the update keeps its day', () => {
    expect(textOf({ basics: { name: 'A' }, meta: { lastModified: '2023-12-06' } })).toContain(
      'Updated December 6, 2023',
    );
  });
});

describe('publications', () => {
  const html = render(alFolio);
  const text = visibleText(html);

  test('a status stands where the date goes, and counts as newest', () => {
    expect(text).toContain('[4] A Census of Cold Gas submitted The Astrophysical Journal');
    const statuses = ['Under review', 'accepted', 'In press', 'To appear', 'forthcoming', 'in preparation', 'Preprint'];
    for (const status of statuses) {
      const page = textOf({
        publications: [
          { name: 'Old', releaseDate: '2024' },
          { name: 'New', releaseDate: status },
        ],
      });
      expect(page).toContain(`[2] New ${status}`);
    }
  });

  test('venue and date are set apart, never run together; the date column is a whole date even where the venue names its year', () => {
    expect(html).toContain('<p class="publication__venue">Proceedings of Graphics Interface 2021</p>');
    expect(text).not.toMatch(/Graphics Interface 2021 May/);
    expect(html).toContain('<p class="entry__dates"><time datetime="2021-05-28">May 2021</time></p>');
    const lrec = { publications: [{ name: 'P', publisher: 'LREC-COLING 2024', releaseDate: '2024-05' }] };
    expect(textOf(lrec)).toBe('Curriculum Vitae Publications [1] P May 2024 LREC-COLING 2024');
    expect(textOf({ ...lrec, meta: { language: 'de' } })).toContain('[1] P Mai 2024 LREC-COLING 2024');
    expect(textOf({ ...lrec, meta: { themeOptions: { datePrecision: 'year' } } })).toBe(
      'Curriculum Vitae Publications [1] P 2024 LREC-COLING 2024',
    );
    expect(textOf({ publications: [{ name: 'P', publisher: 'RECOMB 2021', releaseDate: '2021' }] })).toBe(
      'Curriculum Vitae Publications [1] P 2021 RECOMB 2021',
    );
    const dated = render({ publications: [{ name: 'P', publisher: 'Nature', releaseDate: '2022-06' }] });
    expect(dated).toMatch(/<p class="entry__dates"><time datetime="2022-06">Jun 2022<\/time><\/p>/);
    expect(dated).toContain('<p class="publication__venue">Nature</p>');
  });

  test('highlights are shown', () => {
    expect(text).toContain('Best paper honourable mention');
  });

  test('an untitled paper is named by its venue, or else by its address, linked', () => {
    const byVenue = render({
      publications: [{ name: '', publisher: 'Workshop on Ice', url: 'https://ice.example.org/p1' }],
    });
    expect(byVenue).toContain('<a href="https://ice.example.org/p1">Workshop on Ice</a></h3>');
    expect(byVenue).not.toContain('<p class="publication__venue">');
    const byAddress = render({ publications: [{ name: '', url: 'https://ice.example.org/p2', releaseDate: '2020' }] });
    expect(byAddress).toContain('<a href="https://ice.example.org/p2">https://ice.example.org/p2</a></h3>');
  });
});

describe('custom top-level sections', () => {
  test('show every field that holds text, a URL or a list of them, nested lists as sub-items', () => {
    const resume = {
      internships: [
        {
          name: 'Ice Lab',
          studyType: 'Research Intern',
          startDate: '2019-06',
          endDate: '2019-08',
          supervisors: ['Dr. Ana Ruiz', 'Dr. Ben Ode'],
          city: 'Tromsø',
        },
      ],
      academic_service: [
        {
          year: '2025',
          conferences: [{ name: 'Glacier Workshop 2025', url: 'https://glacier.example.org' }, { name: 'Snow Days' }],
          workshops: [{ name: 'Firn Meeting', role: 'Co-organizer' }],
          committee: { name: 'Ice Society', url: 'https://ice.example.org' },
        },
      ],
    };
    // Custom sections are keys the Resume type does not have: the point of the test.
    const html = render(resume as never);
    const page = visibleText(html);
    expect(page).toContain(
      'Ice Lab Research Intern Jun 2019 – Aug 2019 Supervisors: Dr. Ana Ruiz Dr. Ben Ode City: Tromsø',
    );
    expect(html).toContain('<ul class="entry__detail-values"><li>Dr. Ana Ruiz</li><li>Dr. Ben Ode</li></ul>');
    expect(page).toContain(
      'Academic Service 2025 Conferences: Glacier Workshop 2025 Snow Days Workshops: Firn Meeting, Co-organizer Committee: Ice Society',
    );
    expect(html).toContain('<li><a href="https://glacier.example.org/">Glacier Workshop 2025</a></li>');
    expect(html).toContain(
      '<span class="entry__detail-label">Committee:</span> <a href="https://ice.example.org/">Ice Society</a>',
    );
  });

  test('become sections headed from their key, after the standard ones', () => {
    expect(headings(render(alFolio)).slice(-3)).toEqual(['Research Experience', 'Reviewing', 'Visiting']);
    expect(headings(render(academicPages))).toEqual(expect.arrayContaining(['Portfolio', 'Academic Service']));
    expect(textOf(academicPages)).toContain(
      'Academic Service Journal of Example Glaciology Associate Editor 2022 – Present',
    );
  });

  test('read the same tolerant field names as everywhere', () => {
    const text = textOf(alFolio);
    expect(text).toContain(
      'Summer Research Student Example Observatory Jun 2010 – Aug 2010 Radio observations of nearby galaxies.',
    );
    expect(text).toContain('Max Planck Institute for Example Mar 2019 – May 2019 Garching, Germany');
  });

  test('strings and camelCase keys work too; lists of anything else are not sections', () => {
    const html = render({ researchGrants: ['NSF CAREER', 'ERC Starting Grant'], misc: [1, 2], notes: 'text' } as never);
    expect(headings(html)).toEqual(['Research Grants']);
    expect(visibleText(html)).toContain('NSF CAREER ERC Starting Grant');
  });

  test('themeOptions.sections and labels name them by key, whatever the case, spaces or _', () => {
    const resume = {
      ...alFolio,
      meta: {
        themeOptions: {
          sections: ['Research_Experience', 'publications'],
          labels: { 'research experience': 'Research' },
        },
      },
    };
    expect(headings(render(resume))).toEqual(['Research', 'Publications']);
  });

  test('an order naming no section of this resume is ignored, not an empty page', () => {
    expect(headings(render({ ...academicPages, meta: { themeOptions: { sections: ['hobbies'] } } }))).toEqual(
      headings(render(academicPages)),
    );
  });

  test('a section whose heading repeats an earlier one is not a second landmark of that name', async () => {
    const html = render({
      work: [{ name: 'Lab' }],
      research: [{ title: 'Grant' }],
      meta: { themeOptions: { labels: { work: 'Research' } } },
    } as never);
    expect(headings(html)).toEqual(['Research', 'Research']);
    expect(html.match(/aria-labelledby=/g)).toHaveLength(1);
    expect(await validationErrors(html)).toEqual([]);
  });

  test('certifications are certificates; presentations are talks', () => {
    expect(sectionOrder(render(academicPages))).toEqual(expect.arrayContaining(['certificates', 'talks']));
  });
});

describe('tolerant keys', () => {
  test('field names match whatever their case, spaces, _ and -', () => {
    const text = textOf({
      Work: [{ Name: 'Lab', StartDate: '2020-01', end_date: '2021-02', 'High-lights': ['Did X'] }],
    });
    expect(text).toContain('Lab Jan 2020 – Feb 2021');
    expect(text).toContain('Did X');
  });

  test('a varied name is found however many canonical records came before it', () => {
    // Records written entirely in the theme's own names skip the key index; a record with one
    // varied name beside canonical ones must still have it read, in the same render and later.
    const canonical = { name: 'Lab A', startDate: '2019-01', highlights: ['A'] };
    const varied = { name: 'Lab B', start_date: '2020-01', highlights: ['B'] };
    for (let round = 0; round < 3; round++) {
      const text = textOf({ work: [canonical, varied, canonical] });
      expect(text).toContain('Lab B Jan 2020 – Present');
    }
  });

  test('a record is read as written when every key is a known name, and by key form otherwise', () => {
    expect(new Source({ startDate: '2020-01', name: 'Lab' }).get('endDate')).toBeUndefined();
    expect(new Source({ start_date: '2020-01', name: 'Lab' }).get('startDate')).toBe('2020-01');
    expect(new Source({ Name: 'Lab' }).get('name')).toBe('Lab');
    // A key of the same form as a known name, beside known names: still found.
    expect(new Source({ name: 'Lab', EndDate: '2021' }).get('endDate')).toBe('2021');
  });

  test('no two names the readers know share a key form, so no key of a known name can stand for another', () => {
    const forms = new Map<string, string>();
    for (const name of Object.keys(KNOWN_FORMS)) {
      expect([name, forms.get(keyForm(name)) ?? name]).toEqual([name, name]);
      forms.set(keyForm(name), name);
    }
    // Fields' names and aliases, names read with another field, section aliases and theme options.
    for (const name of ['startDate', 'from', 'coAdvisor', 'dissertationUrl', 'presentations', 'maxAuthors'])
      expect(KNOWN_FORMS[name]).toBe(keyForm(name));
  });

  test("al-folio's startdate and enddate on awards", () => {
    expect(textOf(alFolio)).toContain('Research Fellowship The Example Society 2023 – 2031');
  });

  test('education description, dissertation with thesisUrl, advisor and advisor2', () => {
    const html = render(alFolio);
    expect(html).toContain('<a href="https://thesis.example.org/rivera">Dark Matter in Dwarf Galaxies</a>');
    expect(visibleText(html)).toContain('Advisors: Prof. Jordan Lee and Prof. Sam Patel');
  });

  test('award url links the title; volunteer location is shown', () => {
    const html = render(alFolio);
    expect(html).toContain('<a href="https://society.example.org/fellows">Research Fellowship</a>');
    expect(visibleText(html)).toContain('Organizer Jan 2020 – Present Durham, UK');
  });
});

describe('the degree line', () => {
  const degree = (studyType: string, area: string, language = 'en') =>
    visibleText(render({ education: [{ institution: 'U', studyType, area }], meta: { language } })).replace(
      /^.* U /,
      '',
    );

  test.each([
    [
      'Master of Science in Intelligent Information Systems',
      'Intelligent Information Systems',
      'Master of Science in Intelligent Information Systems',
    ],
    ['Doctorate', 'PhD in Earth Sciences', 'PhD in Earth Sciences'],
    ['Physics', 'M.S. in Physics', 'M.S. in Physics'],
    ['', 'PhD in Earth Sciences', 'PhD in Earth Sciences'],
    ['PhD', 'Physics', 'PhD in Physics'],
    [
      'M.S. and Ph.D.',
      'School of Integrated Technology (Computer Science)',
      'M.S. and Ph.D. in School of Integrated Technology (Computer Science)',
    ],
    ["Diplôme d'ingénieur", 'Informatique', "Diplôme d'ingénieur, Informatique"],
    ['Diplom', 'Informatik', 'Diplom, Informatik'],
    ['공학석사', '컴퓨터공학', '공학석사, 컴퓨터공학'],
    // An area naming a degree, whatever the case of its first letter; one that only contains one does not.
    ['Qualification', 'bachelor of Arts', 'bachelor of Arts'],
    ['Qualification', 'MBA', 'MBA'],
    ['Qualification', 'd.phil. History', 'd.phil. History'],
    ['Qualification', 'Licenciatura en Física', 'Licenciatura en Física'],
    ['Qualification', 'associate degree', 'associate degree'],
    ['Qualification', 'Diplôme', 'Diplôme'],
    ['Bachelor', 'Information Technology', 'Bachelor in Information Technology'],
    ['Bachelor', 'Applied PhD studies', 'Bachelor in Applied PhD studies'],
    // Degree words are whole words: "MS" is not in "Systems", nor "MA" in "Mathematics".
    ['MS', 'Intelligent Information Systems', 'MS in Intelligent Information Systems'],
    ['MA', 'Mathematics', 'MA in Mathematics'],
    ['BA', 'Global Affairs', 'BA in Global Affairs'],
    ['M.S.', 'Physics (M.S. track)', 'Physics (M.S. track)'],
    // "Doctorate" and "Diploma" are English; parts in another language get no English "in".
    ['Doctorate', 'Computational Science and Engineering', 'Doctorate in Computational Science and Engineering'],
    ['Diploma', 'Nursing', 'Diploma in Nursing'],
    ['Doctorat', 'Informatique', 'Doctorat, Informatique'],
    ['DEC', 'Intégration multimédia', 'DEC, Intégration multimédia'],
    ['Enseignement de la musique', 'Baccalauréat', 'Enseignement de la musique, Baccalauréat'],
  ])('%p and %p read %p', (studyType, area, expected) => {
    expect(degree(studyType, area)).toBe(expected);
  });

  test("in the page's language", () => {
    expect(degree('Master', 'Informatique', 'fr')).toBe('Master en Informatique');
    expect(degree('석사', '컴퓨터공학', 'ko')).toBe('컴퓨터공학 석사');
  });
});

describe('headings that do not overstate; empty items', () => {
  test('talks are "Talks"; "Invited Talks" only through labels', () => {
    expect(headings(render(academicPages))).toContain('Talks');
    expect(
      headings(render({ ...academicPages, meta: { themeOptions: { labels: { talks: 'Invited Talks' } } } })),
    ).toContain('Invited Talks');
  });

  test('a custom section named like an Object property gets its own heading', () => {
    const resume = { constructor: [{ title: 'Built a bridge' }], valueOf: [{ title: 'Weighed it' }] };
    expect(headings(render(resume as never))).toEqual(['Constructor', 'Value Of']);
    const labelled = { ...resume, meta: { themeOptions: { labels: { constructor: 'Engineering' } } } };
    expect(headings(render(labelled as never))).toEqual(['Engineering', 'Value Of']);
  });

  test('a placeholder item is dropped, and a section left empty has no heading', () => {
    expect(visibleText(render(academicPages)).match(/AGU Fall Meeting/g)).toHaveLength(1);
    const placeholder = {
      presentations: [{ name: '', event: '', date: '', location: '', description: '' }],
      work: [{ name: '', startDate: '-', highlights: [] }],
    };
    expect(sectionOrder(render(placeholder))).toEqual([]);
  });
});

describe('contacts', () => {
  const html = render(alFolio);
  const text = visibleText(html);

  test('networks in their usual spelling, whatever the case typed', () => {
    expect(text).toContain('LinkedIn: alexqrivera');
    expect(text).toContain('GitHub: aqrivera');
  });

  test('an opaque id links with the network name; a bare Google Scholar address does too', () => {
    expect(html).toContain('<a href="https://scholar.google.com/citations?user&#x3D;KxcQzy8AAAAJ">Google Scholar</a>');
    expect(text).not.toContain('KxcQzy8AAAAJ');
    expect(visibleText(render(academicPages))).not.toContain('scholar.google.com');
  });

  test('a profile with only a username is not called Homepage', () => {
    expect(text).toContain('aqr-mastodon');
    expect(text).not.toContain('Homepage: aqr-mastodon');
  });

  test("a country code is the country's name in the page's language", () => {
    expect(text).toContain('Durham, DH1 3LE, United Kingdom');
    expect(visibleText(render({ ...alFolio, meta: { language: 'de' } }))).toContain('Vereinigtes Königreich');
    expect(textOf({ basics: { name: 'A', location: { city: 'Berlin', countryCode: 'DE' } } })).toContain(
      'Berlin, Germany',
    );
    // Two or three ASCII letters, either case, that are a code are the country; anything else is a name as written.
    const country = (countryCode: string) => textOf({ basics: { name: 'A', location: { city: 'X', countryCode } } });
    expect(country('de')).toContain('X, Germany');
    expect(country('kR')).toContain('X, South Korea');
    for (const written of ['D1', '@Z', 'DXU', 'É', 'ÉT', '[a']) expect(country(written)).toContain(`X, ${written}`);
  });

  test('the phone number keeps its own characters and a class that keeps it on one line', () => {
    expect(html).toContain('<a class="contacts__phone" href="tel:+441915554321">+44 (191) 555-4321</a>');
  });
});

describe("@jsonresume/sample-data's complete resume (the registry's theme check)", () => {
  const html = render(complete);

  test('shows no undefined, NaN or [object Object]', () => {
    expect(html.replace(/<style>[\s\S]*?<\/style>/, '')).not.toMatch(/undefined|NaN|\[object Object\]/);
  });

  test('shows every section it has', () => {
    const keys = Object.entries(complete)
      .filter(([, value]) => Array.isArray(value) && value.length > 0)
      .map(([key]) => key);
    expect(sectionOrder(html).sort()).toEqual([...keys, 'summary'].sort());
  });
});

describe('small ones', () => {
  test('"..." at the end of an author list is "et al."', () => {
    expect(
      textOf({ basics: { name: 'Dana Ng' }, publications: [{ name: 'P', authors: ['Dana Ng', '...'] }] }),
    ).toContain('Dana Ng, et al.');
  });

  test('a three-letter country code is read as the country', () => {
    expect(textOf({ basics: { name: 'A', location: { city: 'Toronto', countryCode: 'CAN' } } })).toContain(
      'Toronto, Canada',
    );
    expect(
      textOf({ work: [{ name: 'L', location: { city: 'Lyon', countryCode: 'fra' } }], meta: { language: 'fr' } }),
    ).toContain('Lyon, France');
  });

  test('a network the theme does not know is capitalized as a heading would be', () => {
    const page = textOf({
      basics: { name: 'A', profiles: [{ network: 'pinterest', username: 'ann', url: 'https://pinterest.com/ann' }] },
    });
    expect(page).toContain('Pinterest: ann');
    expect(textOf({ basics: { name: 'A', profiles: [{ network: 'éclair', username: 'ann' }] } })).toContain(
      'Éclair: ann',
    );
  });
});
