/**
 * A variant's choice of entries, section by section: the entries with one of its tags, those not
 * older than its `since`, at most its `limits` (selected ones first, then the newest), newest
 * first where it asks, and publications in its lists. Run in normalize, where each entry is read
 * and its record in the file is at hand, so the check command can name each entry a limit leaves
 * out by its path. Linear in the entries, but for the sorts a limit or an order needs.
 */
import { dateRank, type NDate } from '../format/dates';
import type { NPublicationList, NThemeOptions } from '../input/options';
import type { NPeriod } from '../normalize/fields';
import { commaSeparatedTextLists } from '../normalize/read';
import { isRecord, keyForm, Source, type Json } from '../normalize/source';
import { dropped } from '../observe';

/** What a variant chooses by, read once per render from its options. */
export interface Selection {
  name: string;
  /** Lower-cased. */
  tags: Set<string>;
  /** The oldest rank (dateRank) kept, by section key form; '' for every section. */
  since: Map<string, number>;
  limits: Map<string, number>;
  newestFirst: Set<string>;
  lists?: NPublicationList[];
}

/** The dates an entry read by normalize may carry, under the names its record gives them. */
interface Dated {
  dates?: NPeriod;
  date?: NDate;
  endDate?: NDate;
  releaseDate?: NDate;
  events?: Array<{ date?: NDate }>;
  years?: string[];
  selected?: boolean;
  type?: string;
}

const ONGOING = Number.MAX_SAFE_INTEGER;

/** An entry's latest date as a rank: an open range is ongoing (the newest); undated is -1. */
export function latestRank(entry: Dated): number {
  const period = entry.dates;
  if (period?.startDate && (!period.endDate || period.endDate.present)) return ONGOING;
  let rank = Math.max(dateRank(period?.endDate), dateRank(period?.startDate));
  rank = Math.max(rank, dateRank(entry.endDate), dateRank(entry.date), dateRank(entry.releaseDate));
  for (const event of entry.events ?? []) rank = Math.max(rank, dateRank(event.date));
  for (const year of entry.years ?? []) if (/^\d{4}$/.test(year)) rank = Math.max(rank, Number(year) * 10_000);
  return rank;
}

/** An entry's start as a rank, for newest-first order by start: its start, or its one date. */
function startRank(entry: Dated): number {
  return entry.dates?.startDate ? dateRank(entry.dates.startDate) : latestRank(entry);
}

/** A "since" value as the oldest rank kept: "2015", "2015-09", or "10y" back from `reference`. */
function sinceRank(written: string, reference: number): number {
  if (written.endsWith('y')) {
    const year = Math.floor(reference / 10_000) - Number(written.slice(0, -1));
    return year * 10_000 + (reference % 10_000);
  }
  const [year, month] = written.split('-').map(Number);
  return year * 10_000 + (month ?? 0) * 100;
}

/**
 * The selection a render's options make, or undefined when they choose nothing (no variant,
 * or one that only changes headings and order). `newest` gives the CV's date as a rank, asked
 * only when a "since" counts back from it.
 */
export function selectionOf(options: NThemeOptions, newest: () => number): Selection | undefined {
  const { tags, since, limits, newestFirst, publicationLists } = options;
  if (tags.length === 0 && since.size === 0 && limits.size === 0 && !newestFirst && !publicationLists) return undefined;
  const relative = [...since.values()].some((value) => value.endsWith('y'));
  const reference = relative ? newest() : 0;
  return {
    name: options.variant ?? 'themeOptions',
    tags: new Set(tags.map((tag) => tag.toLowerCase())),
    since: new Map([...since].map(([key, value]) => [key, sinceRank(value, reference)])),
    limits,
    newestFirst: new Set((newestFirst ?? []).map(keyForm)),
    lists: publicationLists,
  };
}

/** The tags written on an entry's record, lower-cased (the route field `tags`, or a template's `tags`). */
function tagsOf(record: Json): string[] {
  const written = new Source(record).get('tags');
  return (commaSeparatedTextLists(written) ?? []).map((tag) => tag.toLowerCase());
}

