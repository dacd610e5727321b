/** Views of publications: numbered newest first, the owner's name emphasized, venue and date set apart. */
import { isolate } from '../format/bidi';
import { monthView, periodView, shownDate, type DateView, type NDate } from '../format/dates';
import { listParts } from '../format/lists';
import { safeUrl } from '../format/urls';
import { fillMessage } from '../i18n';
import { keyForm, type NAuthor, type NPublication, type NThemeOptions, type PublicationType } from '../normalize';
import {
  counted,
  inlineMarkdown,
  joinDefined,
  linkTo,
  linkViews,
  optionalMarkdown,
  type Context,
  type LinkView,
} from './context';

export interface AuthorPartView {
  text: string;
  isOwner: boolean;
  /** "*" (equal contribution), "†" (corresponding author) or both, after a name. */
  mark?: string;
}

export interface PublicationView {
  number: number;
  /** "pub-<id>": the entry's anchor, for links from hand-written text that survive renumbering. */
  anchor?: string;
  title?: LinkView;
  authors: AuthorPartView[];
  /** The citation: venue, volume, issue and pages ("Nature, vol. 14, no. 3, pp. 834–849"). */
  venue?: string;
  /** The date, or a status ("Under review"), set apart like other sections' dates. */
  dates: DateView[];
  honours: LinkView[];
  links: LinkView[];
  summaryHtml?: string;
  highlightsHtml: string[];
}

function markOf(author: NAuthor): string | undefined {
  return (author.equal ? '*' : '') + (author.corresponding ? '†' : '') || undefined;
}

/**
 * The author list, the owner emphasized. Past `maxAuthors` it is the first names and "et al.";
 * an owner further down stays visible: the first maxAuthors − 1 names, "…", the owner, "et al.".
 */
function authorParts(item: NPublication, ctx: Context, maxAuthors: number): AuthorPartView[] {
  const { authors } = item;
  const owner = authors.map((author) => ctx.isOwner(author));
  const view = (author: NAuthor, i: number): AuthorPartView => ({
    text: author.name,
    isOwner: owner[i],
    mark: markOf(author),
  });
  const limit = maxAuthors === 0 ? authors.length : Math.min(maxAuthors, authors.length);
  // A list that says it goes on ("and others") ends like a shortened one, with "et al.".
  if (authors.length <= limit && !item.etAl) {
    return listParts(
      authors.map((author) => author.name),
      ctx.locale,
    ).map((part) =>
      part.index === undefined ? { text: part.text, isOwner: false } : view(authors[part.index], part.index),
    );
  }
  const ownerAt = owner.indexOf(true);
  const first = Array.from({ length: limit }, (_, i) => i);
  const shown = ownerAt >= limit ? [...first.slice(0, -1), ownerAt] : first;
  return shown
    .flatMap((index, i) => {
      const skipped = i > 0 && index !== shown[i - 1] + 1;
      const separator = i === 0 ? [] : [{ text: skipped ? ', …, ' : ', ', isOwner: false }];
      return [...separator, view(authors[index], index)];
    })
    .concat({ text: ctx.messages.etAl, isOwner: false });
}

/** "834--849" and "834-849" read "834–849". */
function pageRange(pages: string): string {
  return pages.replace(/^(\w+) ?-{1,2} ?(\w+)$/, '$1–$2');
}

// A patent's status in the words people use, by key form.
const PATENT_STATUS = new Map<string, 'granted' | 'pending' | 'filed'>([
  ['granted', 'granted'],
  ['issued', 'granted'],
  ['pending', 'pending'],
  ['filed', 'filed'],
  ['applied', 'filed'],
]);

/** A status in the page's language when it is a patent's known one, else as written. */
function statusText(item: NPublication, ctx: Context): string | undefined {
  if (item.status === undefined) return undefined;
  const known = item.type === 'patent' ? PATENT_STATUS.get(keyForm(item.status)) : undefined;
  return known ? ctx.messages.patentStatus[known] : item.status;
}

/** Venue, volume, issue and pages, in the page's language; a patent's number and status in their place. */
function citation(item: NPublication, ctx: Context): string | undefined {
  const { messages } = ctx;
  if (item.type === 'patent')
    return joinDefined([item.publisher ?? item.abbr, item.number, statusText(item, ctx)], ', ');
  const venue =
    item.abbr && item.publisher && !item.publisher.includes(item.abbr)
      ? `${isolate(item.publisher)} (${isolate(item.abbr)})`
      : (item.publisher ?? item.abbr);
  const pages = item.pages && pageRange(item.pages);
  return joinDefined(
    [
      venue,
      item.volume && fillMessage(messages.volume, { volume: item.volume }),
      item.issue && fillMessage(messages.issue, { issue: item.issue }),
      pages &&
        (pages.includes('–') ? fillMessage(messages.pages, { pages }) : fillMessage(messages.page, { page: pages })),
      statusText(item, ctx),
    ],
    ', ',
  );
}

/** The paper's links, and its DOI as a link labelled "DOI" unless a link already points there. */
function links(item: NPublication): LinkView[] {
  const views = linkViews(item.links);
  if (!item.doi) return views;
  const url = safeUrl(`https://doi.org/${item.doi}`);
  const known = views.some(
    (link) => link.url !== undefined && link.url.toLowerCase().includes(item.doi?.toLowerCase() ?? ''),
  );
  return url && !known ? [...views, { label: 'DOI', url }] : views;
}

