/**
 * The templates are compiled to plain functions at build time (scripts/compile-templates.mjs).
 * Here every page of a large corpus is rendered both by those functions and by the Handlebars
 * runtime from the same partials, and the two must be byte-identical: the CV, the samples, the
 * academic fixtures, imported publications under every option, the whole XSS corpus and random
 * resumes.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Handlebars from 'handlebars';
import { isolate } from '../src/format/bidi';
import { templates } from '../src/generated/templates';
import { normalizeResume } from '../src/normalize';
import { buildPageView } from '../src/view-model';

const root = join(__dirname, '..');
const partialsDir = join(root, 'partials');

// The Handlebars runtime, with the options the theme's templates were written for, and its
// escaping of text isolated for direction, as the compiled templates' is.
const runtime = Handlebars.create();
const escapeExpression = runtime.Utils.escapeExpression;
// Handlebars' own escaper takes any value (its type says string); strings are isolated first.
runtime.Utils.escapeExpression = (value: unknown) =>
  escapeExpression((typeof value === 'string' ? isolate(value) : value) as string);
const options = { knownHelpersOnly: true, preventIndent: true, strict: false, data: false };
for (const file of readdirSync(partialsDir).filter((name) => name.endsWith('.hbs'))) {
  const source = readFileSync(join(partialsDir, file), 'utf8').replace(/\n$/, '');
  runtime.registerPartial(file.slice(0, -'.hbs'.length), runtime.compile(source, options));
}
const runtimeLayout = runtime.compile(
  readFileSync(join(partialsDir, 'layout.hbs'), 'utf8').replace(/\n$/, ''),
  options,
);

function bothWays(resume: Record<string, unknown>): [string, string] {
  const page = buildPageView(normalizeResume(resume));
  return [templates.layout(page), runtimeLayout(page)];
}

const load = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
import cv from '../resume.json';
import sample from '@jsonresume/schema/sample.resume.json';
import complete from '@jsonresume/sample-data/complete-resume.json';
const examplesDir = join(root, 'node_modules', '@jsonresume', 'schema', 'examples');
const examples = readdirSync(examplesDir, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.json'))
  .map((file) => load(join(examplesDir, file)));
import { hostileResumes } from './fixtures/hostile';
const base = { ...sample, ...cv, basics: { ...sample.basics, ...cv.basics }, meta: cv.meta };
const imported = spawnSync(
  process.execPath,
  [
    join(root, 'bin', 'jsonresume-theme-scholar.mjs'),
    'import',
    join(__dirname, 'fixtures', 'publications', 'papers.bib'),
  ],
  { encoding: 'utf8' },
);
const papers = { basics: { name: 'Mina Okafor' }, publications: JSON.parse(imported.stdout) as object[] };

const corpus: Array<[string, Record<string, unknown>]> = [
  ['the CV', cv],
  ['the CV in Korean', { ...cv, meta: { ...cv.meta, language: 'ko' } }],
  ['the CV in Arabic', { ...cv, meta: { ...cv.meta, language: 'ar' } }],
  ['the sample', sample],
  ...examples.map((example, i): [string, Record<string, unknown>] => [`example ${i + 1}`, example]),
  ['the complete resume', complete],
  ['al-folio-shaped', load(join(__dirname, 'fixtures', 'academic', 'al-folio.resume.json'))],
  ['academicpages-shaped', load(join(__dirname, 'fixtures', 'academic', 'academicpages.cv.json'))],
  ['imported papers', papers],
  [
    'imported papers, every option',
    { ...papers, meta: { themeOptions: { groupPublications: true, selectedPublications: true, maxAuthors: 2 } } },
  ],
  ['imported papers, grouped', { ...papers, meta: { themeOptions: { groupPublications: true, maxAuthors: 3 } } }],
  ['nothing', {}],
  ...hostileResumes(base).map((resume, i): [string, Record<string, unknown>] => [`hostile resume #${i}`, resume]),
];

test.each(corpus)('%s renders the same through the compiled templates and the Handlebars runtime', (_, resume) => {
  const [compiled, reference] = bothWays(resume);
  expect(compiled.length).toBeGreaterThan(500);
  expect(compiled).toBe(reference);
});

test('random resumes render the same both ways', () => {
  const text = fc.oneof(
    fc.string(),
    fc.constantFrom('<b>&"\'`=', '**x** [a](https://e.org)', '2022-06', '', 'Present', 'x'.repeat(80)),
  );
  const entry = fc.dictionary(
    fc.constantFrom(
      'name',
      'title',
      'position',
      'summary',
      'highlights',
      'startDate',
      'endDate',
      'date',
      'url',
      'authors',
      'keywords',
      'location',
      'type',
      'selected',
      'volume',
      'doi',
    ),
    fc.oneof(text, fc.array(text, { maxLength: 3 }), fc.boolean()),
  );
  const resume = fc.dictionary(
    fc.constantFrom(
      'basics',
      'work',
      'education',
      'publications',
      'talks',
      'awards',
      'skills',
      'volunteer',
      'projects',
      'references',
      'languages',
      'custom stuff',
      'meta',
    ),
    fc.oneof(fc.array(entry, { maxLength: 3 }), entry),
  );
  fc.assert(
    fc.property(resume, (value) => {
      const [compiled, reference] = bothWays(value);
      expect(compiled).toBe(reference);
    }),
    { numRuns: 300 },
  );
});

test('the compiler fails the build on a construct it does not support', () => {
  const compile = (source: string) =>
    spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { compileTemplates } from './scripts/compile-templates.mjs'; compileTemplates({ t: ${JSON.stringify(`{{!-- context: object --}}\n${source}`)} });`,
      ],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
  expect(compile('{{#if a}}{{b}}{{else}}{{{c}}}{{/if}}').status).toBe(0);
  for (const unsupported of [
    '{{helper a}}',
    '{{a.b}}',
    '{{../a}}',
    '{{@index}}',
    '{{#unless a}}x{{/unless}}',
    '{{> missing}}',
    '{{#each a as |x|}}{{x}}{{/each}}',
  ]) {
    const result = compile(unsupported);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/not supported by scripts\/compile-templates\.mjs/);
  }
});

/**
 * Compiles the theme's partials with one of them changed, into a copy of src/, and type-checks
 * the result: the messages of the TypeScript errors, or none.
 */