/** The ones of `entries` (read from `records`) a limit keeps: selected first, then the newest, in their own order. */
function limited<T extends Dated>(
  entries: T[],
  records: Json[],
  limit: number,
  said: (record: Json) => void,
): [T[], Json[]] {
  if (entries.length <= limit) return [entries, records];
  const order = entries
    .map((entry, index) => ({ index, selected: entry.selected === true, rank: latestRank(entry) }))
    .sort((a, b) => Number(b.selected) - Number(a.selected) || b.rank - a.rank || a.index - b.index);
  const kept = new Set(order.slice(0, limit).map(({ index }) => index));
  entries.forEach((_, index) => kept.has(index) || said(records[index]));
  return [entries.filter((_, index) => kept.has(index)), records.filter((_, index) => kept.has(index))];
}

/**
 * A section's entries as the selection has them. `key` is the section's key, `records` the
 * entries' records in the file, in the same order as `entries`.
 */
export function selected<T extends Dated>(key: string, records: Json[], entries: T[], selection: Selection): T[] {
  const form = keyForm(key);
  let kept = entries;
  let keptRecords = records;
  const keep = (test: (entry: T, record: Json) => boolean) => {
    const pass = kept.map((entry, i) => test(entry, keptRecords[i]));
    kept = kept.filter((_, i) => pass[i]);
    keptRecords = keptRecords.filter((_, i) => pass[i]);
  };
  if (selection.tags.size > 0) {
    const tags = keptRecords.map((record) => (isRecord(record) ? tagsOf(record) : []));
    // Only sections where some entry has tags are chosen by them.
    if (tags.some((list) => list.length > 0)) {
      const pass = tags.map((list) => list.some((tag) => selection.tags.has(tag)));
      kept = kept.filter((_, i) => pass[i]);
      keptRecords = keptRecords.filter((_, i) => pass[i]);
    }
  }
  const since = selection.since.get(form) ?? selection.since.get('');
  if (since !== undefined)
    keep((entry) => {
      const rank = latestRank(entry);
      return rank < 0 || rank >= since;
    });
  const limit = selection.limits.get(form);
  const said = (what: string) => (record: Json) =>
    dropped(record, `not shown in the variant "${selection.name}": over its limit of ${what}`);
  if (limit !== undefined) [kept, keptRecords] = limited(kept, keptRecords, limit, said(`${limit} ${key}`));
  if (form === 'publications' && selection.lists)
    [kept, keptRecords] = listed(kept, keptRecords, selection.lists, said);
  if (selection.newestFirst.has(form)) {
    kept = kept
      .map((entry, index) => ({ entry, index, rank: startRank(entry) }))
      .sort((a, b) => b.rank - a.rank || a.index - b.index)
      .map(({ entry }) => entry);
  }
  return kept;
}

/** The list each publication goes to (the first it fits), written on it as `list`; each list's limit kept. */
function listed<T extends Dated>(
  entries: T[],
  records: Json[],
  lists: NPublicationList[],
  said: (what: string) => (record: Json) => void,
): [T[], Json[]] {
  const byList = lists.map(() => ({ entries: [] as T[], records: [] as Json[] }));
  entries.forEach((entry, i) => {
    const tags = isRecord(records[i]) ? tagsOf(records[i]) : [];
    const at = lists.findIndex(
      (list) =>
        (!list.types && !list.tags) ||
        (list.types?.includes(entry.type ?? 'other') ?? false) ||
        (list.tags?.some((tag) => tags.includes(tag.toLowerCase())) ?? false),
    );
    if (at < 0) dropped(records[i], 'not shown in this variant: it fits none of its publication lists');
    else {
      byList[at].entries.push(entry);
      byList[at].records.push(records[i]);
    }
  });
  const kept: T[] = [];
  const keptRecords: Json[] = [];
  byList.forEach((list, at) => {
    const { limit, label } = lists[at];
    const [entriesKept, recordsKept] =
      limit === undefined
        ? [list.entries, list.records]
        : limited(list.entries, list.records, limit, said(`${limit} in "${label}"`));
    for (const entry of entriesKept) (entry as T & { list?: number }).list = at;
    kept.push(...entriesKept);
    keptRecords.push(...recordsKept);
  });
  return [kept, keptRecords];
}
