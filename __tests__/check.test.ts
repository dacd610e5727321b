/**
 * The check command and the standalone render: what the page will not show, one line per value
 * with its JSON path, found by watching `render` itself; and render from a file, from standard
 * input, and again on each save. Fixtures are invented, in the shapes real files have.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from '../src';
import { checkResume, guess } from '../src/cli/check';
import { main, type Io } from '../src/cli';
import { LIMITS } from '../src/limits';

const root = join(__dirname, '..');
const bin = join(root, 'bin', 'jsonresume-theme-scholar.mjs');
import cv from '../resume.json';
import sample from '@jsonresume/schema/sample.resume.json';

const lines = (resume: unknown) => checkResume(resume).map((finding) => `${finding.path}: ${finding.message}`);

function run(args: string[], stdinIsTerminal = true): { code: number | undefined; out: string; err: string } {
  const said = { out: [] as string[], err: [] as string[] };
  const io: Io = { out: (text) => said.out.push(text), err: (text) => said.err.push(text) };
  const code = main(args, io, stdinIsTerminal);
  // Only a PDF's code comes later, and these tests print none.
  if (code instanceof Promise) throw new Error('a PDF was printed');
  return { code, out: said.out.join('\n'), err: said.err.join('\n') };
}

const dir = () => mkdtempSync(join(tmpdir(), 'scholar-check-'));
function write(name: string, content: string, at = dir()): string {
  const file = join(at, name);
  writeFileSync(file, content);
  return file;
}

describe('check: everything the page will not show as written, with its path', () => {
  test('a typo in a field, and in a top-level section, with the name meant', () => {
    const found = lines({
      basics: { name: 'Ann', emial: 'a@example.org' },
      wrok: [{ name: 'Lab' }],
      work: [{ name: 'Lab', positon: 'Fellow' }],
    });
    expect(found).toContain('basics.emial: not shown: the theme does not read "emial"; did you mean "email"?');
    expect(found).toContain('work[0].positon: not shown: the theme does not read "positon"; did you mean "position"?');
    expect(found).toContain('wrok: shown as a section of its own; did you mean "work"?');
  });

  test('theme options it cannot use, and sections the order does not name or leaves out', () => {
    const found = lines({
      work: [{ name: 'Lab' }],
      awards: [{ title: 'Prize' }],
      meta: {
        themeOptions: { sections: ['wrok', 'awards'], pageSize: 'A5', maxAuthors: 'three', datePrecision: 'week' },
      },
    });
    expect(found).toEqual([
      'work: not shown: meta.themeOptions.sections does not list it',
      'meta.themeOptions.sections[0]: no section is named "wrok"; did you mean "work"?',
      'meta.themeOptions.pageSize: not used: pageSize is "A4" or "Letter"; A4 is used',
      'meta.themeOptions.maxAuthors: not used: maxAuthors is a whole number from 0; 0 is used',
      'meta.themeOptions.datePrecision: not used: datePrecision is "year", "month" or "day"; month is used',
    ]);
  });

  test('wrong types, a photo past its cap or not embedded, an unreadable date, a field cut at its cap', () => {
    const found = lines({
      basics: {
        name: 'N'.repeat(LIMITS.lineChars + 10),
        image: `data:image/png;base64,${'A'.repeat(LIMITS.photoChars)}`,
      },
      work: [{ name: 'Lab', startDate: 'Spring 2020', title: { en: 'Fellow' } }],
      publications: [
        { name: 'P', authors: 42 },
        { name: 'Q', authors: ['A. Lee', { note: 'x' }] },
      ],
    });
    expect(found).toEqual([
      `basics.name: cut at ${LIMITS.lineChars} characters`,
      `basics.image: not shown: a photo longer than ${LIMITS.photoChars} characters`,
      'work[0].startDate: shown as written: not a date the theme reads, so it is neither formatted nor ordered',
      'work[0].title: not shown: an object where the theme reads one line',
      'publications[0].authors: not shown: authors are a list, or one line',
      'publications[1].authors[1]: not shown: an object the theme cannot read as an item of this list',
    ]);
    expect(lines({ basics: { name: 'A', image: 'https://example.org/me.jpg' } })).toEqual([
      'basics.image: not shown: a photo must be a PNG, JPEG, GIF or WebP data: URI (the page fetches nothing)',
    ]);
  });

  test('a custom field with no place, entries past a cap as one run', () => {
    const found = lines({
      side_quests: [{ name: 'T', deep: [{ a: [1] }] }],
      work: Array.from({ length: LIMITS.entriesPerSection + 3 }, () => ({ name: 'L' })),
    });
    expect(found).toContain('side_quests[0].deep: not shown: the theme does not read "deep"');
    expect(found).toContain(`work: only the first ${LIMITS.entriesPerSection} items are shown`);
    expect(found).toContain(
      `work[${LIMITS.entriesPerSection}..${LIMITS.entriesPerSection + 2}]: not shown: nothing in it is read`,
    );
  });

  test("entries past the page's cap: each further section says the page's cap is why", () => {
    const full = Array.from({ length: LIMITS.entriesPerSection }, () => ({ name: 'L' }));
    const sections = LIMITS.entriesPerPage / LIMITS.entriesPerSection;
    const resume = Object.fromEntries(Array.from({ length: sections + 1 }, (_, s) => [`list${s}`, full]));
    expect(lines(resume)).toContain(
      `list${sections}: only the first item is shown: a page shows at most ${LIMITS.entriesPerPage} entries`,
    );
  });

  test('nothing to report where nothing is lost: blank text, empty lists and objects', () => {
    expect(
      lines({
        basics: { name: 'A', image: '', phone: ' ', location: {}, profiles: [{}] },
        skills: [{ name: 'S', icon: '' }],
        awards: [],
      }),
    ).toEqual([]);
  });

  test('nothing to report on the CV and the schema sample; a file that is not an object', () => {
    expect(lines(cv)).toEqual([]);
    expect(lines(sample)).toEqual([]);
    expect(lines([1, 2])).toEqual([': not a resume: the file holds no JSON object']);
  });

  test('the academic sections: both fixtures in full, and what they cannot show', () => {
    for (const name of ['sections.resume.json', 'sections.templates.json'])
      expect(lines(JSON.parse(readFileSync(join(__dirname, 'fixtures', 'academic', name), 'utf8')))).toEqual([]);
    expect(
      lines({
        basics: { orcid: '0000-0002-1825-0098' },
        awards: [{ type: 'grant', title: 'G', amount: { sum: 5 }, grnatNumber: 'X-1' }],
        projects: [{ type: 'teaching', name: 'C', enrolment: [1, 2] }],
      }),
    ).toEqual([
      'basics.orcid: not linked: no ORCID iD whose check digit (ISO 7064 MOD 11-2) holds; shown as written',
      'awards[0].amount: not shown: an object where the theme reads one line',
      'awards[0].grnatNumber: not shown: the theme does not read "grnatNumber"; did you mean "grantNumber"?',
      'projects[0].enrolment: not shown: a list where the theme reads one line',
    ]);
  });

  test('it watches render itself, and a render outside the check is not watched', () => {
    const resume = { work: [{ name: 'Lab', startDate: 'Spring 2020' }] };
    const before = render(resume);
    expect(lines(resume)).toHaveLength(1);
    expect(render(resume)).toBe(before);
  });

  test('a name is guessed only one or two slips away', () => {
    expect(guess('publicatons', ['publications', 'projects'])).toBe('publications');
    expect(guess('Start_Date', ['startDate'])).toBeUndefined(); // the same name: read as it is
    expect(guess('colour', ['color', 'summary'])).toBe('color');
    expect(guess('xyz', ['work', 'skills'])).toBeUndefined();
  });
});

describe('the command line', () => {
  test('check: one line per finding, exit 1; exit 0 with nothing to report', () => {
    const bad = run(['check', write('resume.json', JSON.stringify({ basics: { name: 'A', emial: 'x' } }))]);
    expect(bad).toEqual({
      code: 1,
      out: 'basics.emial: not shown: the theme does not read "emial"; did you mean "email"?',
      err: '',
    });
    const good = run(['check', join(root, 'resume.json')]);
    expect(good.code).toBe(0);
    expect(good.out).toBe(`${join(root, 'resume.json')}: nothing to report`);
  });

  test('a file that is not JSON: its line and column, in one line; a trailing comma named; a missing file; usage', () => {
    const file = write('resume.json', '{\n  "basics": {\n    "name": "A"\n  ]\n}');
    expect(run(['check', file])).toEqual({
      code: 1,
      out: '',
      err: expect.stringMatching(new RegExp(`^${file}: not JSON at line 4, column 3 \\(.+\\)$`)) as string,
    });
    expect(run(['check', write('resume.json', '{\n  "basics": {\n    "name": "A",\n  }\n}')]).err).toMatch(
      /resume\.json: not JSON at line 3, column 16 \(a trailing comma: JSON allows none before "\]" or "\}"\)$/,
    );
    expect(run(['check', write('resume.json', '{"a": [1, ]}')]).err).toMatch(
      /: not JSON at line 1, column 9 \(a trailing comma/,
    );
    expect(run(['check', write('resume.json', '{"a": [1 2]}')]).err).toMatch(/: not JSON at line 1, column 10 /);
    const none = join(dir(), 'none.json');
    expect(run(['check', none])).toEqual({ code: 1, out: '', err: `${none}: no such file` });
    expect(run(['render', none, '-o', join(dir(), 'cv.html')])).toEqual({
      code: 1,
      out: '',
      err: `${none}: no such file`,
    });
    expect(run(['check']).code).toBe(2);
    expect(run([]).code).toBe(2);
    expect(run(['render', 'a.json', 'b.json']).code).toBe(2);
  });

  test('--version prints the package version; every command --help prints its usage on standard output and exits 0', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version'])).toEqual({ code: 0, out: version, err: '' });
    for (const args of [
      ['--help'],
      ['render', '--help'],
      ['check', '--help'],
      ['import', '--help'],
      ['render', '-h'],
    ]) {
      const result = run(args);
      expect(result.code).toBe(0);
      expect(result.err).toBe('');
      expect(result.out).toMatch(/^Usage: jsonresume-theme-scholar /);
    }
    const installed = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(installed.stdout).toBe(`${version}\n`);
  });

  test('comments, as some site templates keep resume.json, are read past and said', () => {
    const file = write('resume.json', '{\n  "basics": { "name": "Ann Lee" } // the header\n  /* "awards": [] */\n}\n');
    expect(run(['check', file])).toEqual({
      code: 1,
      out: '(the file): holds comments, which JSON does not allow: the theme reads past them, resume-cli, resumed and the registry refuse the file',
      err: '',
    });
    const at = dir();
    expect(run(['render', file, '-o', join(at, 'cv.html')]).code).toBe(0);
    expect(readFileSync(join(at, 'cv.html'), 'utf8')).toBe(render({ basics: { name: 'Ann Lee' } }));
  });

  test('render resume.json -o cv.html writes exactly render(resume)', () => {
    const at = dir();
    const file = write('resume.json', JSON.stringify(cv), at);
    expect(run(['render', file, '-o', join(at, 'cv.html')]).code).toBe(0);
    expect(readFileSync(join(at, 'cv.html'), 'utf8')).toBe(render(cv));
  });

  test('standard input to standard output, as other themes do it', () => {
    const out = spawnSync(process.execPath, [bin], { input: JSON.stringify(sample), encoding: 'utf8' });
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(render(sample));
    const broken = spawnSync(process.execPath, [bin], { input: '{"basics": ', encoding: 'utf8' });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/^standard input: not JSON at line 1, column 12 /);
  });

  test('render --watch renders again on each save and says what check would', async () => {
    const at = dir();
    const file = write('resume.json', JSON.stringify({ basics: { name: 'Ann Lee' } }), at);
    const output = join(at, 'cv.html');
    const child = spawn(process.execPath, [bin, 'render', file, '-o', output, '--watch']);
    let said = '';
    child.stderr.on('data', (chunk) => (said += chunk));
    const waitFor = async (what: RegExp) => {
      for (let i = 0; i < 200 && !what.test(said); i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(said).toMatch(what);
    };
    try {
      await waitFor(/rendered/);
      expect(readFileSync(output, 'utf8')).toContain('Ann Lee');
      writeFileSync(file, JSON.stringify({ basics: { name: 'Ann Q. Lee', emial: 'x' } }));
      await waitFor(/emial/);
      expect(readFileSync(output, 'utf8')).toContain('Ann Q. Lee');
      expect(said).toContain('basics.emial: not shown: the theme does not read "emial"; did you mean "email"?');
    } finally {
      child.kill();
    }
  });
});
