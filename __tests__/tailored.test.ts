/**
 * One file, many CVs: named variants (tags, since, limits, a preset to start from), the funders'
 * forms as presets, and the command line's --variant. Every variant comes from the one file; the
 * file is never changed, and without a variant the page is the whole CV.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from 'jsonschema';
import { render } from '../src';
import { checkResume } from '../src/cli/check';
import { main } from '../src/cli/index';
import { findBrowser, NO_BROWSER, pageCount, printPdf } from '../src/cli/pdf';
import type { Io } from '../src/import/cli';
import type { Resume } from '../src/types';
import { visibleText } from './helpers/html';

const root = join(__dirname, '..');

/** An invented researcher with more of everything than any preset allows. */
function researcher(): Resume {
  const kinds = ['journal', 'conference', 'preprint', 'journal', 'patent', 'chapter', 'conference'] as const;
  return {
    basics: { name: 'Mina Okafor', label: 'Professor of Glaciology', orcid: '0000-0002-1825-0097' },
    education: [
      { institution: 'University of Bergen', studyType: 'PhD', area: 'Glaciology', startDate: '2004', endDate: '2009' },
      { institution: 'University of Lagos', studyType: 'BSc', area: 'Physics', startDate: '2000', endDate: '2004' },
    ],
    work: [
      { name: 'Polar Institute', position: 'Postdoc', startDate: '2009', endDate: '2012', tags: ['ice'] },
      { name: 'University of Oslo', position: 'Professor', startDate: '2018', tags: ['ice', 'ml'] },
      { name: 'University of Oslo', position: 'Associate Professor', startDate: '2012', endDate: '2018' },
    ],
    publications: Array.from({ length: 14 }, (_, i) => ({
      name: `Ice Paper ${i}`,
      releaseDate: String(2010 + i),
      type: kinds[i % kinds.length],
      selected: i === 2 || i === 5,
      tags: i % 2 === 0 ? ['ice', 'related'] : ['ml'],
      narrative: `Paper ${i} changed how calving is modelled; I led it.`,
    })),
    awards: [
      { title: 'Early Prize', date: '2008' },
      { title: 'Recent Prize', date: '2021' },
    ],
    meta: {
      lastModified: '2024-06-01',
      themeOptions: {
        variants: {
          ml: { tags: ['ml'], labels: { publications: 'Machine Learning Papers' } },
          recent: { since: '2018' },
          erc2026: { preset: 'erc', limits: { publications: 3 } },
        },
      },
    },
  };
}

function as(variant: string | undefined, resume = researcher()): Resume {
  const options = (resume.meta?.themeOptions ?? {}) as Record<string, unknown>;
  return { ...resume, meta: { ...resume.meta, themeOptions: { ...options, variant } } };
}

const textOf = (resume: Resume) => visibleText(render(resume));
const headings = (resume: Resume) =>
  [...render(resume).matchAll(/<h2 class="section__heading"[^>]*>([^<]*)</g)].map((match) => match[1]);
const papers = (resume: Resume) => [...textOf(resume).matchAll(/\[\d+\] (Ice Paper \d+)/g)].map((match) => match[1]);

