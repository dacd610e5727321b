// Registry-style use: a consumer bundles the theme (the registry uses webpack) and calls render
// without await. Bundled for Node and run after the package is moved away; bundled for the
// browser (no Node built-ins) and run inside a page, as a live-preview editor would.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import * as esbuild from 'esbuild';
import { bin, cv, e2eDir, launchBrowser, root, run, sample, tempDir, theme } from './helpers.mjs';

const consumer = `
import { render } from 'jsonresume-theme-scholar';
export function renderResume(resume) {
  const html = render(resume); // no await: the registry does not wait
  return html;
}
`;

// A page in another language: its messages, dates and country names are a module of their own.
const korean = { ...cv, meta: { ...cv.meta, language: 'ko' } };

/** A copy of the built package in a folder of its own, as a consumer's node_modules has it. */
function installedCopy() {
  const modules = join(tempDir('pkg'), 'node_modules');
  const pkg = join(modules, 'jsonresume-theme-scholar');
  mkdirSync(pkg, { recursive: true });
  for (const file of ['package.json', 'index.js', 'dist'])
    cpSync(join(root, file), join(pkg, file), { recursive: true });
  return modules;
}

async function bundle(platform) {
  const dir = tempDir(`bundle-${platform}`);
  const entry = join(dir, 'consumer.mjs');
  writeFileSync(entry, consumer);
  const modules = installedCopy();
  const outfile = join(dir, platform === 'node' ? 'consumer.cjs' : 'consumer.js');
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform,
    format: platform === 'node' ? 'cjs' : 'iife',
    globalName: 'Consumer',
    outfile,
    nodePaths: [modules],
    logLevel: 'silent',
  });
  // The package is gone once bundled: the bundle must carry everything it needs.
  rmSync(dirname(modules), { recursive: true, force: true });
  return outfile;
}

test('bundled for Node, run with the package moved away, render returns the page synchronously', async () => {
  const outfile = await bundle('node');
  const code = readFileSync(outfile, 'utf8');
  assert.doesNotMatch(code, /require\(["'](?:node:)?fs["']\)|__dirname|readFileSync/);
  const alone = join(tempDir('alone'), 'app');
  mkdirSync(alone);
  renameSync(outfile, join(alone, 'consumer.cjs'));
  const out = execFileSync(
    process.execPath,
    [
      '-e',
      `
    const { renderResume } = require('./consumer.cjs');
    const html = renderResume(${JSON.stringify(cv)});
    process.stdout.write(typeof html === 'string' ? html : 'NOT A STRING: ' + typeof html);
  `,
    ],
    { cwd: alone, encoding: 'utf8' },
  );
  assert.equal(out, theme.render(cv));
});

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('bundled for the browser platform (no Node built-ins), render runs inside a page', async () => {
  const outfile = await bundle('browser');
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.setContent(
    `<!DOCTYPE html><html lang="en"><head><title>editor</title><script>${readFileSync(outfile, 'utf8')}</script></head><body></body></html>`,
  );
  // Consumer is the global the browser bundle defines.
  /* global Consumer */
  for (const resume of [cv, sample, korean]) {
    const html = await page.evaluate((r) => Consumer.renderResume(r), resume);
    assert.equal(html, theme.render(resume));
  }
  // The page it made can replace the editor's preview.
  const title = await page.evaluate((r) => {
    const doc = new DOMParser().parseFromString(Consumer.renderResume(r), 'text/html');
    return doc.title + ' | ' + doc.querySelectorAll('section').length;
  }, cv);
  assert.equal(title, 'Namuk Park | 8');
  assert.deepEqual(
    requests.filter((url) => !url.startsWith('about:') && !url.startsWith('data:')),
    [],
  );
  await page.close();
});

test('bundled by webpack, as the registry does, for Node and for the web', async () => {
  const { default: webpack } = await import('webpack');
  for (const target of ['node', 'web']) {
    const dir = tempDir(`webpack-${target}`);
    const modules = installedCopy();
    writeFileSync(join(dir, 'entry.mjs'), `${consumer}\nglobalThis.renderResume = renderResume;\n`);
    const stats = await new Promise((resolve, reject) =>
      webpack(
        {
          mode: 'production',
          target,
          entry: join(dir, 'entry.mjs'),
          output: { path: join(dir, 'out'), filename: 'main.js' },
          resolve: { modules: [modules] },
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      ),
    );
    assert.deepEqual(stats.compilation.errors, []);
    // webpack recommends browser bundles under 244 KiB; the page's own data (the ES build holds
    // marked and the tables of thirty languages, about 290 kB of strings that only a page in one of
    // them parses) took the theme past it, so its size has a guard of its own.
    const performance = /^(AssetsOverSizeLimit|EntrypointsOverSizeLimit|NoAsyncChunks)Warning/;
    assert.deepEqual(
      stats.compilation.warnings.map(String).filter((warning) => !(target === 'web' && performance.test(warning))),
      [],
    );
    const size = statSync(join(dir, 'out', 'main.js')).size;
    assert.ok(size < 520_000, `the ${target} bundle is ${size} bytes`);
    rmSync(dirname(modules), { recursive: true, force: true });
    const out = execFileSync(
      process.execPath,
      [
        '-e',
        `
      require(${JSON.stringify(join(dir, 'out', 'main.js'))});
      process.stdout.write(globalThis.renderResume(${JSON.stringify(cv)}) + globalThis.renderResume(${JSON.stringify(korean)}));
    `,
      ],
      { encoding: 'utf8' },
    );
    assert.equal(out, theme.render(cv) + theme.render(korean), target);
  }
});

/** Serves a built Next.js app with `next start` and returns the body of GET `path`. */
async function fetchFromNext(dir, path) {
  const port = 3100 + Math.floor(Math.random() * 800);
  const server = spawn(bin('next'), ['start', '-p', String(port)], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  try {
    for (let tries = 0; ; tries++) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}${path}`);
        return await response.text();
      } catch (error) {
        if (tries > 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  } finally {
    process.kill(-server.pid);
  }
}

test('bundled by Next.js 16 (Turbopack and webpack), as the registry is built, rendered with the package gone', async () => {
  for (const bundler of ['turbopack', 'webpack']) {
    // Inside e2e/, so Next finds next and react in e2e/node_modules; the theme is a copy of its own.
    const dir = join(e2eDir, `.next-app-${bundler}-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    try {
      mkdirSync(join(dir, 'app', 'cv'), { recursive: true });
      cpSync(installedCopy(), join(dir, 'node_modules'), { recursive: true });
      writeFileSync(
        join(dir, 'app', 'layout.js'),
        'export default function Layout({ children }) { return <html><body>{children}</body></html>; }\n',
      );
      writeFileSync(join(dir, 'app', 'page.js'), 'export default function Page() { return <p>registry</p>; }\n');
      writeFileSync(
        join(dir, 'app', 'cv', 'route.js'),
        `import { render } from 'jsonresume-theme-scholar';
export const dynamic = 'force-dynamic';
const resume = ${JSON.stringify(cv)};
export function GET() {
  return new Response(render(resume), { headers: { 'content-type': 'text/html; charset=utf-8' } }); // no await, as the registry
}
`,
      );
      run(bin('next'), ['build', `--${bundler}`], { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
      // The server must carry the theme in its bundle: the package is gone when it runs.
      rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
      assert.equal(await fetchFromNext(dir, '/cv'), theme.render(cv), bundler);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});
