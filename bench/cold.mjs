// One cold start: import a theme and render the sample once, in this fresh process.
// `node bench/cold.mjs none` does everything but the import and render: the baseline.
// With --phases it prints, as JSON, how long the import and the first render took inside it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const sample = JSON.parse(readFileSync(require.resolve('@jsonresume/schema/sample.resume.json'), 'utf8'));
const specifier = process.argv[2];
if (specifier !== 'none') {
  const start = performance.now();
  const theme = await import(specifier);
  const imported = performance.now();
  const html = await (theme.render ?? theme.default.render)(sample);
  const rendered = performance.now();
  if (typeof html !== 'string' || html.length < 1000) throw new Error(`${specifier} rendered nothing`);
  if (process.argv.includes('--phases')) console.log(JSON.stringify([imported - start, rendered - imported]));
}
