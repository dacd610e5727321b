/**
 * What a third round of researchers' own files lost, garbled or falsified, each class in invented
 * fixtures of the shapes those files have: site templates' rejection marks, degree fields,
 * middle initials, location parts, relative links, BibTeX notes and odd DOIs, advisors as
 * records, HTML in descriptions, placeholder scores and article-number page ranges.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from '../src';
import { checkResume } from '../src/cli/check';
import { main, type Io } from '../src/import/cli';
import type { Publication, Resume } from '../src/types';
import { visibleText } from './helpers/html';
import { parsePublications } from './helpers/json';

const textOf = (resume: object) => visibleText(render(resume));
const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]*)"/g)].map((match) => match[1]);

function imported(bib: string): { list: Publication[]; err: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'scholar-round3-')), 'papers.bib');
  writeFileSync(file, bib);
  const lines = { out: [] as string[], err: [] as string[] };
  const io: Io = { out: (text) => lines.out.push(text), err: (text) => lines.err.push(text) };
  expect(main(['import', file], io)).toBe(0);
  return { list: parsePublications(lines.out.join('\n')), err: lines.err.join('\n') };
}

describe('false on the page', () => {
  // An academicpages-style site that keeps its declined applications and a rejected draft.
  const site = {
    basics: { name: 'Aleksei Belonovskii' },
    awards: [
      { title: 'Early Career Fellowship', awarder: 'Science Council', date: '2022' },
      {
        title: 'Starting Grant',
        awarder: 'Research Council',
        date: '2023',
        strikeTitle: true,
        rejectionNote: '[Rejected]',
      },
      { title: 'Travel Award', awarder: 'Society', date: '2021', status: 'Not funded' },
      { title: 'Visiting Fellowship', awarder: 'Institute', date: '2020', declined: 'true' },
    ],
    publications: [
      { name: 'Spin Waves in Thin Films', releaseDate: '2023', authors: ['A. V. Belonovskii', 'M. Rossi'] },
      { name: 'A Draft Never Published', releaseDate: '2022', strikeTitle: true, note: 'Rejected from PRL' },
      { name: 'Magnon Transport', releaseDate: '2021', authors: ['Belonovskii A. V.', 'Rossi M.'] },
      { name: 'Withdrawn Preprint', releaseDate: '2020', authors: ['Aleksei V. Belonovskii'], notes: 'withdrawn' },
    ],
    grants: [{ title: 'Pending Grant', type: 'grant', status: 'declined', awarder: 'Agency' }],
    portfolio: [
      { title: 'Tool', description: 'Works' },
      { title: 'Abandoned tool', strike: true },
    ],
  };

  test('an entry its own fields call rejected, declined, withdrawn or not funded is not shown as achieved, and check says so', () => {
    const text = textOf(site);
    expect(text).toContain('Early Career Fellowship');
    for (const claim of [
      'Starting Grant',
      'Travel Award',
      'Visiting Fellowship',
      'A Draft Never Published',
      'Withdrawn Preprint',
      'Abandoned tool',
    ])
      expect(text).not.toContain(claim);
    // A grant's status is a word the page shows: "Declined", never as won.
    expect(text).toContain('Pending Grant Agency Declined');
    const said = checkResume(site).map((finding) => `${finding.path}: ${finding.message}`);
    expect(said).toEqual(
      expect.arrayContaining([
        'awards[1]: not shown: its "strikeTitle" says it was not achieved (rejected, declined or withdrawn)',
        'awards[2]: not shown: its "status" says it was not achieved (rejected, declined or withdrawn)',
        'awards[3]: not shown: its "declined" says it was not achieved (rejected, declined or withdrawn)',
        'publications[1]: not shown: its "strikeTitle" says it was not achieved (rejected, declined or withdrawn)',
        'publications[3]: not shown: its "notes" says it was not achieved (rejected, declined or withdrawn)',
        'portfolio[1]: not shown: its "strike" says it was not achieved (rejected, declined or withdrawn)',
      ]),
    );
    // A flag that is false, and a note without such a word, change nothing.
    expect(textOf({ awards: [{ title: 'Kept', strikeTitle: false, note: 'Shared with a colleague' }] })).toContain(
      'Kept',
    );
  });

  test('the owner is emphasized with a middle initial on one side only', () => {
    const html = render(site as Resume);
    expect(html.match(/class="publication__owner"/g)).toHaveLength(2);
    const both = render({
      basics: { name: 'Aleksei Belonovskii' },
      publications: [
        { name: 'A', authors: ['A. V. Belonovskii'] },
        { name: 'B', authors: ['Belonovskii A. V.'] },
        { name: 'C', authors: ['Aleksei V. Belonovskii'] },
        { name: 'D', authors: ['Belonovskii, Aleksei V.'] },
        { name: 'E', authors: ['B. V. Belonovskii'] },
        { name: 'F', authors: ['Alexander Belonovskii'] },
      ],
    });
    expect(both.match(/class="publication__owner"/g)).toHaveLength(4);
  });

  test('a degree that already says "in" is joined to its area by a comma, never by a second "in"', () => {
    const degree = (studyType: string, area: string, language = 'en') =>
      textOf({ education: [{ institution: 'U', studyType, area }], meta: { language } }).split(' U ')[1];
    expect(degree("Bachelor's Degree in Civil Engineering", 'Structural Engineering')).toBe(
      "Bachelor's Degree in Civil Engineering, Structural Engineering",
    );
    expect(degree('Ph.D. in Economics', 'Finance (Economics)')).toBe('Ph.D. in Economics, Finance (Economics)');
    expect(degree('Licence en informatique', 'Systèmes', 'fr')).toBe('Licence en informatique, Systèmes');
    expect(degree('PhD', 'Physics')).toBe('PhD in Physics');
  });

  test('a region that names the country is not said twice', () => {
    const place = (location: object, language = 'en') =>
      textOf({ work: [{ name: 'W', location }], meta: { language } }).split(' W ')[1];
    expect(place({ city: 'Aversa', region: 'Italy', postalCode: '81031', countryCode: 'IT' })).toBe(
      'Aversa, 81031, Italy',
    );
    expect(place({ city: 'Oslo', region: 'Norway', countryCode: 'NO' })).toBe('Oslo, Norway');
    expect(place({ city: 'Oslo', region: 'Norway', countryCode: 'NO' }, 'de')).toBe('Oslo, Norwegen');
    expect(place({ city: 'Lyon', region: 'FR', countryCode: 'FR' })).toBe('Lyon, France');
    expect(place({ city: 'Durham', region: 'North Carolina', countryCode: 'US' })).toBe(
      'Durham, North Carolina, United States',
    );
  });
});

describe('lost without a word', () => {
  test('a sentence in studyType beside a degree in area is shown', () => {
    expect(
      textOf({ education: [{ institution: 'U', area: 'M.S. in Physics', studyType: 'Thesis on dark matter halos' }] }),
    ).toContain('U M.S. in Physics, Thesis on dark matter halos');
    // A label or a degree word there says nothing more.
    expect(textOf({ education: [{ institution: 'U', area: 'M.S. in Physics', studyType: 'Master' }] })).toContain(
      'U M.S. in Physics',
    );
  });

  test('relative links resolve against basics.url; without one, check says so', () => {
    const projects = [
      { name: 'Spin solver', url: '/projects/spin/' },
      { name: 'Notes', url: './notes.pdf' },
    ];
    const html = render({ basics: { name: 'A', url: 'https://a.example.org/home/' }, projects });
    expect(hrefs(html)).toEqual(
      expect.arrayContaining(['https://a.example.org/projects/spin/', 'https://a.example.org/home/notes.pdf']),
    );
    const alone = { basics: { name: 'A' }, projects };
    expect(hrefs(render(alone))).toEqual([]);
    expect(checkResume(alone).map((finding) => `${finding.path}: ${finding.message}`)).toEqual([
      'projects[0].url: not linked: a relative address, and basics.url gives no site to find it on',
      'projects[1].url: not linked: a relative address, and basics.url gives no site to find it on',
    ]);
  });

  test('the BibTeX note is kept and shown after the venue; a URL without a scheme is https; "DOI 10.…" is a DOI', () => {
    const { list, err } = imported(`
@inproceedings{k1, title = {Spin Waves}, author = {Rossi, Maria}, booktitle = {ICML}, year = 2023, note = {Oral}}
@book{k2, title = {Magnon Handbook}, author = {Rossi, Maria}, publisher = {Springer}, year = 2020, url = {www.springer.com/series/1234}}
@article{k3, title = {Thin Films}, author = {Rossi, Maria}, journal = {IEEE Trans.}, year = 2019, doi = {DOI 10.1109/5.771073}}
`);
    expect(err).toBe('');
    expect(list.map((publication) => [publication.note, publication.url, publication.doi])).toEqual([
      ['Oral', undefined, undefined],
      [undefined, 'https://www.springer.com/series/1234', undefined],
      [undefined, undefined, '10.1109/5.771073'],
    ]);
    expect(textOf({ publications: [list[0]] })).toContain('ICML, Oral');
  });

  test('the DOI link is shown beside a publisher link that holds the DOI', () => {
    const html = render({
      publications: [
        {
          name: 'P',
          doi: '10.1145/3290605.3300233',
          links: [{ label: 'PDF', url: 'https://dl.acm.org/doi/pdf/10.1145/3290605.3300233' }],
        },
      ],
    });
    expect(hrefs(html)).toEqual([
      'https://dl.acm.org/doi/pdf/10.1145/3290605.3300233',
      'https://doi.org/10.1145/3290605.3300233',
    ]);
    // A link that is the DOI's own address is not doubled.
    const own = render({
      publications: [{ name: 'P', doi: '10.1/x', links: [{ label: 'DOI', url: 'https://doi.org/10.1/x' }] }],
    });
    expect(hrefs(own)).toEqual(['https://doi.org/10.1/x']);
  });

  test('every paper with an id gets a valid, unique anchor', () => {
    const html = render({
      publications: [
        { id: 'doi:10.1021/acs.jpcc.0c05091', name: 'A', releaseDate: '2023' },
        { id: 'smith 2020 <b>', name: 'B', releaseDate: '2022' },
        { id: 'same', name: 'C', releaseDate: '2021' },
        { id: 'same', name: 'D', releaseDate: '2020' },
      ],
    });
    const ids = [...html.matchAll(/<li class="entry publication" id="([^"]*)"/g)].map((match) => match[1]);
    expect(ids).toEqual(['pub-doi:10.1021/acs.jpcc.0c05091', 'pub-smith-2020-b-', 'pub-same', 'pub-same-2']);
    for (const id of ids) expect(id).not.toMatch(/\s/);
  });
});

describe('dropped with a wrong or weak hint', () => {
  const resume = {
    basics: { name: 'A', homepage: 'https://a.example.org', scholar: 'KxcQzy8AAAAJ' },
    education: [
      {
        institution: 'University of Waterloo',
        course: 'M. Math',
        advisors: [{ name: 'Prof. Ada Lee', url: 'https://lee.example.org' }, { name: 'Dr. Bo Chan' }],
      },
    ],
    skills: [{ category: 'Programming', keywords: ['Python', 'Julia'] }],
  };

  test('advisors as records are linked names; skills[].category names its group; a singular course is the degree', () => {
    const html = render(resume);
    const text = visibleText(html);
    expect(text).toContain('University of Waterloo M. Math');
    expect(text).toContain('Advisors: Prof. Ada Lee Dr. Bo Chan');
    expect(hrefs(html)).toContain('https://lee.example.org/');
    expect(text).toMatch(/Skills Programming ?Python, Julia/);
  });

  test('basics.homepage and basics.scholar are contacts', () => {
    const html = render(resume);
    expect(visibleText(html)).toContain('Homepage: a.example.org Google Scholar');
    expect(hrefs(html)).toEqual(
      expect.arrayContaining(['https://a.example.org/', 'https://scholar.google.com/citations?user&#x3D;KxcQzy8AAAAJ']),
    );
    expect(checkResume(resume)).toEqual([]);
  });
});

describe('shown badly', () => {
  test('HTML in descriptions is read in its safe subset, as site templates write it', () => {
    const html = render({
      projects: [
        { name: 'P', description: "A demo. <a href='https://demo.example.org' target='_blank'>Try it here</a>" },
        { name: 'Q', description: 'Line one<br/>Line two', highlights: ['CO<sub>2</sub> capture, <b>fast</b>'] },
      ],
    });
    expect(html).toContain('<p>A demo. <a href="https://demo.example.org/">Try it here</a></p>');
    expect(html).toContain('<p>Line one<br>Line two</p>');
    expect(html).toContain('<li>CO<sub>2</sub> capture, <strong>fast</strong></li>');
    expect(html).not.toContain('target=');
  });

  test('placeholder scores are left out', () => {
    for (const score of ['-', 'N/A', '–'])
      expect(textOf({ education: [{ institution: 'U', studyType: 'BSc', score }] })).toBe(
        'Curriculum Vitae Education U BSc',
      );
    expect(textOf({ education: [{ institution: 'U', score: '3.9/4.0' }] })).toContain('GPA: 3.9/4.0');
  });

  test('an article-number page range reads "pp." with an en dash between its halves', () => {
    const citation = (pages: string) => textOf({ publications: [{ name: 'P', publisher: 'J. Appl. Phys.', pages }] });
    expect(citation('023311-1-023311-18')).toContain('J. Appl. Phys., pp. 023311-1–023311-18');
    expect(citation('834--849')).toContain('pp. 834–849');
    expect(citation('e1234-e1240')).toContain('pp. e1234–e1240');
    expect(citation('S12')).toContain('p. S12');
    expect(
      imported('@article{a, title = {T}, journal = {J}, year = 2020, pages = {023311-1--023311-18}}').list[0].pages,
    ).toBe('023311-1–023311-18');
  });
});
