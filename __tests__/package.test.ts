/**
 * What the consumers load: resume-cli require()s the package and <root>/index.js, resumed
 * import()s it and reads named exports, the registry bundles it. These tests use the build.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
import sample from '@jsonresume/schema/sample.resume.json';

function node(code: string, type: 'commonjs' | 'module'): string {
  return execFileSync(
    process.execPath,
    [type === 'module' ? '--input-type=module' : '--input-type=commonjs', '-e', code],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
}

test('require(<root>/index.js) gives render and pdfRenderOptions (resume-cli)', () => {
  // As resume-cli loads it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const theme = require(join(root, 'index.js')) as typeof import('../src');
  expect(typeof theme.render).toBe('function');
  expect(theme.pdfRenderOptions).toEqual(
    expect.objectContaining({ format: 'A4', mediaType: 'print', printBackground: true, tagged: true, outline: true }),
  );
  expect(theme.render(sample)).toContain('Richard Hendriks');
});

test('require by package name resolves through package.json exports', () => {
  const out = node(
    "const t = require('jsonresume-theme-scholar'); console.log(typeof t.render, t.pdfRenderOptions.mediaType, t.render({basics:{name:'Ann'}}).includes('Ann'))",
    'commonjs',
  );
  expect(out.trim()).toBe('function print true');
});

test('import() gives named render and pdfRenderOptions (resumed)', () => {
  const out = node(
    "const t = await import('jsonresume-theme-scholar'); const { render } = t; console.log(typeof render, t.pdfRenderOptions.printBackground, render({basics:{name:'Ann'}}).includes('Ann'))",
    'module',
  );
  expect(out.trim()).toBe('function true true');
});

test('Node’s import gets its own ES build, which loads marked and other languages only when a page needs them', () => {
  const out = node(
    `import { createRequire } from 'node:module';
     const loaded = () => Object.keys(createRequire(import.meta.url).cache).map((file) => file.split('/').slice(-2).join('/')).sort().join(' ');
     const t = await import('jsonresume-theme-scholar');
     const work = [{ name: 'Lab', startDate: '2020-03', location: { city: 'Bern', countryCode: 'CH' } }];
     t.render({ basics: { name: 'Ann', summary: 'Plain prose and *emphasis*.' }, work });
     console.log(loaded());
     t.render({ basics: { name: 'Ann', summary: 'A \`code\` span.' } });
     console.log(loaded());
     console.log(t.render({ basics: { name: 'Ann' }, work, meta: { language: 'de' } }).includes('Bern, Schweiz'), loaded());`,
    'module',
  );
  expect(out.split('\n').slice(0, 3)).toEqual(['', 'dist/marked.cjs', 'true dist/marked.cjs dist/other-languages.cjs']);
});

test('the CommonJS and ES builds, Node’s included, render Markdown and other languages alike', () => {
  const out = node(
    `import { createRequire } from 'node:module';
     const resume = { basics: { name: 'Ann', summary: 'A \`code\` span, a [link](https://example.org), ~~struck~~ and **strong** text.' } };
     const korean = { ...resume, work: [{ name: 'Lab', startDate: '2020-03', location: { countryCode: 'KR' } }], meta: { language: 'ko' } };
     const viaCommonJs = createRequire(import.meta.url)('./index.js').render;
     const viaEs = (await import('./dist/index.mjs')).render;
     const viaNode = (await import('./dist/node.mjs')).render;
     console.log(viaCommonJs(resume).includes('<code>code</code>'), viaEs(resume) === viaCommonJs(resume), viaEs(korean) === viaCommonJs(korean), viaEs(korean).includes('대한민국'));
     console.log(viaNode(resume) === viaCommonJs(resume), viaNode(korean) === viaCommonJs(korean));`,
    'module',
  );
  expect(out.trim()).toBe('true true true true\ntrue true');
});

test('render is synchronous: it returns a string, not a promise (registry)', () => {
  // As resume-cli loads it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const theme = require(join(root, 'index.js')) as typeof import('../src');
  expect(typeof theme.render(sample)).toBe('string');
});

test.each(['dist/index.cjs', 'dist/index.mjs'])('%s needs no Node built-in and no file', (file) => {
  const code = readFileSync(join(root, file), 'utf8');
  expect(code).not.toMatch(
    /require\(["'](?:node:)?(?:fs|path|os|url|module)["']\)|from ?["'](?:node:)?(?:fs|path)["']/,
  );
  expect(code).not.toMatch(/__dirname|readFileSync/);
});

test('types are shipped for the exports and the resume', () => {
  const types = readFileSync(join(root, 'dist/types/index.d.ts'), 'utf8');
  expect(types).toMatch(/export \{ render \}/);
  expect(types).toMatch(/pdfRenderOptions/);
  expect(types).toMatch(/export type \* from ['"]\.\/types['"]/);
  expect(readFileSync(join(root, 'dist/types/types.d.ts'), 'utf8')).toMatch(
    /export type \* from ['"]\.\/generated\/resume['"]/,
  );
  expect(readFileSync(join(root, 'dist/types/generated/resume.d.ts'), 'utf8')).toMatch(/export interface Resume \{/);
});

test('a theme user’s install runs no script: the build runs when the package is packed', () => {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  for (const installTime of ['preinstall', 'install', 'postinstall', 'prepare'])
    expect(scripts).not.toHaveProperty(installTime);
  expect(scripts.prepack).toBe('node scripts/build.mjs');
});

test('the package ships what runs: the builds, the command line, the schema, the entry files and licences', () => {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
  ) as Array<{
    files: Array<{ path: string }>;
  }>;
  const paths = pack.files.map((file) => file.path);
  expect(paths.filter((path) => !path.startsWith('dist/types/')).sort()).toEqual(
    [
      'LICENSE',
      'README.md',
      'bin/jsonresume-theme-scholar.mjs',
      'dist/THIRD_PARTY_LICENSES.txt',
      'dist/cli.mjs',
      'dist/index.cjs',
      'dist/index.mjs',
      'dist/marked.cjs',
      'dist/node.mjs',
      'dist/other-languages.cjs',
      'docs/academic-sections.webp',
      'docs/print-page1.webp',
      'docs/screenshot-dark.webp',
      'docs/screenshot.webp',
      'index.js',
      'package.json',
      'schema.json',
    ].sort(),
  );
  expect(paths.filter((path) => path.startsWith('dist/types/')).every((path) => path.endsWith('.d.ts'))).toBe(true);
  // The README's pictures show on the registry's page: each is a file of this very version of the package.
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const pictures = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map(
    (match) => match[1],
  );
  expect(pictures).toHaveLength(4);
  for (const picture of pictures) {
    const prefix = `https://cdn.jsdelivr.net/npm/jsonresume-theme-scholar@${version}/`;
    expect(picture.startsWith(prefix)).toBe(true);
    expect(paths).toContain(picture.slice(prefix.length));
  }
});
