// One cold start: import a theme and render the sample once, in this fresh process.
// `node bench/cold.mjs none` does everything but the import and render: the baseline.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const sample = JSON.parse(readFileSync(require.resolve('@jsonresume/schema/sample.resume.json'), 'utf8'));
const specifier = process.argv[2];
if (specifier !== 'none') {
  const theme = await import(specifier);
  const html = await (theme.render ?? theme.default.render)(sample);
  if (typeof html !== 'string' || html.length < 1000) throw new Error(`${specifier} rendered nothing`);
}
