/**
 * `jsonresume-theme-scholar check resume.json`: what the page will not show as written, one line
 * each with its JSON path. The resume is rendered by `render` itself while a watcher (src/observe.ts)
 * hears every field the readers look up and every value they cannot show; then every field of the
 * file that no reader looked up is listed too, with the name it was probably meant to be.
 */
import { keyForm } from '../normalize';
import { watch } from '../observe';
import { render } from '../render';
import { SECTIONS } from '../input/sections';
import { work_tags } from '../generated/readers';
import type { Resume } from '../types';

export interface Finding {
  /** The value's JSON path ("work[0].positon"); "" for the file as a whole. */
  path: string;
  message: string;
}

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;
const isPlainRecord = (value: unknown): value is Record<string, unknown> => isContainer(value) && !Array.isArray(value);

/** A member of a path: `.name` for a name that is an identifier, `["a name"]` otherwise. */
function member(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
}

/** The edit distance of two short names (insertions, deletions, substitutions, swaps), or more than `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previous: number[] = [];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(before[j] + 1, row[j - 1] + 1, before[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j], previous[j - 2] + 1);
    }
    previous = before;
    before = row;
  }
  return before[b.length];
}

/** The known name `written` was most likely meant to be: one or two typing slips away. */
export function guess(written: string, known: Iterable<string>): string | undefined {
  const form = keyForm(written);
  const max = form.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const name of known) {
    const d = distance(form, keyForm(name), max);
    if (d > 0 && d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

/** Nothing to lose: null, blank text, an empty list or object. */
const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (isContainer(value) && Object.keys(value).length === 0);

const didYouMean = (name: string | undefined) => (name ? `; did you mean "${name}"?` : '');

/** Top-level names JSON Resume gives every file, which hold no content of the page. */
const NOT_CONTENT = new Set(['$schema']);
const META_NOT_CONTENT = new Set(['canonical', 'version']);
// An entry's tags choose it for variants (themeOptions.variants): read only when a variant does.
const CHOOSING = new Set(work_tags.map(keyForm));
/** Every name a top-level section is read by. */
const SECTION_NAMES = SECTIONS.flatMap((section) => [section.key, ...section.aliases]);

interface Reads {
  /** The names readers looked up in the record, found or not. */
  asked: Set<string>;
  /** Its fields that readers found. */
  found: Set<string>;
}

/** What the page will not show of a parsed resume, in the file's order. */
export function checkResume(resume: unknown): Finding[] {
  if (!isPlainRecord(resume)) return [{ path: '', message: 'not a resume: the file holds no JSON object' }];
  // Where each object and list is, where each string first is (for the values readers drop), and
  // each path's place in the file, in one walk in the file's order.
  const pathOf = new Map<Container, string>([[resume, '']]);
  const stringAt = new Map<string, string>();
  const order = new Map<string, number>([['', 0]]);
  const stack: Array<[string, unknown]> = [['', resume]];
  while (stack.length > 0) {
    const [path, value] = stack.pop() as [string, unknown];
    order.set(path, order.size);
    if (typeof value === 'string' && !stringAt.has(value)) stringAt.set(value, path);
    if (!isContainer(value)) continue;
    const entries: Array<[string | number, unknown]> = Array.isArray(value)
      ? value.map((item, i) => [i, item])
      : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i];
      const at = member(path, key);
      // A JavaScript caller's object may hold one object twice; it is walked once.
      if (isContainer(item) && pathOf.has(item)) continue;
      if (isContainer(item)) pathOf.set(item, at);
      stack.push([at, item]);
    }
  }

  const reads = new Map<object, Reads>();
  // Objects and lists reported whole: what is inside them is not listed again.
  const reported = new Set<unknown>();
  const findings: Finding[] = [];
  const said = new Set<string>();
  const say = (path: string, message: string) => {
    if (said.has(`${path}\u0000${message}`)) return;
    said.add(`${path}\u0000${message}`);
    findings.push({ path, message });
  };
  // The field read last: a value a reader drops was nearly always just read there.
  const last: { path?: string; value?: unknown } = {};
  watch(
    {
      asked(record, key, found) {
        let seen = reads.get(record);
        if (!seen) reads.set(record, (seen = { asked: new Set(), found: new Set() }));
        seen.asked.add(key);
        if (found === undefined) return;
        seen.found.add(found);
        const path = pathOf.get(record as Container);
        if (path === undefined) return;
        last.path = member(path, found);
        last.value = (record as Record<string, unknown>)[found];
      },
      unlisted(key, shows) {
        if (!shows()) return;
        const names = new Set([key, ...(SECTIONS.find((section) => section.key === key)?.aliases ?? [])].map(keyForm));
        for (const [name, value] of Object.entries(resume)) {
          const holds = Array.isArray(value) ? value.length > 0 : isPlainRecord(value) && Object.keys(value).length > 0;
          if (holds && names.has(keyForm(name)))
            say(member('', name), 'not shown: meta.themeOptions.sections does not list it');
        }
      },
      dropped(value, reason) {
        if (isEmpty(value)) return;
        if (isContainer(value) && reason.startsWith('not shown')) reported.add(value);
        const path = isContainer(value)
          ? pathOf.get(value)
          : last.value === value
            ? last.path
            : typeof value === 'string'
              ? stringAt.get(value)
              : last.path;
        say(path ?? last.path ?? '', reason);
      },
    },
    () => render(resume as Resume),
  );

  // Fields no reader looked up: walked from the top, into what was read only.
  const unread = (record: Record<string, unknown>, path: string) => {
    const seen = reads.get(record);
    for (const [key, value] of Object.entries(record)) {
      const at = member(path, key);
      if (seen?.found.has(key)) {
        if (isContainer(value)) visit(value, at);
      } else if (
        !isEmpty(value) &&
        !(path === '' && NOT_CONTENT.has(key)) &&
        !(path === 'meta' && META_NOT_CONTENT.has(key)) &&
        !(path.endsWith(']') && CHOOSING.has(keyForm(key)))
      ) {
        say(at, `not shown: the theme does not read "${key}"${didYouMean(guess(key, seen?.asked ?? []))}`);
      }
    }
  };
  const visit = (value: Container, path: string) => {
    if (reported.has(value)) return;
    if (!Array.isArray(value)) {
      if (reads.has(value)) unread(value, path);
      return;
    }
    // A list's records that no reader opened, told as runs ("publications[3..5]").
    let run: number | undefined;
    const close = (end: number) => {
      if (run !== undefined)
        say(end - 1 > run ? `${path}[${run}..${end - 1}]` : `${path}[${run}]`, 'not shown: nothing in it is read');
      run = undefined;
    };
    value.forEach((item, i) => {
      if (isPlainRecord(item) && !reads.has(item)) {
        run ??= i;
        return;
      }
      close(i);
      if (isContainer(item)) visit(item, member(path, i));
    });
    close(value.length);
  };
  unread(resume, '');

  // A top-level list read as a section of its own, named one slip away from a section the theme knows.
  for (const key of Object.keys(resume)) {
    const meant =
      Array.isArray(resume[key]) && !SECTION_NAMES.some((name) => keyForm(name) === keyForm(key))
        ? guess(key, SECTION_NAMES)
        : undefined;
    if (meant) say(member('', key), `shown as a section of its own${didYouMean(meant)}`);
  }
  // Sections the order names that no section answers to.
  const meta = resume.meta;
  const options = isPlainRecord(meta) && isPlainRecord(meta.themeOptions) ? meta.themeOptions : undefined;
  if (options && Array.isArray(options.sections)) {
    const names = [...SECTION_NAMES, ...Object.keys(resume).filter((key) => Array.isArray(resume[key]))];
    options.sections.forEach((name, i) => {
      if (typeof name === 'string' && !names.some((known) => keyForm(known) === keyForm(name))) {
        say(`meta.themeOptions.sections[${i}]`, `no section is named "${name}"${didYouMean(guess(name, names))}`);
      }
    });
  }
  // In the file's order: a run of records ("x[3..5]") stands where its first record does.
  const place = (path: string) => order.get(path.replace(/\[(\d+)\.\.\d+\]$/, '[$1]')) ?? Number.MAX_SAFE_INTEGER;
  return findings
    .map((finding, i) => ({ finding, i }))
    .sort((a, b) => place(a.finding.path) - place(b.finding.path) || a.i - b.i)
    .map(({ finding }) => finding);
}
