// npm run stress: how render's time and memory grow with hostile input. Each case runs in its own
// process with a 256 MB heap, as a server shared by many resumes would give one no more; a case
// that takes longer than the time limit or runs out of memory is reported as such and the run
// goes on. Prints, per case, the median of three renders at 10 KB, 100 KB and 1 MB, the growth
// between sizes (10 times the input should cost about 10 times as much), and one render at 5 MB;
// then the fixed-size cases, and memory after renders with distinct language tags. Every page is
// checked against its output budget (pageBudget in stress-cases.cjs).
// `npm run stress -- PREFIX...` runs only the cases whose name starts with one of the prefixes.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import stressCases from './stress-cases.cjs';

const { cases, fixedCases, pageBudget } = stressCases;

const here = dirname(fileURLToPath(import.meta.url));
const SIZES = [10_240, 102_400, 1_048_576, 5_242_880];
const TIME_LIMIT_MS = 60_000;
const HEAP = '--max-old-space-size=256';
const TARGET = { oneMegabyteMs: 100, fiveMegabytesMs: 1000, languagesMb: 50 };

function run(args) {
  const child = spawnSync(process.execPath, [HEAP, '--expose-gc', join(here, 'stress-child.mjs'), ...args], {
    encoding: 'utf8',
    timeout: TIME_LIMIT_MS,
    maxBuffer: 1 << 26,
  });
  const lines = child.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  if (child.error?.code === 'ETIMEDOUT') return { lines, failure: `over ${TIME_LIMIT_MS / 1000} s` };
  if (child.status !== 0) {
    const outOfMemory = /heap out of memory/.test(child.stderr);
    return {
      lines,
      failure: outOfMemory ? 'out of memory (256 MB heap)' : child.stderr.trim().split('\n').slice(-1)[0],
    };
  }
  return { lines };
}

const fmt = (ms) => (ms === undefined ? '—' : ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`);
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const growth = (a, b) => (a === undefined || b === undefined ? '' : (b / Math.max(a, 0.05)).toFixed(1));
const prefixes = process.argv.slice(2);
const chosen = (list) => list.filter((c) => prefixes.length === 0 || prefixes.some((p) => c.name.startsWith(p)));

console.log(
  `Node ${process.version}, ${cpus()[0].model.trim()} (${cpus().length} cores); each case in a fresh process with ${HEAP}`,
);
console.log(
  `${'case'.padEnd(30)}${'10 KB'.padStart(10)}${'100 KB'.padStart(10)}${'1 MB'.padStart(10)}${'x10'.padStart(7)}${'x100'.padStart(7)}${'5 MB'.padStart(10)}   max RSS  page/budget`,
);
const worst = { oneMegabyte: 0, fiveMegabytes: 0, growth: 0, budget: 0, budgetCase: '' };
/** The largest share of its output budget (pageBudget) that a case's pages used, at any size. */
function budgetShare(name, lines) {
  const share = Math.max(0, ...lines.map((line) => line.htmlBytes / pageBudget(line.bytes)));
  if (share > worst.budget) Object.assign(worst, { budget: share, budgetCase: name });
  if (share > 1) failures.push(`${name}: a page larger than its output budget`);
  return `${(share * 100).toFixed(0)}%`;
}
const failures = [];
for (const { name } of chosen(cases)) {
  const { lines, failure } = run([name, ...SIZES.map(String)]);
  // One line per size, in order; a case that places its string in two or three fields is as many
  // times larger than the column says, which only makes its numbers stricter.
  const [t10, t100, t1M, t5M] = SIZES.map((_, i) => lines[i]?.ms);
  const rss = lines.length > 0 ? mb(lines[lines.length - 1].maxRssKb * 1024) : '';
  console.log(
    `${name.padEnd(30)}${fmt(t10).padStart(10)}${fmt(t100).padStart(10)}${fmt(t1M).padStart(10)}${growth(t10, t100).padStart(7)}${growth(t100, t1M).padStart(7)}${fmt(t5M).padStart(10)}  ${rss.padStart(8)}${budgetShare(name, lines).padStart(13)}${failure ? `  FAILED: ${failure}` : ''}`,
  );
  if (failure) failures.push(`${name}: ${failure}`);
  worst.oneMegabyte = Math.max(worst.oneMegabyte, t1M ?? 0);
  worst.fiveMegabytes = Math.max(worst.fiveMegabytes, t5M ?? 0);
  // Below a few milliseconds the ratio measures timer noise and GC pauses, not growth.
  if (t100 >= 2) worst.growth = Math.max(worst.growth, t1M / t100);
}

console.log(`\n${'fixed-size case'.padEnd(38)}${'input'.padStart(10)}${'render'.padStart(12)}   max RSS  page/budget`);
for (const { name } of chosen(fixedCases)) {
  const { lines, failure } = run([name]);
  const [line] = lines;
  const input = name.startsWith('js/') ? 'array-like' : line ? `${(line.bytes / 1024).toFixed(1)} KB` : '';
  console.log(
    `${name.padEnd(38)}${input.padStart(10)}${fmt(line?.ms).padStart(12)}  ${line ? mb(line.maxRssKb * 1024).padStart(8) : ''}${budgetShare(name, lines).padStart(13)}${failure ? `  FAILED: ${failure}` : ''}`,
  );
  if (failure) failures.push(`${name}: ${failure}`);
  worst.oneMegabyte = Math.max(worst.oneMegabyte, line?.ms ?? 0);
}

console.log('');
if (prefixes.length === 0) {
  const [languages] = run(['--languages', '40000']).lines;
  const grew = languages.rssAfter - languages.rssBefore;
  console.log(
    `40,000 renders with distinct real language tags (${fmt(languages.ms)}): RSS ${mb(languages.rssBefore)} -> ${mb(languages.rssAfter)} (${grew >= 0 ? '+' : ''}${mb(grew)}), ` +
      `heap used ${mb(languages.heapBefore)} -> ${mb(languages.heapAfter)}; target within ${TARGET.languagesMb} MB`,
  );
  if (grew > TARGET.languagesMb * 2 ** 20) failures.push('distinct language tags: memory grew past the target');
}
console.log(`slowest render up to 1 MB: ${fmt(worst.oneMegabyte)} (target under ${TARGET.oneMegabyteMs} ms)`);
console.log(`slowest render at 5 MB:    ${fmt(worst.fiveMegabytes)} (target under ${TARGET.fiveMegabytesMs} ms)`);
console.log(
  `largest growth 100 KB -> 1 MB among cases taking 2 ms or more at 100 KB: x${worst.growth.toFixed(1)} (linear is x10)`,
);
console.log(
  `largest page against its output budget (10 x JSON + 256 KB): ${(worst.budget * 100).toFixed(0)}% (${worst.budgetCase})`,
);
if (worst.oneMegabyte > TARGET.oneMegabyteMs) failures.push('a render up to 1 MB took longer than the target');
if (worst.fiveMegabytes > TARGET.fiveMegabytesMs) failures.push('a 5 MB render took longer than the target');
if (failures.length > 0) {
  console.log(`${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
}