/** A sortable number for a date ("2022-06" is 20220600); a status is newer than any date. */
function dateRank(value: NDate | undefined): number {
  if (value?.status) return Number.MAX_SAFE_INTEGER;
  const date = value?.date;
  return date ? date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0) : -1;
}

/**
 * Publication lists are numbered newest first, so they are ordered that way; papers not yet
 * published lead; papers of the same date, and undated ones (which follow), keep the author's order.
 */
function newestFirst(publications: NPublication[]): NPublication[] {
  const ranked = publications.map((item, index) => ({ item, index, rank: dateRank(item.releaseDate) }));
  return ranked.sort((a, b) => b.rank - a.rank || a.index - b.index).map(({ item }) => item);
}

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

/** Whether a text names a year as a number of its own: "Graphics Interface 2021", not "12021". */
function namesYear(text: string, year: number): boolean {
  const written = String(year);
  for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
    if (!isDigit(text[at - 1]) && !isDigit(text[at + written.length])) return true;
  }
  return false;
}

/**
 * The date shown: a status as written, or the date; a year the venue already names is not
 * repeated, but the month is kept ("LREC-COLING 2024" and "May").
 */
function publicationDates(item: NPublication, ctx: Context): DateView[] {
  const date = item.releaseDate;
  if (date?.status) return [shownDate(date.written)];
  const year = date?.date?.year;
  if (date !== undefined && year !== undefined && item.publisher !== undefined && namesYear(item.publisher, year)) {
    const month = monthView(date, ctx.dates);
    return month ? [month] : [];
  }
  return periodView(undefined, item.releaseDate, ctx.dates);
}

function publicationView(
  item: NPublication,
  number: number,
  ctx: Context,
  options: NThemeOptions,
  anchor: string | undefined,
): PublicationView {
  const venue = citation(item, ctx);
  return {
    number,
    anchor,
    // An untitled paper is named by its venue, or else by its address: linked either way.
    title: linkTo(item.name ?? venue ?? item.url, item.url),
    authors: authorParts(item, ctx, options.maxAuthors),
    venue: item.name === undefined ? undefined : venue,
    dates: publicationDates(item, ctx),
    honours: linkViews(item.honours),
    links: links(item),
    summaryHtml: optionalMarkdown(item.summary, ctx),
    highlightsHtml: inlineMarkdown(item.highlights, ctx),
  };
}

export interface PublicationGroupView {
  /** "Journal Articles", ...; none when the list is not grouped. */
  label?: string;
  publications: PublicationView[];
}

export interface PublicationsView {
  groups: PublicationGroupView[];
  /** "* equal contribution · † corresponding author": only the marks that are used. */
  legend?: string;
}

// Subheadings in the usual academic order; books and chapters share one.
type GroupKey = 'journal' | 'conference' | 'workshop' | 'preprint' | 'thesis' | 'books' | 'report' | 'patent' | 'other';
const GROUP_ORDER: readonly GroupKey[] = [
  'journal',
  'conference',
  'workshop',
  'preprint',
  'thesis',
  'books',
  'report',
  'patent',
  'other',
];

function groupOf(type: PublicationType | undefined): GroupKey {
  return type === 'book' || type === 'chapter' ? 'books' : (type ?? 'other');
}

/** Whether only the selected publications are shown: asked for, and some are selected. */
export function showsSelectedOnly(all: NPublication[], options: NThemeOptions): boolean {
  return options.selectedPublications && all.some((item) => item.selected);
}

/**
 * The publications shown: all, or only the selected ones (when any is selected); newest first,
 * or by type and newest first within each; numbered continuously from the count down to [1].
 */

export function publicationsView(all: NPublication[], ctx: Context, options: NThemeOptions): PublicationsView {
  const chosen = showsSelectedOnly(all, options) ? all.filter((item) => item.selected) : all;
  const ordered = newestFirst(chosen);
  const groups = (
    options.groupPublications
      ? GROUP_ORDER.map((key): { key?: GroupKey; items: NPublication[] } => ({
          key,
          items: ordered.filter((item) => groupOf(item.type) === key),
        }))
      : [{ items: ordered }]
  ).filter((group) => group.items.length > 0);
  // Papers without a type all fall under "Other": one such group needs no subheading.
  const labelled = groups.length > 1 || groups[0]?.key !== 'other';
  let number = chosen.length;
  const authors = chosen.flatMap((item) => item.authors);
  // Each id anchors one entry: a second paper with the same id gets none.
  const anchors = new Set<string>();
  const anchorOf = (item: NPublication): string | undefined => {
    if (item.id === undefined || anchors.has(item.id)) return undefined;
    anchors.add(item.id);
    return `pub-${item.id}`;
  };
  return {
    groups: groups.map((group) => ({
      label:
        labelled && group.key
          ? counted(ctx.messages.publicationGroups[group.key], options.counts ? group.items.length : undefined, ctx)
          : undefined,
      publications: group.items.map((item) => publicationView(item, number--, ctx, options, anchorOf(item))),
    })),
    legend: joinDefined(
      [
        authors.some((author) => author.equal) ? `* ${ctx.messages.equalContribution}` : undefined,
        authors.some((author) => author.corresponding) ? `† ${ctx.messages.correspondingAuthor}` : undefined,
      ],
      ' · ',
    ),
  };
}
