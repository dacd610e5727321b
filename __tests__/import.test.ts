/**
 * `jsonresume-theme-scholar import`: BibTeX and CSL-JSON to publications, merged into a resume,
 * then rendered like an academic CV. The fixtures are written for these tests (invented papers
 * with every quirk of real bibliographies: al-folio's papers.bib, Scholar and DBLP exports).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Validator } from 'jsonschema';
import ZSchema from 'z-schema';
import { render } from '../src';
import { main, type Io } from '../src/import/cli';
import { readPublications } from '../src/import/read';
import type { Publication } from '../src/types';
import { headings, validationErrors, visibleText } from './helpers/html';
import { parsePublications, parseResume, readResume } from './helpers/json';

const root = join(__dirname, '..');
const fixtures = join(__dirname, 'fixtures', 'publications');
const bib = join(fixtures, 'papers.bib');
const zotero = join(fixtures, 'zotero.json');

/** Runs the command in-process, collecting what it prints. */
function run(...args: string[]): { code: number; out: string; err: string } {
  const lines = { out: [] as string[], err: [] as string[] };
  const io: Io = { out: (text) => lines.out.push(text), err: (text) => lines.err.push(text) };
  const code = main(args, io);
  return { code, out: lines.out.join('\n'), err: lines.err.join('\n') };
}

function imported(file: string): Publication[] {
  const { code, out } = run('import', file);
  expect(code).toBe(0);
  return parsePublications(out);
}

const byName = (list: Publication[], name: string) => list.find((p) => p.name === name) as Publication;

function workDir(): string {
  return mkdtempSync(join(tmpdir(), 'scholar-import-'));
}

/** A resume with hand-written publications, as a user would have it before importing. */
function resumeFile(dir: string): string {
  const file = join(dir, 'resume.json');
  const resume = {
    basics: { name: 'Mina Okafor' },
    publications: [
      // Matched by DOI (written with a prefix), with a field and a link the user added by hand.
      {
        name: 'Old title of the JMLR paper',
        doi: 'https://doi.org/10.5555/JMLR.2023.14',
        summary: 'My own summary.',
        links: [{ label: 'Talk', url: 'https://example.org/talk' }],
      },
      // Matched by arXiv id.
      { name: 'Calving fronts (draft)', links: [{ label: 'arXiv', url: 'https://arxiv.org/abs/2401.01234v2' }] },
      // Matched by title, whatever its case and punctuation.
      { name: 'small data big ice', publisher: 'Workshop' },
      // Not in the file: stays as it is.
      { name: 'A paper the file does not have', releaseDate: '2010' },
    ],
  };
  writeFileSync(file, `${JSON.stringify(resume, null, 2)}\n`);
  return file;
}