function typeErrors(partial: string, change: (source: string) => string): string[] {
  const copy = mkdtempSync(join(tmpdir(), 'scholar-templates-'));
  const src = join(copy, 'src');
  mkdirSync(join(src, 'generated'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  for (const entry of readdirSync(join(root, 'src'))) {
    if (entry !== 'generated') symlinkSync(join(root, 'src', entry), join(src, entry));
  }
  for (const entry of readdirSync(join(root, 'src', 'generated'))) {
    if (entry !== 'templates.ts') copyFileSync(join(root, 'src', 'generated', entry), join(src, 'generated', entry));
  }
  const sources = Object.fromEntries(
    readdirSync(partialsDir)
      .filter((name) => name.endsWith('.hbs'))
      .map((name) => {
        const source = readFileSync(join(partialsDir, name), 'utf8');
        return [name.replace('.hbs', ''), name === `${partial}.hbs` ? change(source) : source];
      }),
  );
  const compiled = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { compileTemplates } from ${JSON.stringify(join(root, 'scripts', 'compile-templates.mjs'))}; process.stdout.write(compileTemplates(${JSON.stringify(sources)}));`,
    ],
    { encoding: 'utf8' },
  );
  writeFileSync(join(src, 'generated', 'templates.ts'), compiled.stdout);
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  // The project's own options, for the copy's templates and what they import.
  const config = {
    extends: join(root, 'tsconfig.json'),
    compilerOptions: { noEmit: true, declaration: false, emitDeclarationOnly: false, rootDir: src },
    include: [],
    files: [join(src, 'generated', 'templates.ts')],
  };
  writeFileSync(join(copy, 'tsconfig.json'), JSON.stringify(config));
  const checked = spawnSync(process.execPath, [tsc, '-p', join(copy, 'tsconfig.json')], { encoding: 'utf8' });
  return [...checked.stdout.matchAll(/error TS\d+: (.*)/g)].map((match) => match[1]);
}

test('the build fails when a partial reads a field its context lacks, or gives a partial the wrong context', () => {
  expect(typeErrors('entry', (source) => source)).toEqual([]);
  expect(
    typeErrors('entry', (source) => source.replace('{{#each subtitle}}', '{{#each subtitel}}')).join('\n'),
  ).toMatch(/Property 'subtitel' does not exist on type 'EntryView'/);
  // A string where the link partial takes a LinkView.
  expect(typeErrors('entry', (source) => source.replace('{{> link title}}', '{{> link subtitle}}')).join('\n')).toMatch(
    /Type 'false' does not satisfy the constraint 'true'/,
  );
  // The section's heading (a string) where its shape's partial takes the content.
  expect(
    typeErrors('layout', (source) =>
      source.replace('{{> (lookup . "shape") content}}', '{{> (lookup . "shape") heading}}'),
    ).join('\n'),
  ).toMatch(/Type 'false' does not satisfy the constraint 'true'/);
}, 120_000);

test('a partial must declare its context', () => {
  const result = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { compileTemplates } from './scripts/compile-templates.mjs'; compileTemplates({ t: 'x' });`,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  expect(result.status).not.toBe(0);
  expect(result.stderr).toMatch(/partials\/t\.hbs declares no context type/);
});
