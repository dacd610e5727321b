/**
 * The import a researcher can trust with their papers and their file: every class of loss seen in
 * real files (blended records, lost name parts, LaTeX and HTML left in text, dropped links,
 * preprints typed as journals, silent truncation, odd encodings) and every way the user's own
 * resume.json could be lost or reshaped. Fixtures are invented, in the shapes real files have.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  lstatSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { render } from '../src';
import { main, type Io } from '../src/import/cli';
import { latexToText } from '../src/import/latex';
import { readNames } from '../src/import/names';
import { readPublications } from '../src/import/read';
import { replaceFile, WriteError } from '../src/import/write';
import type { Publication } from '../src/types';
import { visibleText } from './helpers/html';
import { parsePublications, parseResume, readResume } from './helpers/json';

const root = join(__dirname, '..');
const bin = join(root, 'bin', 'jsonresume-theme-scholar.mjs');

function run(...args: string[]): { code: number; out: string; err: string } {
  const lines = { out: [] as string[], err: [] as string[] };
  const io: Io = { out: (text) => lines.out.push(text), err: (text) => lines.err.push(text) };
  const code = main(args, io);
  return { code, out: lines.out.join('\n'), err: lines.err.join('\n') };
}

const dir = () => mkdtempSync(join(tmpdir(), 'scholar-trust-'));

function write(name: string, content: string | Buffer, at = dir()): string {
  const file = join(at, name);
  writeFileSync(file, content);
  return file;
}

function importBib(bib: string): { list: Publication[]; err: string } {
  const { code, out, err } = run('import', write('papers.bib', bib));
  expect(code).toBe(0);
  return { list: parsePublications(out), err };
}

describe('a record is built from one entry only', () => {
  const bib = `
@article{first, title = {Ice Flow One}, author = {Okafor, Mina}, journal = {J. Glac.}, volume = {3}, number = {1}, eprint = {2101.00001}, year = 2021}
@article{second, title = {Ice Flow Two}, author = {Okafor, Mina}, journal = {J. Ice}, volume = {9}, number = {4}, eprint = {2101.00001}, year = 2021}
@inproceedings{conf, title = {Calving Fronts}, booktitle = {Proc. ICML}, pages = {3286--3292}, doi = {10.5555/icml.1}, year = 2022}
@article{corr, title = {Calving Fronts}, journal = {CoRR}, volume = {abs/2106.09373}, eprinttype = {arXiv}, eprint = {2106.09373}, year = 2021}
`;
  test('two entries sharing an arXiv id, or a paper and its preprint, stay two records, each whole, with a warning', () => {
    const target = write('resume.json', '{\n  "basics": { "name": "Mina Okafor" }\n}\n');
    const bibFile = write('papers.bib', bib);
    const first = run('import', bibFile, '--into', target);
    expect(first.out).toBe('4 added, 0 updated, 0 unchanged, 0 edits of yours kept, 0 conflicts');
    expect(first.err).toContain(
      '"first" and "second" look like one paper (the same arXiv id 2101.00001); both are kept',
    );
    expect(first.err).toContain('"conf" and "corr" look like one paper (the same title); both are kept');
    const byId = new Map((readResume(target).publications as Publication[]).map((p) => [p.id, p]));
    expect(byId.get('first')).toEqual(
      expect.objectContaining({ name: 'Ice Flow One', publisher: 'J. Glac.', volume: '3', issue: '1' }),
    );
    expect(byId.get('second')).toEqual(
      expect.objectContaining({ name: 'Ice Flow Two', publisher: 'J. Ice', volume: '9', issue: '4' }),
    );
    expect(byId.get('conf')).toEqual(
      expect.objectContaining({
        publisher: 'Proc. ICML',
        pages: '3286–3292',
        doi: '10.5555/icml.1',
        type: 'conference',
      }),
    );
    expect(byId.get('corr')).toEqual(
      expect.objectContaining({
        publisher: 'arXiv:2106.09373',
        type: 'preprint',
        links: [{ label: 'arXiv', url: 'https://arxiv.org/abs/2106.09373' }],
      }),
    );
    expect(byId.get('corr')).not.toHaveProperty('volume');
    const once = readFileSync(target);
    expect(run('import', bibFile, '--into', target).out).toBe(
      '0 added, 0 updated, 4 unchanged, 0 edits of yours kept, 0 conflicts',
    );
    expect(readFileSync(target).equals(once)).toBe(true);
  });

  test('a renamed key adds the paper again, and says which record it looks like', () => {
    const target = write('resume.json', '{}\n');
    run('import', write('a.bib', '@article{old2020, title = {Ice}, doi = {10.1/ice}, year = 2020}'), '--into', target);
    const renamed = run(
      'import',
      write('b.bib', '@article{new2020, title = {Ice}, doi = {10.1/ice}, year = 2020}'),
      '--into',
      target,
    );
    expect(renamed.out).toBe('1 added, 0 updated, 0 unchanged, 0 edits of yours kept, 0 conflicts');
    expect(renamed.err).toContain(
      '"new2020" looks like "old2020", already in the file (the same DOI 10.1/ice); both are kept (was its key renamed?)',
    );
  });

  test('titles in any script are matched on re-import: nothing is added twice', () => {
    const target = write('resume.json', '{}\n');
    const bibFile = write(
      'papers.bib',
      '@article{ko, title = {빙하의 흐름}, year = 2020}\n@article{ru, title = {Течение ледников}, year = 2020}\n@article{el, title = {Ροή παγετώνων}, year = 2020}\n',
    );
    run('import', bibFile, '--into', target);
    // Written by hand, without ids, as an older import left them: matched by title, in any script.
    const handWritten = {
      // Everything but the id.
      publications: (readResume(target).publications ?? []).map((publication) => ({ ...publication, id: undefined })),
    };
    writeFileSync(target, JSON.stringify(handWritten, null, 2));
    expect(run('import', bibFile, '--into', target).out).toBe(
      '0 added, 3 updated, 0 unchanged, 0 edits of yours kept, 0 conflicts',
    );
    expect(run('import', bibFile, '--into', target).out).toBe(
      '0 added, 0 updated, 3 unchanged, 0 edits of yours kept, 0 conflicts',
    );
    expect(readResume(target).publications).toHaveLength(3);
  });
});

describe('names keep every part', () => {
  test.each([
    ['van Beek, Anna', { given: 'Anna', family: 'van Beek' }],
    ['Ludwig van der Waals', { given: 'Ludwig', family: 'van der Waals' }],
    ['de la Cruz, Juan', { given: 'Juan', family: 'de la Cruz' }],
    ['von Neumann, John', { given: 'John', family: 'von Neumann' }],
    ['Doe-Smith, Jane,', { given: 'Jane', family: 'Doe-Smith' }],
    ['King, Jr, Martin Luther', { given: 'Martin Luther', family: 'King Jr' }],
    ['{Google Research}', { literal: 'Google Research' }],
    ['M{\\"u}ller, J{\\"o}rg', { given: 'Jörg', family: 'Müller' }],
    ['Curie, MS', { given: 'MS', family: 'Curie' }],
  ])('%s', (written, author) => {
    expect(readNames(written).authors).toEqual([author]);
  });

  test('"and others" is et al., shown as such; Scholar initials without dots are the owner', () => {
    const names = readNames('Doe-Smith, Jane, and Curie, MS and others');
    expect(names).toEqual({
      authors: [
        { given: 'Jane', family: 'Doe-Smith' },
        { given: 'MS', family: 'Curie' },
      ],
      etAl: true,
    });
    const { list } = importBib(
      '@article{a, title = {Radium}, author = {Doe-Smith, Jane, and Curie, MS and others}, journal = {J}, year = 2020}',
    );
    expect(list[0].authors).toEqual([
      { given: 'Jane', family: 'Doe-Smith' },
      { given: 'MS', family: 'Curie' },
      'et al.',
    ]);
    const html = render({ basics: { name: 'Marie Salomea Curie' }, publications: list });
    // Initials are shown with their periods, the file keeps them as the .bib wrote them.
    expect(visibleText(html)).toContain('Jane Doe-Smith, M. S. Curie, et al.');
    expect(html).toMatch(/<strong[^>]*>M\. S\. Curie<\/strong>/);
  });
});

describe('LaTeX becomes text, never HTML', () => {
  test.each([
    ["{\\'\\i}", 'í'],
    ['\\emph{Deep} \\textbf{Ice} \\textsc{Flow}', 'Deep Ice Flow'],
    ['CO$_2$ and $x^2$', 'CO₂ and x²'],
    ['$\\pm 3$ and $\\langle a\\rangle$ and $a \\leq b$', '± 3 and ⟨a⟩ and a ≤ b'],
    ['The \\LaTeX Companion', 'The LaTeX Companion'],
    ['a\\,b and \\unknown{kept} and \\relax done', 'a b and kept and done'],
    ['{\\"U}ber \\& mehr -- 50\\%', 'Über & mehr – 50%'],
    ['Tr{\\"a}g\\textbackslash{}aardh', 'Trägaardh'],
    ['<i>Jatropha</i>: oil', 'Jatropha: oil'],
  ])('%s', (latex, text) => {
    expect(latexToText(latex)).toBe(text);
  });
});

describe('every address ends up as a link or in a warning', () => {
  test('a handle in doi, an arXiv URL, demo, dataset fields, an <a href> url; an address inside a note is named', () => {
    const { list, err } = importBib(`@inproceedings{k, title = {T}, booktitle = {B}, year = 2020,
      doi = {https://hdl.handle.net/1721.1/12345}, arxiv = {https://arxiv.org/pdf/2101.00001v2},
      demo = {https://demo.example.org}, huggingface_datasets = {https://huggingface.co/datasets/x},
      url = {<a href="https://paper.example.org/t">paper</a>}, note = {See https://notes.example.org/t for more}}`);
    expect(list[0].url).toBe('https://paper.example.org/t');
    expect(list[0].links).toEqual([
      { label: 'arXiv', url: 'https://arxiv.org/abs/2101.00001' },
      { label: 'DOI', url: 'https://hdl.handle.net/1721.1/12345' },
      { label: 'Demo', url: 'https://demo.example.org' },
      { label: 'Huggingface datasets', url: 'https://huggingface.co/datasets/x' },
    ]);
    expect(err).toContain('k (line 1): the address in "note" was not imported: https://notes.example.org/t');
  });

  test("Scholar's arXiv preprint journal is a preprint", () => {
    const { list } = importBib('@article{s, title = {T}, journal = {arXiv preprint arXiv:2106.09373}, year = {2021}}');
    expect(list[0]).toEqual(
      expect.objectContaining({
        type: 'preprint',
        publisher: 'arXiv:2106.09373',
        links: [{ label: 'arXiv', url: 'https://arxiv.org/abs/2106.09373' }],
      }),
    );
  });
});

describe('nothing is cut short or refused in silence', () => {
  test('an extra "}" skips that entry with its own line; a "%" line with an e-mail address is a comment', () => {
    const { list, err } = importBib(
      '% write to me@example.org\n@article{a, title = {A}, year = 2020}\n\n@article{b,\n  title = {Extra } brace},\n  journal = {J}, year = {2020}}\n@article{c, title = {C}, year = 2021}\n',
    );
    expect(list.map((p) => p.id)).toEqual(['a', 'c']);
    expect(err).toMatch(/@article\{b at line 4: "," or "}" was expected after title at line 5, .*; skipped/);
    const early = run('import', write('papers.bib', '@article{b, title = {B}}, journal = {J}, year = {2020}}\n'));
    expect(early.code).toBe(1);
    expect(early.err).toMatch(
      /@article\{b at line 1: it ends at line 1 before its fields do .*; skipped\n.*: no BibTeX entry could be read$/,
    );
  });

  test('Latin-1 is read as Latin-1 and said; UTF-16 and byte-order marks are read', () => {
    const latin1 = write('latin1.bib', Buffer.from('@article{a, title = {M\u00fcller}, year = 2020}', 'latin1'));
    const result = run('import', latin1);
    expect(parsePublications(result.out)[0].name).toBe('Müller');
    expect(result.err).toContain('not UTF-8; read as Latin-1');
    const utf16 = write(
      'u16.bib',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('@article{a, title = {Ω}, year = 2020}', 'utf16le')]),
    );
    expect(parsePublications(run('import', utf16).out)[0].name).toBe('Ω');
    const csl = write('z.json', `\ufeff${JSON.stringify([{ id: 'z', type: 'article-journal', title: 'BOM' }])}`);
    expect(parsePublications(run('import', csl).out)[0].name).toBe('BOM');
  });

  test('CSL-JSON with numbers, a string author, a null author and type "__proto__"', () => {
    const csl = write(
      'z.json',
      JSON.stringify([
        {
          id: 7,
          type: '__proto__',
          title: 'Odd',
          volume: 4,
          issue: 2,
          page: 12,
          author: ['Mina Okafor', null],
          issued: { 'date-parts': [[2020, 5]] },
        },
      ]),
    );
    const result = run('import', csl);
    expect(result.code).toBe(0);
    expect(parsePublications(result.out)[0]).toEqual({
      id: '7',
      name: 'Odd',
      authors: [{ literal: 'Mina Okafor' }],
      type: 'other',
      releaseDate: '2020-05',
      volume: '4',
      issue: '2',
      pages: '12',
    });
    expect(result.err).toContain('an author that is not a name was left out (null)');
  });

  test('a file with no entry is refused in one line saying what it looks like; resume.json untouched', () => {
    const zip = Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1'), Buffer.alloc(40, 7)]);
    const cases: Array<[string, string | Buffer, string]> = [
      [
        'error.bib',
        '<!DOCTYPE html>\n<html><head><title>403 Forbidden</title></head><body>@ denied</body></html>\n',
        'no BibTeX or CSL-JSON entry was found: it looks like an HTML or XML page',
      ],
      ['empty.bib', '', 'no BibTeX or CSL-JSON entry was found: the file is empty'],
      ['blank.bib', '\n  \n', 'no BibTeX or CSL-JSON entry was found: the file is empty'],
      ['papers.bib', zip, 'no BibTeX or CSL-JSON entry was found: it is a zip archive, not a text file'],
      ['notes.bib', 'My papers are on my website.\n', 'no BibTeX or CSL-JSON entry was found'],
      ['strings.bib', '@string{j = {Journal}}\n@comment{nothing else}\n', 'no BibTeX or CSL-JSON entry was found'],
    ];
    for (const [name, content, says] of cases) {
      const at = dir();
      const target = write('resume.json', '{\n  "basics": {}\n}\n', at);
      const file = write(name, content, at);
      expect(run('import', file, '--into', target)).toEqual({ code: 1, out: '', err: `${file}: ${says}` });
      expect(run('import', file)).toEqual({ code: 1, out: '', err: `${file}: ${says}` });
      expect(readFileSync(target, 'utf8')).toBe('{\n  "basics": {}\n}\n');
    }
  });

  test('terminal escapes in a file are printed escaped', () => {
    const { err } = run('import', write('papers.bib', '@article{a\u001b[31m, year = 2020}'));
    expect(err).toContain('\\u001b[31m');
    expect(err).not.toContain('\u001b');
  });

  test('a @string doubling bomb is bounded: refused quickly, nothing huge written', () => {
    const lines = ['@string{a0 = "xxxxxxxx"}'];
    for (let n = 1; n <= 40; n++) lines.push(`@string{a${n} = a${n - 1} # a${n - 1}}`);
    lines.push('@article{bomb, title = a40, year = 2020}', '@article{ok, title = {Fine}, year = 2020}');
    const started = Date.now();
    const { list, err } = importBib(lines.join('\n'));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(list.find((p) => p.id === 'ok')?.name).toBe('Fine');
    expect(JSON.stringify(list).length).toBeLessThan(10_000);
    expect(err).toMatch(/@string at line 15: a value longer than 100,000 characters/);
  });

  test('/dev/zero and other endless or huge inputs are refused, not read forever', () => {
    const result = run('import', '/dev/zero');
    expect(result.code).toBe(1);
    expect(result.err).toBe('/dev/zero: is larger than 64 MiB; not read');
  });
});

describe("the user's resume.json", () => {
  const bib =
    '@article{new, title = {New Paper}, author = {Okafor, Mina}, journal = {J}, doi = {10.5555/new}, year = 2024}\n@article{hand, title = {Hand Written}, journal = {J2}, year = 2020}\n';

  test('only publications change; CRLF, tabs, key order, numbers as written and untouched entries keep their bytes', () => {
    const before = [
      '{',
      '\t"meta": { "x": 12345678901234567890, "gpa": 4.00 },',
      '\t"publications": [',
      '\t\t{ "name": "Mine, untouched",   "releaseDate": "2001" },',
      '\t\t{"name": "Hand written", "summary": "kept", "n": 1.50}',
      '\t],',
      '\t"basics": {"name": "Mina Okafor"}',
      '}',
      '',
    ].join('\r\n');
    const target = write('resume.json', before);
    expect(run('import', write('p.bib', bib), '--into', target).out).toBe(
      '1 added, 1 updated, 0 unchanged, 1 edit of yours kept, 0 conflicts',
    );
    const after = readFileSync(target, 'utf8');
    const [head, tail] = [
      before.slice(0, before.indexOf('\t\t{"name": "Hand')),
      before.slice(before.indexOf('\r\n\t],')),
    ];
    expect(after.startsWith(head)).toBe(true);
    expect(after.endsWith(tail)).toBe(true);
    expect(after.split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('\r'))).toBe(true);
    expect(after).toContain('"n": 1.50');
    const updated = parseResume(after).publications?.[1];
    expect(updated).toEqual(
      expect.objectContaining({ name: 'Hand written', summary: 'kept', id: 'hand', publisher: 'J2' }),
    );
  });

  test('a file written on one line stays on one line', () => {
    for (const before of [
      '{"basics":{"name":"Mina Okafor"},"publications":[{"name":"Hand Written","n":1.50}]}',
      '{"basics":{"name":"Mina Okafor"}}\n',
    ]) {
      const target = write('resume.json', before);
      expect(run('import', write('p.bib', bib), '--into', target).code).toBe(0);
      const after = readFileSync(target, 'utf8');
      expect(after.trim()).not.toContain('\n');
      expect(after.startsWith('{"basics":{"name":"Mina Okafor"},')).toBe(true);
      expect(parseResume(after).publications?.map((p: Publication) => p.id)).toEqual(
        before.includes('Hand') ? ['hand', 'new'] : ['new', 'hand'],
      );
    }
  });

  test('publications holding an object or a string is refused, the file untouched', () => {
    for (const value of ['{ "name": "one" }', '"see my website"']) {
      const text = `{\n  "publications": ${value}\n}\n`;
      const target = write('resume.json', text);
      const result = run('import', write('p.bib', bib), '--into', target);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(
        /resume\.json: "publications" holds (an object|a string), not a list of publications; nothing was written$/,
      );
      expect(readFileSync(target, 'utf8')).toBe(text);
    }
  });

  test('"Publications", "Title" and "DOI" as the user spelled them are matched and updated in place, never shadowed', () => {
    const target = write('resume.json', '{}\n');
    const bibFile = write('p.bib', bib);
    run('import', bibFile, '--into', target);
    // The user renames the keys to their own spelling; the theme reads them by key form.
    writeFileSync(
      target,
      readFileSync(target, 'utf8')
        .replace('"publications"', '"Publications"')
        .replace('"name":"New Paper"', '"Title":"New Paper"')
        .replace('"doi"', '"DOI"'),
    );
    writeFileSync(bibFile, bib.replace('New Paper', 'Newer Paper').replace('10.5555/new', '10.5555/newer'));
    expect(run('import', bibFile, '--into', target).out).toBe(
      '0 added, 1 updated, 1 unchanged, 0 edits of yours kept, 0 conflicts',
    );
    const resume = readResume(target);
    expect(Object.keys(resume)).toEqual(['Publications']);
    const [written] = resume.Publications as object[];
    expect(written).toEqual(expect.objectContaining({ Title: 'Newer Paper', DOI: '10.5555/newer' }));
    expect(written).not.toHaveProperty('name');
    expect(written).not.toHaveProperty('doi');
    expect(visibleText(render(resume))).toContain('Newer Paper');
  });

  test('a UTF-8 byte-order mark is read and kept', () => {
    const target = write('resume.json', '\ufeff{\n  "basics": {}\n}\n');
    expect(run('import', write('p.bib', bib), '--into', target).code).toBe(0);
    expect(
      readFileSync(target)
        .subarray(0, 3)
        .equals(Buffer.from([0xef, 0xbb, 0xbf])),
    ).toBe(true);
  });

  test('a symlink stays a symlink, its target updated; mode 0600 kept; a read-only file refused', () => {
    const at = dir();
    const real = write('real.json', '{}\n', at);
    chmodSync(real, 0o600);
    const link = join(at, 'resume.json');
    symlinkSync(real, link);
    expect(run('import', write('p.bib', bib), '--into', link).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readResume(real).publications).toHaveLength(2);
    expect(statSync(real).mode & 0o777).toBe(0o600);
    const readOnly = write('ro.json', '{}\n');
    chmodSync(readOnly, 0o444);
    const result = run('import', write('p.bib', bib), '--into', readOnly);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`${readOnly}: is read-only; nothing was written`);
    expect(readFileSync(readOnly, 'utf8')).toBe('{}\n');
    expect(readdirSync(at).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('a change made while the import ran is not overwritten, and no temporary file is left', () => {
    const at = dir();
    const target = write('resume.json', '{"changed": true}\n', at);
    expect(() => replaceFile(target, Buffer.from('{}\n'), '{"import": 1}\n')).toThrow(WriteError);
    expect(() => replaceFile(target, Buffer.from('{}\n'), '{"import": 1}\n')).toThrow(
      'was changed while the import ran; nothing was written (run it again)',
    );
    expect(readFileSync(target, 'utf8')).toBe('{"changed": true}\n');
    expect(readdirSync(at)).toEqual(['resume.json']);
  });

  test('the command: --help on stdout with exit 0; a closed pipe ends quietly', () => {
    const help = spawnSync(process.execPath, [bin, 'import', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: jsonresume-theme-scholar import/);
    const big = write(
      'p.bib',
      Array.from({ length: 2000 }, (_, i) => `@article{k${i}, title = {Paper ${i}}, year = 2020}`).join('\n'),
    );
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" import "${big}" | head -c 10 >/dev/null`], {
      encoding: 'utf8',
    });
    expect(piped.stderr).toBe('');
  });
});

// The 95 real-world files of Zotero Better BibTeX's import tests (MIT), beside the repository.
const corpus = join(root, '..', 'shared', 'bibtex-corpus');
const corpusFiles = existsSync(corpus) ? readdirSync(corpus).filter((name) => name.endsWith('.bib')) : [];
if (process.env.CI && corpusFiles.length === 0) throw new Error(`the BibTeX corpus is missing: ${corpus}`);

// What imported text never holds: a LaTeX command, an HTML tag or a brace.
const LEFT_OVER = /\\[a-zA-Z]|[{}]|<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?>/;

function strings(value: unknown, path: string, found: Array<[string, string]>): Array<[string, string]> {
  if (typeof value === 'string') found.push([path, value]);
  else if (Array.isArray(value)) value.forEach((item, i) => strings(item, `${path}[${i}]`, found));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) strings(item, `${path}.${key}`, found);
  return found;
}

// The corpus's files with nothing to import: one is empty, two hold only an entry without a title.
const NOTHING_TO_IMPORT = new Set([
  'Async_import__large_library__720.bib',
  'Imported_name_suffix_in_family_part__2744.bib',
  'URL_not_recognised_in_a_simple_online_bib_file_entry_on_import__2842.bib',
]);

(corpusFiles.length > 0 ? describe : describe.skip)('the real-world corpus', () => {
  test.each(corpusFiles)('%s: imported clean, and a second import leaves resume.json byte-identical', (name) => {
    const target = write('resume.json', '{\n  "basics": { "name": "X" }\n}\n');
    const first = run('import', join(corpus, name), '--into', target);
    if (NOTHING_TO_IMPORT.has(name)) {
      expect(first.code).toBe(1);
      expect(first.err).toMatch(
        /: (no BibTeX or CSL-JSON entry was found: the file is empty|no entry could be imported: each was skipped)$/,
      );
      expect(readFileSync(target, 'utf8')).toBe('{\n  "basics": { "name": "X" }\n}\n');
      return;
    }
    expect(first.code).toBe(0);
    expect(first.err).not.toMatch(/internal error|\n\s+at /);
    const once = readFileSync(target);
    const publications = parseResume(once.toString('utf8')).publications ?? [];
    const dirty = strings(publications, 'publications', []).filter(
      ([path, text]) => !/\.url$/.test(path) && LEFT_OVER.test(text),
    );
    expect(dirty).toEqual([]);
    expect(run('import', join(corpus, name), '--into', target).out).toBe(
      `0 added, 0 updated, ${publications.length} unchanged, 0 edits of yours kept, 0 conflicts`,
    );
    expect(readFileSync(target).equals(once)).toBe(true);
  });
});

test('random BibTeX: import, re-import, re-import again leaves the file byte-identical, and no record mixes two entries', () => {
  const word = fc.constantFrom(
    'Ice',
    'flow',
    'Über',
    'glacier',
    '빙하',
    'лёд',
    'Ροή',
    '氷河',
    "d\\'{e}j\\`a",
    '{\\"o}l',
    'Ärger',
    'año',
  );
  const entry = fc.record({
    title: fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' ')),
    family: fc.constantFrom('van Beek', 'de la Cruz', 'Okafor', 'M{\\"u}ller', '박'),
    journal: fc.constantFrom('J. Glac.', 'CoRR', 'Nature', 'arXiv preprint arXiv:2101.00001'),
    arxiv: fc.option(fc.constantFrom('2101.00001', '2202.00002'), { nil: undefined }),
    doi: fc.option(fc.constantFrom('10.1/a', '10.1/b'), { nil: undefined }),
    volume: fc.nat({ max: 99 }),
  });
  fc.assert(
    fc.property(fc.array(entry, { minLength: 1, maxLength: 8 }), (entries) => {
      const bib = entries
        .map(
          (e, i) =>
            `@article{k${i}, title = {${e.title}}, author = {${e.family}, A.}, journal = {${e.journal}}, volume = {${e.volume}}, year = 2020${e.arxiv ? `, eprint = {${e.arxiv}}` : ''}${e.doi ? `, doi = {${e.doi}}` : ''}}`,
        )
        .join('\n');
      const at = dir();
      const bibFile = write('p.bib', bib, at);
      const target = write('resume.json', '{\n  "basics": {}\n}\n', at);
      expect(run('import', bibFile, '--into', target).code).toBe(0);
      const once = readFileSync(target);
      run('import', bibFile, '--into', target);
      run('import', bibFile, '--into', target);
      expect(readFileSync(target).equals(once)).toBe(true);
      const records = parseResume(once.toString('utf8')).publications as Publication[];
      expect(records).toHaveLength(entries.length);
      const alone = readPublications('p.bib', bib).publications;
      for (const { imported, ...record } of records) {
        expect(record).toEqual(alone.find((p) => p.id === record.id));
        expect(Object.keys(imported ?? {})).toEqual(Object.keys(record).filter((key) => key !== 'id'));
      }
    }),
    { numRuns: 60 },
  );
});

test('the installed command runs with no package but Node', () => {
  const out = execFileSync(process.execPath, [bin, 'import', write('p.bib', '@article{a, title = {A}, year = 2020}')], {
    encoding: 'utf8',
  });
  expect(parsePublications(out)[0].id).toBe('a');
});

test('"et al." with no name before it is shown as written, never as a bare ", et al."', () => {
  const html = render({
    basics: { name: 'X' },
    publications: [
      { name: 'Alone', authors: ['et al.'] },
      { name: 'Long', authors: ['Ann Bell', 'Cy Dunn', 'Eve Fox', 'et al.'] },
    ],
    meta: { themeOptions: { maxAuthors: 2 } },
  });
  const text = visibleText(html);
  expect(text).toMatch(/\[\d\] Alone et al\./);
  expect(text).toContain('Ann Bell, Cy Dunn, et al.');
  expect(text).not.toContain('et al., et al.');
});