describe('BibTeX as real files have it', () => {
  const list = imported(bib);

  test('front matter, @string, @comment, upper-case types and fields; an entry without a title is skipped with a warning', () => {
    expect(list).toHaveLength(11);
    expect(run('import', bib).err).toContain('notitle2020 (line 76): skipped, it has no title');
    expect(byName(list, 'Normalizing Flows for Glaciers').publisher).toBe(
      'Advances in Neural Information Processing Systems',
    );
  });

  test('LaTeX accents and commands decoded, protective braces dropped, "--" an en dash', () => {
    const paper = byName(list, 'Learning Ice Sheet Dynamics from Übersichten & Surveys');
    expect(paper.authors).toEqual([
      { given: 'Mina', family: 'Okafor', equal: true },
      { given: 'Jonas', family: 'Müller', corresponding: true },
      { given: 'Deniz', family: 'Şahin' },
      { given: 'Ann', family: 'Lee' },
    ]);
    expect(paper).toEqual(
      expect.objectContaining({
        publisher: 'Journal of Machine Learning Research',
        releaseDate: '2023-03',
        volume: '14',
        issue: '3',
        pages: '834–849',
      }),
    );
  });

  test('the DOI bare, whatever its prefix; selected, award and abbr', () => {
    const paper = byName(list, 'Learning Ice Sheet Dynamics from Übersichten & Surveys');
    expect(paper).toEqual(
      expect.objectContaining({
        doi: '10.5555/jmlr.2023.14',
        selected: true,
        honours: ['Best Paper Award'],
        abbr: 'JMLR',
      }),
    );
    expect(byName(list, 'Normalizing Flows for Glaciers').doi).toBe('10.5555/neurips.2022.7');
  });

  test('equal contribution marked before a name too (∗Rivera)', () => {
    expect(byName(list, 'Normalizing Flows for Glaciers').authors?.[1]).toEqual({
      given: 'Alex Q.',
      family: 'Rivera',
      equal: true,
    });
  });

  test('labelled links from eprint, code, html, slides, poster, video, website, blog, project; a relative pdf left out with a warning', () => {
    expect(byName(list, 'Calving Fronts with Transformers').links?.map((link) => link.label)).toEqual([
      'arXiv',
      'Website',
      'Blog',
      'Poster',
      'Project',
    ]);
    expect(byName(list, 'Calving Fronts with Transformers').links?.[0].url).toBe('https://arxiv.org/abs/2401.01234');
    expect(
      byName(list, 'Learning Ice Sheet Dynamics from Übersichten & Surveys').links?.map((link) => link.label),
    ).toEqual(['Code', 'Slides']);
    expect(run('import', bib).err).toContain('okafor2023ice (line 8): left out pdf = okafor2023.pdf (not a full URL)');
  });

  test.each([
    ['Learning Ice Sheet Dynamics from Übersichten & Surveys', 'journal'],
    ['Normalizing Flows for Glaciers', 'conference'],
    ['Small Data, Big Ice', 'workshop'],
    ['Calving Fronts with Transformers', 'preprint'],
    ['Ice Sheets in a Warming World', 'thesis'],
    ['Firn Densification', 'thesis'],
    ['Glaciology for Everyone', 'book'],
    ['Ice Shelves', 'chapter'],
    ['Field Season Report', 'report'],
    ['Ice Core Drill', 'patent'],
    ['A Draft Without a Venue', 'other'],
  ])('%s is a %s', (name, type) => {
    expect(byName(list, name).type).toBe(type);
  });
});

test("a patent's number is written as its number, from BibTeX and from CSL-JSON", () => {
  const dir = workDir();
  const bibFile = join(dir, 'patents.bib');
  writeFileSync(
    bibFile,
    '@patent{p1, title = {Drill}, author = {Okafor, Mina}, number = {5668842}, date = {1997-09-16}}\n',
  );
  const cslFile = join(dir, 'patents.json');
  writeFileSync(cslFile, JSON.stringify([{ id: 'p2', type: 'patent', title: 'Bit', number: 'US 10,123,456 B2' }]));
  const [fromBib] = imported(bibFile);
  const [fromCsl] = imported(cslFile);
  expect(fromBib).toEqual(expect.objectContaining({ type: 'patent', number: '5668842' }));
  expect(fromBib).not.toHaveProperty('issue');
  expect(fromCsl).toEqual(expect.objectContaining({ type: 'patent', number: 'US 10,123,456 B2' }));
  expect(visibleText(render({ publications: [fromBib, fromCsl] }))).toContain('Drill Sep 1997 Mina Okafor 5668842');
  // A patent imported before, its number written as its issue: the number is found there, not added beside it.
  const file = join(dir, 'resume.json');
  const before = '{\n  "publications": [{ "id": "p1", "name": "Drill", "type": "patent", "issue": "5668842" }]\n}\n';
  writeFileSync(file, before);
  expect(run('import', bibFile, '--into', file).code).toBe(0);
  const after = readFileSync(file, 'utf8');
  expect(Object.keys(parseResume(after).publications?.[0] ?? {})).not.toContain('number');
  expect(after).toContain('"issue": "5668842"');
});