describe('variants', () => {
  test('without a variant the page is the whole CV, and the file is not changed by any variant', () => {
    const resume = researcher();
    const before = JSON.stringify(resume);
    expect(papers(resume)).toHaveLength(14);
    for (const variant of ['ml', 'recent', 'erc2026', 'erc', 'dfg', 'common', 'short']) render(as(variant, resume));
    expect(JSON.stringify(resume)).toBe(before);
  });

  test('tags: in sections where some entry has tags, only entries with one of the variant’s tags; other sections untouched', () => {
    const resume = as('ml');
    expect(papers(resume)).toEqual([
      'Ice Paper 13',
      'Ice Paper 11',
      'Ice Paper 9',
      'Ice Paper 7',
      'Ice Paper 5',
      'Ice Paper 3',
      'Ice Paper 1',
    ]);
    const text = textOf(resume);
    expect(text).toContain('Machine Learning Papers');
    expect(text).toContain('University of Oslo Professor');
    // Untagged work entries are left out too; education has no tags at all and stays whole.
    expect(text).not.toContain('Associate Professor');
    expect(text).not.toContain('Polar Institute');
    expect(text).toContain('University of Lagos');
  });

  test('since: dated entries older than it are left out; ongoing and undated ones stay', () => {
    const text = textOf(as('recent'));
    expect(text).not.toContain('Early Prize');
    expect(text).toContain('Recent Prize');
    expect(text).toContain('University of Oslo Professor');
    expect(text).toContain('University of Oslo Associate Professor');
    expect(text).not.toContain('Polar Institute');
    expect(text).not.toContain('University of Lagos');
    expect(papers(as('recent'))).toHaveLength(6);
  });

  test('limits: selected entries first, then the newest; check names each entry left out by its path', () => {
    const resume = as('erc2026');
    expect(papers(resume)).toEqual(['Ice Paper 13', 'Ice Paper 5', 'Ice Paper 2']);
    const said = checkResume(resume).map((finding) => `${finding.path}: ${finding.message}`);
    expect(said.filter((line) => line.includes('over its limit'))).toHaveLength(11);
    expect(said).toContain('publications[0]: not shown in the variant "erc2026": over its limit of 3 publications');
  });

  test('an unknown name in the file gives the whole CV, and check says so', () => {
    const resume = as('nsf');
    expect(papers(resume)).toHaveLength(14);
    expect(checkResume(resume).map((finding) => `${finding.path}: ${finding.message}`)).toContain(
      'meta.themeOptions.variant: not used: no variant is named "nsf" (known: ml, recent, erc2026, erc, dfg, common, short); the whole CV is shown',
    );
  });

  test('a name like "constructor" or "__proto__" is no variant', () => {
    for (const name of ['constructor', '__proto__', 'toString']) expect(papers(as(name))).toHaveLength(14);
  });

  test('schema.json accepts variants, tags and narratives, and the registry’s schema accepts the file', () => {
    const resume = researcher();
    for (const file of [join(root, 'schema.json'), join(__dirname, 'fixtures', 'shared', 'registry-schema.json')]) {
      const schema = JSON.parse(readFileSync(file, 'utf8')) as object;
      expect(new Validator().validate(resume, schema).errors.map(String)).toEqual([]);
    }
    const bad = { meta: { themeOptions: { variants: { x: { limits: { publications: -1 }, since: 'last year' } } } } };
    expect(
      new Validator().validate(bad, JSON.parse(readFileSync(join(root, 'schema.json'), 'utf8')) as object).errors
        .length,
    ).toBeGreaterThan(0);
  });
});

describe('the funders’ forms as presets', () => {
  test('erc: its headings and order, ten research outputs with their narratives, peer recognition', () => {
    const resume = as('erc');
    expect(headings(resume)).toEqual([
      'Education and Key Qualifications',
      'Current and Previous Positions',
      'Research Outputs',
      'Peer Recognition',
    ]);
    expect(papers(resume)).toHaveLength(10);
    expect(textOf(resume)).toContain('Paper 13 changed how calving is modelled; I led it.');
    // The narrative is shown only where a variant asks for it.
    expect(textOf(researcher())).not.toContain('changed how calving');
    // Positions newest first by start, as the form lists them.
    expect(textOf(resume)).toMatch(/Professor 2018 – Present .*Associate Professor 2012 – 2018 .*Postdoc 2009 – 2012/);
  });

  test('dfg: publications in lists A and B of at most ten each, in German on a German page', () => {
    const resume = as('dfg');
    const html = render(resume);
    const lists = [...html.matchAll(/<h3 class="publications__group">([^<]*)<\/h3>/g)].map((match) => match[1]);
    expect(lists).toEqual([
      'A. Peer-reviewed publications',
      'B. Other publications (preprints, data, software, patents)',
    ]);
    expect(papers(resume)).toHaveLength(14);
    const german = as('dfg', { ...researcher(), meta: { ...researcher().meta, language: 'de' } });
    expect(headings(german)).toEqual([
      'Qualifikationen',
      'Wissenschaftlicher Werdegang',
      'Wissenschaftliche Ergebnisse',
      'Preise und Auszeichnungen',
    ]);
    expect(render(german)).toContain('<h3 class="publications__group">A. Begutachtete Publikationen</h3>');
  });

  test('dfg: more than ten in a list are cut to the selected, then the newest, and check names the rest', () => {
    const resume = researcher();
    resume.publications = Array.from({ length: 13 }, (_, i) => ({
      name: `Ice Paper ${i}`,
      releaseDate: String(2000 + i),
      type: 'journal',
    }));
    const chosen = as('dfg', resume);
    expect(papers(chosen)).toHaveLength(10);
    expect(
      checkResume(chosen).filter((finding) => finding.message.includes('in "A. Peer-reviewed publications"')),
    ).toHaveLength(3);
  });

  test('common: Professional Preparation, Appointments and Positions, five closely related and five other products', () => {
    const resume = as('common');
    expect(headings(resume)).toEqual(['Professional Preparation', 'Appointments and Positions', 'Products']);
    const html = render(resume);
    expect([...html.matchAll(/<h3 class="publications__group">([^<]*)<\/h3>/g)].map((match) => match[1])).toEqual([
      'Products Most Closely Related to the Proposed Project',
      'Other Significant Products',
    ]);
    expect(papers(resume)).toHaveLength(10);
    expect(textOf(resume)).toContain('https://orcid.org/0000-0002-1825-0097');
  });

  test('short: the selected publications, the last ten years of positions and awards; degrees stay', () => {
    const resume = as('short');
    expect(papers(resume)).toEqual(['Ice Paper 5', 'Ice Paper 2']);
    const text = textOf(resume);
    expect(text).not.toContain('Early Prize');
    expect(text).not.toContain('Polar Institute');
    expect(text).toContain('University of Lagos');
  });
});

