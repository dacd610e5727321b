// npm run bench: this theme against popular peers, measured the same way: every render gets its
// own freshly parsed copy of the input (parsed outside the timer), as resume-cli, resumed and the
// registry give a theme one. Some peers mutate their input, so re-rendering one object would time
// a different (growing) resume. Each theme runs in a process of its own (bench/worker.mjs), and
// the themes take turns, batch by batch. Prints, per input (the schema's sample, the researcher's
// CV, a CV with 100 publications), the median time per render and the ratio to the fastest peer
// that renders it; then cold starts (a fresh process importing the theme and rendering the sample
// once, minus a bare start run right before it; median of 21 such pairs, interleaved across
// themes), the import and the first render timed inside such a process, HTML size, and how render
// time grows with the number of publications.
import { fork, spawnSync } from 'node:child_process';
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

/** A theme's process, and a way to ask it something and wait for the answer. */
async function start(specifier) {
  const child = fork(join(here, 'worker.mjs'), [specifier], { cwd: here });
  const answers = [];
  let waiting;
  child.on('message', (message) => (waiting ? (waiting(message), (waiting = undefined)) : answers.push(message)));
  const next = () => (answers.length > 0 ? Promise.resolve(answers.shift()) : new Promise((r) => (waiting = r)));
  const ask = (message) => (child.send(message), next());
  await next(); // loaded
  return { child, ask };
}

/**
 * Each theme's median, over 21 rounds, of a batch's mean time per render; in every round each
 * theme in turn renders each input it can for 100 ms. A theme first renders each input for a
 * second, as V8 optimizes hot code in tiers. (Timing themes one after another let the machine's
 * drift, on this shared VM, favour whichever ran in a faster minute.)
 */
async function timeAll(workers, jsons, { batchMs = 100, batches = 21, warmupMs = 1000 } = {}) {
  const times = workers.map(() => jsons.map(() => []));
  for (const worker of workers)
    for (const [i] of jsons.entries())
      if (worker.renders[i]) await worker.ask({ type: 'batch', input: i, ms: warmupMs });
  for (let round = 0; round < batches; round++) {
    for (let k = 0; k < workers.length; k++) {
      const t = (round + k) % workers.length; // each round starts with another theme
      for (const [i] of jsons.entries())
        if (workers[t].renders[i]) times[t][i].push(await workers[t].ask({ type: 'batch', input: i, ms: batchMs }));
    }
  }
  return times.map((perInput) => perInput.map((samples) => (samples.length > 0 ? median(samples) : undefined)));
}

/** Wall time of one fresh process that imports the theme and renders once. */
function coldStartMs(specifier) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [join(here, 'cold.mjs'), specifier], { cwd: here, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`${specifier}: ${child.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const jsons = inputs.map(([, json]) => json);
const workers = [];
for (const [name, specifier] of themes) {
  const worker = await start(specifier);
  const { renders, bytes } = await worker.ask({ type: 'inputs', inputs: jsons });
  workers.push({ name, specifier, renders, bytes, ...worker });
}
const times = await timeAll(workers, jsons);
// How render time grows with the number of publications: this theme alone, in a process of its own.
const counts = [10, 100, 1000];
const scaling = await start(themes[0][1]);
const scaleJsons = counts.map(withPublications);
const { renders: scaleRenders } = await scaling.ask({ type: 'inputs', inputs: scaleJsons });
const [scaleTimes] = await timeAll([{ ...scaling, renders: scaleRenders }], scaleJsons, {
  batchMs: 200,
  batches: 7,
});
for (const worker of [...workers, scaling]) worker.child.send({ type: 'exit' });

const results = workers.map((worker, t) => ({
  name: worker.name,
  specifier: worker.specifier,
  bytes: worker.bytes,
  times: times[t],
  cold: [],
  phases: [],
}));
const scale = counts.map((count, i) => ({ count, ms: scaleTimes[i] }));
// Cold starts in pairs: each one less the bare start run right before it.
for (let run = 0; run < 21; run++) {
  for (const result of results) {
    const bare = coldStartMs('none');
    result.cold.push(coldStartMs(result.specifier) - bare);
  }
}
for (const result of results) result.coldMs = median(result.cold);
// Inside the process: how long the import took, and the first render after it.
for (let run = 0; run < 21; run++) {
  for (const result of results) {
    const child = spawnSync(process.execPath, [join(here, 'cold.mjs'), result.specifier, '--phases'], {
      cwd: here,
      encoding: 'utf8',
    });
    result.phases.push(JSON.parse(child.stdout));
  }
}
for (const result of results)
  [result.importMs, result.firstMs] = [0, 1].map((k) => median(result.phases.map((phase) => phase[k])));
const bareMs = median(Array.from({ length: 5 }, () => coldStartMs('none')));

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
console.log('inside a fresh process (median of 21): import, then the first render');
for (const r of results)
  console.log(`${r.name.padEnd(15)}${fmt(r.importMs).padStart(10)}${fmt(r.firstMs).padStart(10)}`);
// "Per added publication" is the cost of the publications alone (the rest of the CV is the same
// in every row): flat means linear.
console.log('publications   total/render   per added publication');
scale.forEach(({ count, ms }, i) => {
  const previous = scale[i - 1];
  const added = previous ? fmt((ms - previous.ms) / (count - previous.count)) : '';
  console.log(`${String(count).padStart(12)} ${fmt(ms).padStart(14)} ${added.padStart(23)}`);
});