test('CSL-JSON from Zotero', () => {
  const list = imported(zotero);
  expect(list[0]).toEqual(
    expect.objectContaining({
      name: 'Basal Melt Under Ice Shelves',
      authors: [
        { given: 'Mina', family: 'Okafor' },
        { given: 'Ken', family: 'Nakamura' },
      ],
      publisher: 'Journal of Glaciology',
      type: 'journal',
      releaseDate: '2022-05-03',
      pages: '1–12',
      doi: '10.5555/jog.2022.68',
    }),
  );
  expect(list[1]).toEqual(
    expect.objectContaining({ type: 'preprint', links: [{ label: 'arXiv', url: 'https://arxiv.org/abs/2301.04567' }] }),
  );
});

describe('import --into resume.json', () => {
  test('merges by DOI, arXiv id and title: what the user wrote by hand stays, what the record lacks is filled, the rest added', () => {
    const file = resumeFile(workDir());
    const { code, out } = run('import', bib, '--into', file);
    expect(code).toBe(0);
    expect(out).toBe('8 added, 3 updated, 0 unchanged, 7 edits of yours kept, 0 conflicts');
    const publications = readResume(file).publications ?? [];
    expect(publications).toHaveLength(12);
    expect(publications[0]).toEqual(
      expect.objectContaining({
        id: 'okafor2023ice',
        name: 'Old title of the JMLR paper',
        summary: 'My own summary.',
        doi: 'https://doi.org/10.5555/JMLR.2023.14',
        publisher: 'Journal of Machine Learning Research',
        volume: '14',
      }),
    );
    expect(publications[0].links?.map((link) => link.label)).toEqual(['Talk']);
    expect(publications[1]).toEqual(expect.objectContaining({ id: 'okafor2024arxiv', name: 'Calving fronts (draft)' }));
    expect(publications[2]).toEqual(
      expect.objectContaining({
        name: 'small data big ice',
        publisher: 'Workshop',
        authors: expect.any(Array) as unknown,
      }),
    );
    expect(publications[3]).toEqual({ name: 'A paper the file does not have', releaseDate: '2010' });
  });

  test('a second import changes nothing: the file stays byte-identical', () => {
    const file = resumeFile(workDir());
    run('import', bib, '--into', file);
    const once = readFileSync(file);
    expect(run('import', bib, '--into', file).out).toBe(
      '0 added, 0 updated, 11 unchanged, 7 edits of yours kept, 0 conflicts',
    );
    expect(readFileSync(file).equals(once)).toBe(true);
  });

  test('the merged resume is valid against schema.json and the registry schema', () => {
    const file = resumeFile(workDir());
    run('import', bib, '--into', file);
    run('import', zotero, '--into', file);
    const resume = readResume(file);
    for (const schemaFile of [
      join(root, 'schema.json'),
      join(__dirname, 'fixtures', 'shared', 'registry-schema.json'),
    ]) {
      const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as object;
      expect(new Validator().validate(resume, schema).errors.map(String)).toEqual([]);
      expect(new ZSchema({}).validate(resume, schema)).toBe(true);
    }
  });

  test('then renders every title, author and venue', async () => {
    const file = resumeFile(workDir());
    run('import', bib, '--into', file);
    const resume = readResume(file);
    const html = render(resume);
    const text = visibleText(html);
    for (const publication of resume.publications as Publication[]) {
      expect(text).toContain(publication.name);
      if (publication.publisher) expect(text).toContain(publication.publisher);
      for (const author of publication.authors ?? []) {
        if (typeof author === 'object' && author.family) expect(text).toContain(`${author.given} ${author.family}`);
      }
    }
    expect(await validationErrors(html)).toEqual([]);
  });

  test('a broken entry is skipped with its line and the rest imported; a file with none readable exits non-zero, the target byte-identical', () => {
    const dir = workDir();
    const file = resumeFile(dir);
    const broken = join(dir, 'broken.bib');
    writeFileSync(
      broken,
      '@article{a, title = {Fine}, year = 2020}\n\n@article{b,\n  title = {Unclosed,\n  year = 2021\n',
    );
    const partly = run('import', broken);
    expect(partly.code).toBe(0);
    expect(parsePublications(partly.out).map((p: Publication) => p.name)).toEqual(['Fine']);
    expect(partly.err).toBe(`${broken}: @article{b at line 3: the value opened at line 4 is not closed; skipped`);
    const before = readFileSync(file);
    writeFileSync(broken, '@article{b,\n  title = {Unclosed,\n  year = 2021\n');
    const result = run('import', broken, '--into', file);
    expect(result.code).toBe(1);
    expect(result.err.split('\n').pop()).toBe(`${broken}: no BibTeX entry could be read`);
    expect(readFileSync(file).equals(before)).toBe(true);
    const badJson = join(dir, 'broken.json');
    writeFileSync(badJson, '[\n  { "title": "A" },\n  { "title": }\n]\n');
    expect(run('import', badJson, '--into', file).err).toMatch(/broken\.json: line 3: not valid JSON/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test('a target that is not JSON is left as it was', () => {
    const dir = workDir();
    const target = join(dir, 'resume.json');
    writeFileSync(target, '{ not json');
    expect(run('import', bib, '--into', target).code).toBe(1);
    expect(readFileSync(target, 'utf8')).toBe('{ not json');
  });

  test('usage errors exit 2', () => {
    expect(run().code).toBe(2);
    expect(run('import').code).toBe(2);
    expect(run('import', bib, '--into').code).toBe(2);
    expect(run('export', bib).code).toBe(2);
  });
});

test('the installed command: bin/jsonresume-theme-scholar.mjs prints the publications', () => {
  const dir = workDir();
  copyFileSync(bib, join(dir, 'papers.bib'));
  const out = execFileSync(
    process.execPath,
    [join(root, 'bin', 'jsonresume-theme-scholar.mjs'), 'import', 'papers.bib'],
    { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
  expect(parsePublications(out)).toHaveLength(11);
  const failed = spawnSync(
    process.execPath,
    [join(root, 'bin', 'jsonresume-theme-scholar.mjs'), 'import', 'missing.bib'],
    { cwd: dir, encoding: 'utf8' },
  );
  expect(failed.status).toBe(1);
  expect(failed.stderr).toContain('missing.bib: no such file');
});

test('the importer never throws on random text: it reports instead', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc
          .array(
            fc.constantFrom(
              '@article{',
              '@string{',
              '}',
              '{',
              '=',
              ',',
              'title',
              '"',
              '\\"{o}',
              '#',
              '---\n',
              '\n',
              'x',
              '@comment{',
              '%',
              '$',
              '\\',
            ),
            { maxLength: 40 },
          )
          .map((parts) => parts.join('')),
      ),
      fc.constantFrom('papers.bib', 'export.json'),
      (text, name) => {
        const { publications, warnings, problem } = readPublications(name, text);
        expect(Array.isArray(publications)).toBe(true);
        expect(warnings.every((warning) => typeof warning === 'string')).toBe(true);
        if (problem) expect(typeof problem).toBe('string');
      },
    ),
    { numRuns: 300 },
  );
});

test("the theme's builds do not contain the command line; the command line needs no package", () => {
  for (const build of ['index.cjs', 'index.mjs']) {
    const code = readFileSync(join(root, 'dist', build), 'utf8');
    expect(code).not.toMatch(/readBibtex|latexToText|replaceFile|checkResume/);
  }
  const cli = readFileSync(join(root, 'dist', 'cli.mjs'), 'utf8');
  expect(
    [...cli.matchAll(/^import .* from ["']([^"']+)["'];/gm)]
      .map((match) => match[1])
      .filter((from) => !from.startsWith('node:')),
  ).toEqual([]);
  // It loads marked and the other languages' tables from dist/, as the CommonJS build does.
  expect([...cli.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]).sort()).toEqual([
    './marked.cjs',
    './other-languages.cjs',
  ]);
  expect(
    (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: object }).dependencies,
  ).toBeUndefined();
});