describe('the command line', () => {
  const run = (args: string[]) => {
    const lines = { out: [] as string[], err: [] as string[] };
    const io: Io = { out: (text) => lines.out.push(text), err: (text) => lines.err.push(text) };
    const code = main(args, io, true);
    return { code, out: lines.out.join('\n'), err: lines.err.join('\n') };
  };
  const files = () => {
    const at = mkdtempSync(join(tmpdir(), 'scholar-variant-'));
    const resume = join(at, 'resume.json');
    writeFileSync(resume, JSON.stringify(researcher()));
    return { resume, page: join(at, 'cv.html') };
  };

  test('render --variant NAME -o FILE writes that variant; the flag wins over the file', () => {
    const { resume, page } = files();
    const inFile = researcher();
    (inFile.meta!.themeOptions as Record<string, unknown>).variant = 'ml';
    writeFileSync(resume, JSON.stringify(inFile));
    expect(run(['render', resume, '--variant', 'erc', '-o', page]).code).toBe(0);
    expect(readFileSync(page, 'utf8')).toBe(render(as('erc')));
  });

  test('an unknown name: one line naming it and the known names, exit 1, no file written', () => {
    const { resume, page } = files();
    expect(run(['render', resume, '--variant', 'nsf', '-o', page])).toEqual({
      code: 1,
      out: '',
      err: 'no variant is named "nsf"; known: ml, recent, erc2026, erc, dfg, common, short',
    });
    expect(existsSync(page)).toBe(false);
    expect(run(['check', resume, '--variant', 'nsf']).code).toBe(1);
  });

  test('check --variant names what the variant’s limits leave out', () => {
    const { resume } = files();
    const result = run(['check', resume, '--variant', 'erc']);
    expect(result.code).toBe(1);
    expect(result.out.split('\n')).toHaveLength(4);
    expect(result.out).toContain('publications[3]: not shown in the variant "erc": over its limit of 10 publications');
    expect(run(['check', resume]).out).toBe(`${resume}: nothing to report`);
  });
});

describe('a PDF from the command line', () => {
  test('the browser is the one named, then the usual places; none found is one line and exit 1, nothing written', async () => {
    expect(
      findBrowser({ CHROME_PATH: '/opt/chrome' }, (path) => path === '/opt/chrome' || path === '/usr/bin/chromium'),
    ).toBe('/opt/chrome');
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/nowhere' }, (path) => path === '/usr/bin/chromium')).toBe(
      '/usr/bin/chromium',
    );
    expect(findBrowser({}, () => false)).toBeUndefined();
    const output = join(mkdtempSync(join(tmpdir(), 'scholar-pdf-')), 'cv.pdf');
    const said: string[] = [];
    const io: Io = { out: (text) => said.push(text), err: (text) => said.push(text) };
    expect(await printPdf('<p>x</p>', output, { pageLimit: 0 }, io, () => undefined)).toBe(1);
    expect(said).toEqual([`${output}: ${NO_BROWSER}`]);
    expect(existsSync(output)).toBe(false);
  });

  test('pages are counted from the page objects, not the page tree', () => {
    const pdf = Buffer.from('<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page /Parent 1 0 R >>', 'latin1');
    expect(pageCount(pdf)).toBe(2);
  });
});
