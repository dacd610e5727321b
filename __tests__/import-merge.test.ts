/**
 * A re-import merges three ways, as version control does: the last import (the digests each
 * record keeps under `imported`) is the base, the file is the user's, the .bib is theirs. Each case
 * runs the command on real files, as a user does: import, edit by hand, import again.
 */
import { chmodSync, lstatSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from 'jsonschema';
import { render } from '../src';
import { checkResume } from '../src/cli/check';
import { main, type Io } from '../src/import/cli';
import type { Publication } from '../src/types';
import { visibleText } from './helpers/html';
import { parseResume } from './helpers/json';

function run(...args: string[]): { code: number; out: string; err: string } {
  const lines = { out: [] as string[], err: [] as string[] };
  const io: Io = { out: (text) => lines.out.push(text), err: (text) => lines.err.push(text) };
  const code = main(args, io);
  return { code, out: lines.out.join('\n'), err: lines.err.join('\n') };
}

const SCHOLAR = `@article{keller2024,
  title = {Protein Folding at Scale},
  author = {Keller, Jan and Muller-Svensson, Elena and Okafor, Mina},
  journal = {Bioinformatics},
  year = {2024}
}
@inproceedings{okafor2021,
  title = {Sparse Alignment of Long Reads},
  author = {Okafor, Mina and Teichmann, Sarah A.},
  booktitle = {Research in Computational Molecular Biology - 25th Annual International Conference, RECOMB 2021, Padova, Italy, August 29 - September 1, 2021, Proceedings},
  pages = {1--12},
  year = {2021}
}
@article{draft2023,
  title = {A Draft on Ice},
  author = {Okafor, Mina},
  journal = {arXiv preprint arXiv:2301.00001},
  year = {2023}
}
`;

interface Files {
  bib: string;
  resume: string;
}

/** A folder with papers.bib and a resume.json the .bib was imported into once. */
function imported(bib = SCHOLAR, resume = '{\n  "basics": { "name": "Mina Okafor" }\n}\n'): Files {
  const at = mkdtempSync(join(tmpdir(), 'scholar-merge-'));
  const files = { bib: join(at, 'papers.bib'), resume: join(at, 'resume.json') };
  writeFileSync(files.bib, bib);
  writeFileSync(files.resume, resume);
  expect(run('import', files.bib, '--into', files.resume).code).toBe(0);
  return files;
}

const records = (files: Files): Array<Publication & Record<string, unknown>> =>
  parseResume(readFileSync(files.resume, 'utf8')).publications as Array<Publication & Record<string, unknown>>;

/** Edits the resume as a user does, by hand, on the parsed file, written back with two spaces. */
function editByHand(files: Files, edit: (publications: Array<Record<string, unknown>>) => void): void {
  const resume = parseResume(readFileSync(files.resume, 'utf8'));
  edit(resume.publications as Array<Record<string, unknown>>);
  writeFileSync(files.resume, `${JSON.stringify(resume, null, 2)}\n`);
}

const reimport = (files: Files, ...flags: string[]) => run('import', files.bib, '--into', files.resume, ...flags);

/** The user's improvements of issue #31: a full date, equal-contribution marks, a short venue, a status. */
function improve(files: Files): void {
  editByHand(files, ([keller, okafor, draft]) => {
    keller.releaseDate = '2024-03-14';
    keller.authors = ['Jan Keller*', 'Elena Muller-Svensson*', 'Mina Okafor'];
    okafor.publisher = 'RECOMB 2021 (Highlight)';
    draft.releaseDate = 'under review';
  });
}

describe('a re-import of the same .bib keeps every edit', () => {
  test('a full date, equal-contribution marks, a short venue and a status stay; the file is byte-identical', () => {
    const files = imported();
    improve(files);
    const before = readFileSync(files.resume);
    const result = reimport(files);
    expect(result).toEqual({
      code: 0,
      out: '0 added, 0 updated, 3 unchanged, 4 edits of yours kept, 0 conflicts',
      err: '',
    });
    expect(readFileSync(files.resume).equals(before)).toBe(true);
    const text = visibleText(render(parseResume(before.toString('utf8'))));
    expect(text).toContain('Mar 2024');
    expect(text).toContain('Jan Keller * , Elena Muller-Svensson *');
    expect(text).toContain('* equal contribution');
    expect(text).toContain('RECOMB 2021 (Highlight)');
    expect(text).not.toContain('Padova');
  });

  test('an unchanged .bib after an import leaves the file byte for byte as it was, however often', () => {
    const files = imported();
    const once = readFileSync(files.resume);
    for (let i = 0; i < 3; i++) {
      expect(reimport(files).out).toBe('0 added, 0 updated, 3 unchanged, 0 edits of yours kept, 0 conflicts');
      expect(readFileSync(files.resume).equals(once)).toBe(true);
    }
  });
});

describe('the three cases, field by field', () => {
  test('the .bib changed a field the user did not: it takes the .bib’s value', () => {
    const files = imported();
    writeFileSync(files.bib, SCHOLAR.replace('pages = {1--12}', 'pages = {101--112}'));
    expect(reimport(files).out).toBe('0 added, 1 updated, 2 unchanged, 0 edits of yours kept, 0 conflicts');
    expect(records(files)[1].pages).toBe('101–112');
  });

  test('the user changed a field the .bib did not: the user’s value stays, while the .bib’s other changes come in', () => {
    const files = imported();
    improve(files);
    writeFileSync(files.bib, SCHOLAR.replace('pages = {1--12}', 'pages = {101--112}'));
    expect(reimport(files).out).toBe('0 added, 1 updated, 2 unchanged, 4 edits of yours kept, 0 conflicts');
    const [, okafor] = records(files);
    expect(okafor.pages).toBe('101–112');
    expect(okafor.publisher).toBe('RECOMB 2021 (Highlight)');
  });

  test('both changed it: the user’s value stays, and one line names the key, the field and both values', () => {
    const files = imported();
    improve(files);
    writeFileSync(files.bib, SCHOLAR.replace('year = {2024}', 'year = {2025}'));
    const result = reimport(files);
    expect(result.code).toBe(0);
    expect(result.out).toBe('0 added, 0 updated, 3 unchanged, 3 edits of yours kept, 1 conflict');
    expect(result.err).toBe(
      `${files.resume}: keller2024: releaseDate: changed by you and in the .bib; yours is kept, "2024-03-14" (the .bib has "2025")`,
    );
    expect(records(files)[0].releaseDate).toBe('2024-03-14');
    // Said once: the .bib's value is now the last import's, so the next run has nothing to say.
    expect(reimport(files)).toEqual(
      expect.objectContaining({ out: '0 added, 0 updated, 3 unchanged, 4 edits of yours kept, 0 conflicts', err: '' }),
    );
  });

  test('both changed it the same way: no conflict, nothing to write but the memory', () => {
    const files = imported();
    editByHand(files, ([keller]) => {
      keller.releaseDate = '2025';
    });
    writeFileSync(files.bib, SCHOLAR.replace('year = {2024}', 'year = {2025}'));
    expect(reimport(files).out).toBe('0 added, 0 updated, 3 unchanged, 0 edits of yours kept, 0 conflicts');
    const once = readFileSync(files.resume);
    reimport(files);
    expect(readFileSync(files.resume).equals(once)).toBe(true);
  });
});

describe('deleted fields', () => {
  test('a field the user deleted stays deleted, until the .bib changes it', () => {
    const files = imported();
    editByHand(files, ([, okafor]) => {
      delete okafor.pages;
    });
    expect(reimport(files).out).toBe('0 added, 0 updated, 3 unchanged, 1 edit of yours kept, 0 conflicts');
    expect(records(files)[1]).not.toHaveProperty('pages');
    writeFileSync(files.bib, SCHOLAR.replace('pages = {1--12}', 'pages = {1--13}'));
    const result = reimport(files);
    expect(result.out).toBe('0 added, 0 updated, 3 unchanged, 0 edits of yours kept, 1 conflict');
    expect(result.err).toContain('okafor2021: pages: changed by you and in the .bib; yours is kept, (none)');
    expect(records(files)[1]).not.toHaveProperty('pages');
  });

  test('a field the .bib no longer has goes, where the user left it as imported', () => {
    const files = imported();
    writeFileSync(files.bib, SCHOLAR.replace('  pages = {1--12},\n', ''));
    expect(reimport(files).out).toBe('0 added, 1 updated, 2 unchanged, 0 edits of yours kept, 0 conflicts');
    expect(records(files)[1]).not.toHaveProperty('pages');
    expect(records(files)[1].imported).not.toHaveProperty('pages');
  });
});

describe('records with no memory of the last import', () => {
  /** The file as the earlier importer wrote it: the records without `imported`. */
  function legacy(files: Files): void {
    editByHand(files, (publications) => {
      for (const publication of publications) delete publication.imported;
    });
  }

  test('a record imported by an earlier version is the user’s where it differs from the .bib; its memory is written once', () => {
    const files = imported();
    improve(files);
    legacy(files);
    editByHand(files, ([, okafor]) => {
      delete okafor.pages;
    });
    writeFileSync(files.bib, SCHOLAR.replace('year = {2024}', 'year = {2025}'));
    const result = reimport(files);
    expect(result.out).toBe('0 added, 0 updated, 3 unchanged, 5 edits of yours kept, 0 conflicts');
    const [keller, okafor, draft] = records(files);
    expect(keller.releaseDate).toBe('2024-03-14');
    expect(okafor).not.toHaveProperty('pages');
    expect(draft.releaseDate).toBe('under review');
    expect(Object.keys(keller.imported as object)).toEqual(['name', 'authors', 'publisher', 'type', 'releaseDate']);
    // From now on the .bib's changes come in where the user left the field as the .bib has it.
    const once = readFileSync(files.resume);
    expect(reimport(files).out).toBe('0 added, 0 updated, 3 unchanged, 5 edits of yours kept, 0 conflicts');
    expect(readFileSync(files.resume).equals(once)).toBe(true);
    writeFileSync(
      files.bib,
      SCHOLAR.replace('year = {2024}', 'year = {2025}').replace('A Draft on Ice', 'Drafts on Ice'),
    );
    expect(reimport(files).out).toBe('0 added, 1 updated, 2 unchanged, 5 edits of yours kept, 0 conflicts');
    expect(records(files)[2].name).toBe('Drafts on Ice');
  });

  test('a record written by hand keeps every value it has and gains the fields it lacks, and the key', () => {
    const resume = `${JSON.stringify(
      {
        basics: { name: 'Mina Okafor' },
        publications: [{ title: 'sparse alignment of long reads', publisher: 'RECOMB 2021', releaseDate: '2021-08' }],
      },
      null,
      2,
    )}\n`;
    const files = imported(SCHOLAR, resume);
    const [hand] = records(files);
    expect(hand).toEqual(
      expect.objectContaining({
        id: 'okafor2021',
        title: 'sparse alignment of long reads',
        publisher: 'RECOMB 2021',
        releaseDate: '2021-08',
        pages: '1–12',
      }),
    );
    expect(hand).not.toHaveProperty('name');
    expect(records(files)).toHaveLength(3);
  });
});

describe('--dry-run', () => {
  test('prints each change, each kept edit and each conflict, and writes nothing', () => {
    const files = imported();
    improve(files);
    writeFileSync(
      files.bib,
      `${SCHOLAR.replace('year = {2024}', 'year = {2025}').replace('pages = {1--12}', 'pages = {101--112}')}@misc{new2026, title = {A New One}, year = 2026}\n`,
    );
    const before = readFileSync(files.resume);
    const result = reimport(files, '--dry-run');
    expect(result.code).toBe(0);
    expect(result.out.split('\n')).toEqual([
      'new2026: added',
      'okafor2021: pages: "1–12" → "101–112"',
      'keller2024: authors: yours is kept, ["Jan Keller*","Elena Muller-Svensson*","Mina Okafor"] (the .bib has [{"given":"Jan","family":"Keller"},{"given":"Elena","family":"Muller-Svensson"}…)',
      'okafor2021: publisher: yours is kept, "RECOMB 2021 (Highlight)" (the .bib has "Research in Computational Molecular Biology - 25th Annual International Confer…)',
      'draft2023: releaseDate: yours is kept, "under review" (the .bib has "2023")',
      `1 added, 1 updated, 2 unchanged, 3 edits of yours kept, 1 conflict; --dry-run: ${files.resume} was not written`,
    ]);
    expect(result.err).toBe(
      `${files.resume}: keller2024: releaseDate: changed by you and in the .bib; yours is kept, "2024-03-14" (the .bib has "2025")`,
    );
    expect(readFileSync(files.resume).equals(before)).toBe(true);
  });

  test('goes with --into', () => {
    const files = imported();
    expect(run('import', files.bib, '--dry-run')).toEqual({
      code: 2,
      out: '',
      err: '--dry-run goes with --into resume.json',
    });
  });
});

describe('the memory in the file', () => {
  test('other themes’ schemas and the registry’s accept it, the page does not show it, check says nothing of it', () => {
    const files = imported();
    const resume = parseResume(readFileSync(files.resume, 'utf8'));
    const schemas = [
      join(__dirname, '..', 'schema.json'),
      join(__dirname, 'fixtures', 'shared', 'registry-schema.json'),
      require.resolve('@jsonresume/schema/schema.json'),
    ];
    for (const schema of schemas)
      expect(new Validator().validate(resume, JSON.parse(readFileSync(schema, 'utf8')) as object).errors).toEqual([]);
    const digests = Object.values(records(files)[0].imported as object) as string[];
    const html = render(resume);
    for (const digest of digests) expect(html).not.toContain(digest);
    expect(checkResume(resume)).toEqual([]);
  });

  test('edits keep the file’s CRLF line ends and tab indentation, its symlink and its mode', () => {
    const at = mkdtempSync(join(tmpdir(), 'scholar-merge-'));
    const real = join(at, 'real.json');
    writeFileSync(real, '{\r\n\t"basics": {"name": "Mina Okafor"}\r\n}\r\n');
    chmodSync(real, 0o640);
    const link = join(at, 'resume.json');
    symlinkSync(real, link);
    const bib = join(at, 'papers.bib');
    writeFileSync(bib, SCHOLAR);
    run('import', bib, '--into', link);
    writeFileSync(bib, SCHOLAR.replace('pages = {1--12}', 'pages = {101--112}'));
    expect(run('import', bib, '--into', link).out).toBe(
      '0 added, 1 updated, 2 unchanged, 0 edits of yours kept, 0 conflicts',
    );
    const text = readFileSync(real, 'utf8');
    expect(text).toContain('\r\n\t\t\t"pages": "101–112",\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync(real).mode & 0o777).toBe(0o640);
  });
});