describe('rendered like an academic CV', () => {
  const resume = { basics: { name: 'Mina Okafor' }, publications: imported(bib) };

  test('the citation line: venue (short name), volume, issue and pages; the DOI as a link', () => {
    const html = render(resume);
    expect(html).toContain(
      '<p class="publication__venue">Journal of Machine Learning Research (JMLR), vol. 14, no. 3, pp. 834–849</p>',
    );
    expect(html).toContain('<a href="https://doi.org/10.5555/jmlr.2023.14">DOI</a>');
    expect(render({ ...resume, meta: { language: 'de' } })).toContain(
      'Journal of Machine Learning Research (JMLR), Bd. 14, Nr. 3, S. 834–849',
    );
  });

  test('marks after names, and one legend line only for the marks used', () => {
    const html = render(resume);
    expect(html).toContain(
      '<strong class="publication__owner">Mina Okafor</strong><sup class="publication__mark">*</sup>',
    );
    expect(html).toContain('Jonas Müller<sup class="publication__mark">†</sup>');
    expect(visibleText(html)).toContain('* equal contribution · † corresponding author');
    const unmarked = render({ publications: [{ name: 'P', authors: ['A', 'B'] }] });
    expect(unmarked).not.toContain('class="publications__legend"');
    expect(visibleText(render({ ...resume, meta: { language: 'ko' } }))).toContain('* 동등 기여 · † 교신저자');
  });

  test('groupPublications: subheadings in academic order, newest first within each, numbered continuously', () => {
    const html = render({ ...resume, meta: { themeOptions: { groupPublications: true } } });
    const groups = [...html.matchAll(/<h3 class="publications__group">([^<]+)<\/h3>/g)].map((m) =>
      m[1].replace(/&amp;/g, '&'),
    );
    expect(groups).toEqual([
      'Journal Articles',
      'Conference Papers',
      'Workshop Papers',
      'Preprints',
      'Theses',
      'Books and Chapters',
      'Reports',
      'Patents',
      'Other',
    ]);
    const numbers = [...html.matchAll(/publication__number">\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(visibleText(html)).toMatch(/Theses \[7\] Ice Sheets in a Warming World .* \[6\] Firn Densification/);
    expect(render({ ...resume, meta: { language: 'ja', themeOptions: { groupPublications: true } } })).toContain(
      '<h3 class="publications__group">ジャーナル論文</h3>',
    );
  });

  test('selectedPublications: only the selected, under "Selected Publications"', () => {
    const html = render({ ...resume, meta: { themeOptions: { selectedPublications: true } } });
    expect(headings(html)).toEqual(['Selected Publications']);
    expect([...html.matchAll(/class="publication__number"/g)]).toHaveLength(1);
  });

  test('maxAuthors: the first names and "et al.", the owner always visible', () => {
    const authors = ['Ann Lee', 'Bo Kim', 'Cy Day', 'Dee Fox', 'Mina Okafor', 'Eve Ng'];
    const shortened = (maxAuthors: number, list = authors) =>
      visibleText(
        render({
          basics: { name: 'Mina Okafor' },
          publications: [{ name: 'P', authors: list }],
          meta: { themeOptions: { maxAuthors } },
        }),
      ).replace(/^.*\[1\] P /, '');
    expect(shortened(3)).toBe('Ann Lee, Bo Kim, …, Mina Okafor, et al.');
    expect(shortened(5)).toBe('Ann Lee, Bo Kim, Cy Day, Dee Fox, Mina Okafor, et al.');
    expect(shortened(6)).toBe('Ann Lee, Bo Kim, Cy Day, Dee Fox, Mina Okafor, and Eve Ng');
    expect(shortened(2, ['Mina Okafor', ...authors.slice(0, 3)])).toBe('Mina Okafor, Ann Lee, et al.');
  });
});
