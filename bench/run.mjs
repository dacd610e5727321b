// npm run bench: this theme against popular peers, measured the same way: every render gets its
// own freshly parsed copy of the input (parsed outside the timer), as resume-cli, resumed and the
// registry give a theme one. Some peers mutate their input, so re-rendering one object would time
// a different (growing) resume. Prints, per input (the schema's sample, the researcher's CV, a CV
// with 100 publications), the median time per render and the ratio to the fastest peer that
// renders it; then cold starts (a fresh process importing the theme and rendering the sample
// once, minus a bare start; median of 21, interleaved), HTML size, and how render time grows
// with the number of publications.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const sampleJson = readFileSync(require.resolve('@jsonresume/schema/sample.resume.json'), 'utf8');
const cvJson = readFileSync(join(here, '..', 'resume.json'), 'utf8');

const themes = [
  ['scholar', 'jsonresume-theme-scholar'],
  ['even', 'jsonresume-theme-even'],
  ['elegant', 'jsonresume-theme-elegant'],
  ['stackoverflow', 'jsonresume-theme-stackoverflow'],
  ['macchiato', 'jsonresume-theme-macchiato'],
  ['flat', 'jsonresume-theme-flat'],
];

/** A publication as real CVs have them: authors, a venue, a link and a one-sentence Markdown summary. */
const publication = (i) => ({
  name: `Paper ${i} on robust learning`,
  publisher: 'ICLR',
  releaseDate: String(2000 + (i % 25)),
  authors: ['Namuk Park', 'Bertram Gilfoyle', 'Dinesh Chugtai'],
  links: [{ label: 'arXiv', url: `https://arxiv.org/abs/2101.${String(i).padStart(5, '0')}` }],
  summary: `We show that *method ${i}* improves compression by ${i % 9} percent.`,
});
const withPublications = (count) =>
  JSON.stringify({ ...JSON.parse(cvJson), publications: Array.from({ length: count }, (_, i) => publication(i)) });

const inputs = [
  ['the schema’s sample', sampleJson],
  ['resume.json (the CV)', cvJson],
  ['100 publications', withPublications(100)],
];

const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Time of one render, each of its own freshly parsed input: a copy is parsed, then rendered under
 * the timer, as a CLI or a server parses a resume and renders it. Renders are timed one by one, so
 * garbage collection is counted where it falls; the result is the median, over 21 batches of
 * 100 ms each, of a batch's mean. Warms up for a second, as V8 optimizes hot code in tiers.
 * (Parsing a batch of copies first and rendering them all made a theme's time depend on how many
 * copies a batch held, and so jump when a faster theme's batch doubled.)
 */
function timePerRender(render, json, { batchMs = 100, batches = 21, warmupMs = 1000 } = {}) {
  for (const start = performance.now(); performance.now() - start < warmupMs;) render(JSON.parse(json));
  const samples = [];
  for (let b = 0; b < batches; b++) {
    let spent = 0;
    let count = 0;
    for (const start = performance.now(); performance.now() - start < batchMs; count++) {
      const copy = JSON.parse(json);
      const begin = performance.now();
      render(copy);
      spent += performance.now() - begin;
    }
    samples.push(spent / count);
  }
  return median(samples);
}

/** Wall time of one fresh process that imports the theme and renders once. */
function coldStartMs(specifier) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [join(here, 'cold.mjs'), specifier], { cwd: here, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`${specifier}: ${child.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Whether a theme renders an input at all (some require fields the others do not). */
function renders(render, json) {
  try {
    return typeof render(JSON.parse(json)) === 'string';
  } catch {
    return false;
  }
}

// Each theme is measured right after it is loaded, before the next one: some peers install
// polyfills or keep state that would slow down everything measured after them.
const results = [];
for (const [name, specifier] of themes) {
  const theme = await import(specifier);
  const render = theme.render ?? theme.default.render;
  const times = inputs.map(([, json]) => (renders(render, json) ? timePerRender(render, json) : undefined));
  const scale =
    name === 'scholar'
      ? [10, 100, 1000].map((count) => {
          const json = withPublications(count);
          return { count, ms: timePerRender(render, json, { batchMs: 200, batches: 7 }) };
        })
      : [];
  results.push({ name, specifier, times, scale, bytes: Buffer.byteLength(render(JSON.parse(sampleJson))), cold: [] });
}
const bare = [];
for (let run = 0; run < 21; run++) {
  bare.push(coldStartMs('none'));
  for (const result of results) result.cold.push(coldStartMs(result.specifier));
}
const bareMs = median(bare);
for (const result of results) result.coldMs = median(result.cold) - bareMs;

const [ours, ...peers] = results;
console.log(
  `Node ${process.version}, ${cpus()[0].model.trim()} (${cpus().length} cores); bare node start ${bareMs.toFixed(1)} ms`,
);
console.log(
  `${'theme'.padEnd(15)}${inputs.map(([label]) => label.padStart(22)).join('')}${'cold start'.padStart(13)}${'HTML bytes'.padStart(12)}`,
);
for (const r of results) {
  console.log(
    `${r.name.padEnd(15)}${r.times.map((ms) => (ms === undefined ? 'fails' : fmt(ms)).padStart(22)).join('')}${fmt(r.coldMs).padStart(13)}${String(r.bytes).padStart(12)}`,
  );
}
inputs.forEach(([label], i) => {
  const rendering = peers.filter((peer) => peer.times[i] !== undefined);
  const fastest = rendering.reduce((a, b) => (a.times[i] < b.times[i] ? a : b));
  console.log(
    `${label}: ${(fastest.times[i] / ours.times[i]).toFixed(2)}x the fastest peer that renders it (${fastest.name}, ${fmt(fastest.times[i])})`,
  );
});
const fastestCold = peers.reduce((a, b) => (a.coldMs < b.coldMs ? a : b));
console.log(
  `cold start: ${(fastestCold.coldMs / ours.coldMs).toFixed(2)}x the fastest peer (${fastestCold.name}, ${fmt(fastestCold.coldMs)})`,
);
// "Per added publication" is the cost of the publications alone (the rest of the CV is the same
// in every row): flat means linear.
console.log('publications   total/render   per added publication');
ours.scale.forEach(({ count, ms }, i) => {
  const previous = ours.scale[i - 1];
  const added = previous ? fmt((ms - previous.ms) / (count - previous.count)) : '';
  console.log(`${String(count).padStart(12)} ${fmt(ms).padStart(14)} ${added.padStart(23)}`);
});
