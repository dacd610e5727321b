// One stress run in a fresh process (started by bench/stress.mjs and the Jest guard, usually with
// --max-old-space-size=256). Prints one JSON line per render.
//   node bench/stress-child.mjs CASE BYTES...    a sized case at each size (a fixed case once)
//   node bench/stress-child.mjs --all BYTES      every case once, sized ones at BYTES
//   node --expose-gc bench/stress-child.mjs --languages N
//                                                N renders with distinct real language tags, memory before and after
import { render } from '../dist/index.mjs';
import stressCases from './stress-cases.cjs';

const { cases, fixedCases } = stressCases;

const [, , which, ...rest] = process.argv;
const base = {
  basics: { name: 'Ann Lee' },
  work: [{ name: 'Lab', startDate: '2020-03', endDate: '2021-05-02' }],
  publications: [{ name: 'P', authors: ['A', 'B', 'C'] }],
};

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

/**
 * `count` distinct real tags: each language Intl knows (two and three letters) with scripts and
 * regions, and every third with a calendar, walked so that early tags already span them all ("fr-DE",
 * "ko-Cyrl-BR", "sr-Latn", "fa-IR-u-ca-persian").
 */
function realTags(count) {
  const letters = 'abcdefghijklmnopqrstuvwxyz'.split('');
  const codes = [
    ...letters.flatMap((a) => letters.map((b) => a + b)),
    ...letters.flatMap((a) => letters.flatMap((b) => letters.map((c) => a + b + c))),
  ];
  const languages = codes.filter(
    (code) => Intl.DateTimeFormat.supportedLocalesOf([code], { localeMatcher: 'lookup' }).length > 0,
  );
  const names = new Intl.DisplayNames('en', { type: 'region', fallback: 'code' });
  const regions = [
    '',
    ...letters.flatMap((a) => letters.map((b) => (a + b).toUpperCase())).filter((code) => names.of(code) !== code),
  ];
  const scripts = ['', 'Latn', 'Cyrl', 'Arab', 'Hant', 'Hans', 'Deva'];
  // Every calendar Intl has, asked for by every third tag ("fa-IR-u-ca-persian").
  const calendars = Intl.supportedValuesOf('calendar');
  const tags = new Set();
  for (let i = 0; tags.size < count; i++) {
    const region = regions[(i * 7) % regions.length];
    const script = scripts[Math.floor(i / languages.length) % scripts.length];
    const calendar = i % 3 === 0 ? `u-ca-${calendars[(i / 3) % calendars.length]}` : '';
    tags.add([languages[i % languages.length], script, region, calendar].filter(Boolean).join('-'));
  }
  return [...tags];
}

if (which === '--languages') {
  const tags = realTags(Number(rest[0]));
  const resume = {
    ...base,
    basics: { name: 'Ann Lee', location: { city: 'Seoul', countryCode: 'KR' } },
    skills: [{ name: 'S', keywords: ['a', 'b', 'c'] }],
  };
  gc();
  const before = process.memoryUsage();
  const start = performance.now();
  for (const language of tags) render({ ...resume, meta: { language } });
  const ms = performance.now() - start;
  gc();
  const after = process.memoryUsage();
  console.log(
    JSON.stringify({
      renders: tags.length,
      ms,
      rssBefore: before.rss,
      rssAfter: after.rss,
      heapBefore: before.heapUsed,
      heapAfter: after.heapUsed,
    }),
  );
} else {
  const sizes = rest.map(Number);
  const all = [...cases, ...fixedCases];
  const selected = which === '--all' ? all : all.filter((c) => c.name === which);
  if (selected.length === 0) throw new Error(`no case named ${which}`);
  for (const { name, build } of selected) {
    if (fixedCases.some((c) => c.name === name)) {
      // JavaScript callers' array-likes cannot go through JSON; the rest go as a consumer gives them.
      const json = name.startsWith('js/') ? undefined : JSON.stringify(build());
      measure(
        name,
        json?.length ?? 0,
        () => (json === undefined ? build() : JSON.parse(json)),
        which === '--all' ? 1 : 3,
      );
      continue;
    }
    for (const bytes of sizes) {
      const json = JSON.stringify(build(bytes));
      measure(name, json.length, () => JSON.parse(json), which === '--all' || bytes > 2e6 ? 1 : 3);
    }
  }
}
