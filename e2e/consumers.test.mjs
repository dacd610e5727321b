// resume-cli 3.1.2 and 3.7.3 and resumed 6.1.0, run as users run them, against the built package.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { A4, bin, cv, e2eDir, isSize, pdfInfo, pdfLinks, pdfText, root, run, tempDir, theme } from './helpers.mjs';

const expectedHtml = theme.render(cv);
const pdfEnv = {
  ...process.env,
  PUPPETEER_EXECUTABLE_PATH: process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium',
  RESUME_PUPPETEER_NO_SANDBOX: '1',
};

function checkCvPdf(file) {
  const info = pdfInfo(file);
  assert.ok(info.pages >= 1 && info.pages <= 3, `${info.pages} pages`);
  assert.ok(isSize(info, A4), `page size ${info.width} x ${info.height}`);
  const text = pdfText(file);
  for (const fact of [
    'Namuk Park',
    'What Do Self-Supervised Vision Transformers Learn?',
    'Invited Talks',
    'Top reviewer',
  ]) {
    assert.ok(text.toLowerCase().includes(fact.toLowerCase()), `PDF text lacks ${fact}`);
  }
  const links = pdfLinks(file);
  for (const url of ['https://arxiv.org/abs/2305.00729', 'https://github.com/xxxnell', 'mailto:namuk.park@gmail.com']) {
    assert.ok(links.includes(url), `PDF lacks a link to ${url}`);
  }
}

/** A folder where the theme is installed from its packed tarball, as from the registry. */
function consumerFolder() {
  const dir = tempDir('consumer');
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root }).trim().split('\n')[0];
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  const said = run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(dir, tarball)], { cwd: dir });
  // A theme user's install runs no script of the theme, so npm has none to warn about.
  assert.doesNotMatch(said, /install-scripts[^\n]*jsonresume-theme-scholar/);
  copyFileSync(join(root, 'resume.json'), join(dir, 'resume.json'));
  return dir;
}

// resume-cli as users have it: 3.1.2, and 3.7.3, which `npm install -g resume-cli` gives today
// (installed as resume-cli-3.7, its missing ats-validator dependency stubbed; see e2e/package.json).
const resumeClis = [
  ['3.1.2', bin('resume'), []],
  ['3.7.3', process.execPath, [join(e2eDir, 'node_modules', 'resume-cli-3.7', 'build', 'main.js')]],
];

for (const [version, command, prefix] of resumeClis) {
  const resume = (args, options) => run(command, [...prefix, ...args], options);

  test(`resume-cli ${version}: export cv.html --theme . from the repository`, () => {
    const out = join(tempDir('cli'), 'cv.html');
    resume(['export', out, '--resume', 'resume.json', '--theme', '.'], { cwd: root });
    assert.equal(readFileSync(out, 'utf8'), expectedHtml);
  });

  test(`resume-cli ${version}: export cv.pdf --theme . prints with the theme’s pdfRenderOptions`, () => {
    const out = join(tempDir('cli'), 'cv.pdf');
    resume(['export', out, '--resume', 'resume.json', '--theme', '.'], { cwd: root, env: pdfEnv });
    checkCvPdf(out);
  });

  test(`resume-cli ${version}: --theme scholar from a folder where the theme is an installed dependency`, () => {
    const dir = consumerFolder();
    resume(['export', 'cv.html', '--theme', 'scholar'], { cwd: dir });
    assert.equal(readFileSync(join(dir, 'cv.html'), 'utf8'), expectedHtml);
    // The short name prints too, with both versions; and so does the full one.
    for (const name of ['scholar', 'jsonresume-theme-scholar']) {
      rmSync(join(dir, 'cv.pdf'), { force: true });
      resume(['export', 'cv.pdf', '--theme', name], { cwd: dir, env: pdfEnv });
      checkCvPdf(join(dir, 'cv.pdf'));
    }
  });

  test(`resume-cli ${version}: validate --schema with the theme’s schema.json`, () => {
    resume(['validate', '--resume', 'resume.json', '--schema', join(root, 'schema.json')], { cwd: root });
    const dir = tempDir('invalid');
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...cv, publications: [{ name: 'x', authors: 42 }] }));
    const rejected = spawnSync(
      command,
      [...prefix, 'validate', '--resume', join(dir, 'bad.json'), '--schema', join(root, 'schema.json')],
      { cwd: root, encoding: 'utf8' },
    );
    assert.notEqual(rejected.status, 0);
    assert.match(rejected.stdout + rejected.stderr, /publications\[0\]\.authors/);
  });
}

test('the installed package’s import command merges a .bib into resume.json, then resumed and the package itself render it', () => {
  const dir = consumerFolder();
  copyFileSync(join(root, '__tests__', 'fixtures', 'publications', 'papers.bib'), join(dir, 'papers.bib'));
  const before = JSON.parse(readFileSync(join(dir, 'resume.json'), 'utf8')).publications.length;
  const out = run(
    join(dir, 'node_modules', '.bin', 'jsonresume-theme-scholar'),
    ['import', 'papers.bib', '--into', 'resume.json'],
    { cwd: dir },
  );
  assert.match(out, /11 added, 0 updated, 0 unchanged/);
  const resume = JSON.parse(readFileSync(join(dir, 'resume.json'), 'utf8'));
  assert.equal(resume.publications.length, before + 11);
  run(bin('resumed'), ['render', 'resume.json', '--theme', 'jsonresume-theme-scholar', '--output', 'cv.html'], {
    cwd: dir,
  });
  const html = readFileSync(join(dir, 'cv.html'), 'utf8');
  assert.ok(html.includes('Learning Ice Sheet Dynamics from Übersichten &amp; Surveys'));
  assert.ok(html.includes('vol. 14, no. 3, pp. 834–849'));
  // The installed command line renders on its own, exactly as resumed does, and checks the file.
  const cli = join(dir, 'node_modules', '.bin', 'jsonresume-theme-scholar');
  run(cli, ['render', 'resume.json', '-o', 'alone.html'], { cwd: dir });
  assert.equal(readFileSync(join(dir, 'alone.html'), 'utf8'), html);
  assert.match(run(cli, ['check', 'resume.json'], { cwd: dir }), /resume\.json: nothing to report/);
});

test('resumed: render --theme jsonresume-theme-scholar', () => {
  const dir = tempDir('resumed');
  copyFileSync(join(root, 'resume.json'), join(dir, 'resume.json'));
  run(bin('resumed'), ['render', 'resume.json', '--theme', 'jsonresume-theme-scholar', '--output', 'cv.html'], {
    cwd: dir,
  });
  assert.equal(readFileSync(join(dir, 'cv.html'), 'utf8'), expectedHtml);
});

test('resumed: export --theme jsonresume-theme-scholar', () => {
  const dir = tempDir('resumed');
  copyFileSync(join(root, 'resume.json'), join(dir, 'resume.json'));
  run(
    bin('resumed'),
    [
      'export',
      'resume.json',
      '--theme',
      'jsonresume-theme-scholar',
      '--output',
      'cv.pdf',
      '--puppeteer-arg=--no-sandbox',
      '--puppeteer-arg=--disable-gpu',
    ],
    { cwd: dir, env: pdfEnv },
  );
  assert.ok(existsSync(join(dir, 'cv.pdf')));
  checkCvPdf(join(dir, 'cv.pdf'));
});
