// npm run bench: this theme against popular peers on the schema's sample resume, in one process.
// Prints steady-state time per render, cold start (fresh process: import + first render, minus a
// bare start; median of 21), HTML size, and how render time grows with the number of publications.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const sample = JSON.parse(readFileSync(require.resolve('@jsonresume/schema/sample.resume.json'), 'utf8'));

const themes = [
  ['scholar', 'jsonresume-theme-scholar'],
  ['even', 'jsonresume-theme-even'],
  ['elegant', 'jsonresume-theme-elegant'],
  ['stackoverflow', 'jsonresume-theme-stackoverflow'],
  ['macchiato', 'jsonresume-theme-macchiato'],
];

const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median time of one call, from batches that each run at least `batchMs`, after a warm-up. */
function timePerCall(fn, { batchMs = 100, batches = 15, warmupMs = 1000 } = {}) {
  // V8 optimizes hot code in tiers over the first thousands of calls; measure the settled state.
  for (const start = performance.now(); performance.now() - start < warmupMs; ) fn();
  let perBatch = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    if (performance.now() - start >= batchMs) break;
    perBatch *= 2;
  }
  const samples = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    samples.push((performance.now() - start) / perBatch);
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

// Scale: the cost of one publication should not grow with the number of publications. Measured
// before any peer is loaded: some peers install polyfills that slow down everything after them.
function measureScale(render) {
  const publication = (i) => ({
    name: `Paper ${i}`,
    publisher: 'ICLR',
    releaseDate: String(2000 + (i % 25)),
    authors: ['Richard Hendriks', 'Bertram Gilfoyle', 'Dinesh Chugtai'],
    links: [{ label: 'arXiv', url: `https://arxiv.org/abs/2101.${String(i).padStart(5, '0')}` }],
    summary: `We show that *method ${i}* improves compression by ${i % 9} percent.`,
  });
  const lines = ['publications   total/render   per publication'];
  for (const count of [10, 100, 1000]) {
    const resume = { ...sample, publications: Array.from({ length: count }, (_, i) => publication(i)) };
    const ms = timePerCall(() => render(resume), { batchMs: 200, batches: 7 });
    lines.push(`${String(count).padStart(12)} ${fmt(ms).padStart(14)} ${fmt(ms / count).padStart(17)}`);
  }
  return lines;
}

// Each theme is measured right after it is loaded, before the next one runs: some peers keep
// state between renders (their output grows) and slow down everything rendered after them.
// Cold starts are separate processes, so those are interleaved: a passing burst of load on this
// shared machine then hits every theme alike.
const results = [];
let scaleLines = [];
for (const [name, specifier] of themes) {
  const theme = await import(specifier);
  const render = theme.render ?? theme.default.render;
  const html = render(sample);
  if (typeof html !== 'string') throw new Error(`${name}: render did not return a string`);
  const steadyMs = timePerCall(() => render(sample), { batchMs: 100, batches: 21 });
  results.push({ name, specifier, steadyMs, cold: [], bytes: Buffer.byteLength(html) });
  if (name === 'scholar') scaleLines = measureScale(render);
}
const bare = [];
for (let run = 0; run < 21; run++) {
  bare.push(coldStartMs('none'));
  for (const result of results) result.cold.push(coldStartMs(result.specifier));
}
const bareMs = median(bare);
for (const result of results) result.coldMs = median(result.cold) - bareMs;

console.log(`Node ${process.version}, ${cpus()[0].model.trim()} (${cpus().length} cores); bare node start ${bareMs.toFixed(1)} ms`);
console.log('theme           steady/render   cold start   HTML bytes');
for (const r of results) {
  console.log(`${r.name.padEnd(15)} ${fmt(r.steadyMs).padStart(13)} ${fmt(r.coldMs).padStart(12)} ${String(r.bytes).padStart(12)}`);
}
const [ours, ...peers] = results;
const fastestSteady = peers.reduce((a, b) => (a.steadyMs < b.steadyMs ? a : b));
const fastestCold = peers.reduce((a, b) => (a.coldMs < b.coldMs ? a : b));
console.log(`steady state: ${(fastestSteady.steadyMs / ours.steadyMs).toFixed(1)}x faster than the fastest peer (${fastestSteady.name}); target 5x`);
console.log(`cold start:   ${(fastestCold.coldMs / ours.coldMs).toFixed(1)}x faster than the fastest peer (${fastestCold.name}); target 2x`);

for (const line of scaleLines) console.log(line);
