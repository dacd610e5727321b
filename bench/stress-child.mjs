// One stress run in a fresh process (started by bench/stress.mjs and the Jest guard, usually with
// --max-old-space-size=256). Prints one JSON line per render.
//   node bench/stress-child.mjs CASE BYTES...    a sized case at each size (a fixed case once)
//   node bench/stress-child.mjs --all BYTES      every case once, sized ones at BYTES
//   node --expose-gc bench/stress-child.mjs --languages N
//                                                N renders with distinct language tags, memory before and after
import { render } from '../dist/index.mjs';
import { cases, fixedCases } from './stress-cases.mjs';

const [, , which, ...rest] = process.argv;
const base = { basics: { name: 'Ann Lee' }, work: [{ name: 'Lab', startDate: '2020-03', endDate: '2021-05-02' }], publications: [{ name: 'P', authors: ['A', 'B', 'C'] }] };

function gc() {
  globalThis.gc?.();
  globalThis.gc?.();
}

/** Median time of `runs` renders, each of a freshly made input (made outside the timer). */
function measure(name, bytes, make, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const resume = make();
    const start = performance.now();
    const html = render(resume);
    samples.push({ ms: performance.now() - start, htmlBytes: html.length });
  }
  samples.sort((a, b) => a.ms - b.ms);
  const { ms, htmlBytes } = samples[Math.floor(samples.length / 2)];
  console.log(JSON.stringify({ name, bytes, ms, htmlBytes, maxRssKb: process.resourceUsage().maxRSS }));
}

// Warm up: load marked and let V8 compile the hot paths, so the first case pays no setup.
for (let i = 0; i < 1000; i++) render({ ...base, basics: { name: 'W', summary: '**a** _b_\n\n- c\n- d' } });

if (which === '--languages') {
  const count = Number(rest[0]);
  gc();
  const before = process.memoryUsage();
  const start = performance.now();
  for (let i = 0; i < count; i++) render({ ...base, meta: { language: `en-x-${i.toString(36).padStart(6, '0')}` } });
  const ms = performance.now() - start;
  gc();
  const after = process.memoryUsage();
  console.log(JSON.stringify({ renders: count, ms, rssBefore: before.rss, rssAfter: after.rss, heapBefore: before.heapUsed, heapAfter: after.heapUsed }));
} else {
  const sizes = rest.map(Number);
  const all = [...cases, ...fixedCases];
  const selected = which === '--all' ? all : all.filter((c) => c.name === which);
  if (selected.length === 0) throw new Error(`no case named ${which}`);
  for (const { name, build } of selected) {
    if (fixedCases.some((c) => c.name === name)) {
      // JavaScript callers' array-likes cannot go through JSON; the rest go as a consumer gives them.
      const json = name.startsWith('js/') ? undefined : JSON.stringify(build());
      measure(name, json?.length ?? 0, () => (json === undefined ? build() : JSON.parse(json)), which === '--all' ? 1 : 3);
      continue;
    }
    for (const bytes of sizes) {
      const json = JSON.stringify(build(bytes));
      measure(name, json.length, () => JSON.parse(json), which === '--all' || bytes > 2e6 ? 1 : 3);
    }
  }
}
