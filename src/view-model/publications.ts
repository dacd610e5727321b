/** Views of publications: numbered newest first, the owner's name emphasized, venue and date set apart. */
import { isolate } from '../format/bidi';
import { displayName, hasBareInitial } from '../format/authors';
import { coins } from './metadata';
import { dateRank, newestFirst, periodView, shownDate, type DateView } from '../format/dates';
import { listParts } from '../format/lists';
import { pageRange } from '../format/pages';
import { bareDoi, safeUrl } from '../format/urls';
import { fillMessage } from '../i18n';
import { keyForm, type NAuthor, type NPublication, type NThemeOptions, type PublicationType } from '../normalize';
import {
  counted,
  inlineMarkdown,
  joinDefined,
  keepsFileOrder,
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
  /** Why the work matters and the owner's part in it, for variants that ask (themeOptions.narratives). */
  narrativeHtml?: string;
  /** Its OpenURL ContextObject, for reference managers (themeOptions.metadata). */
  coins?: string;
  highlightsHtml: string[];
}

function markOf(author: NAuthor): string | undefined {
  return (author.equal ? '*' : '') + (author.corresponding ? '†' : '') || undefined;
}

/**
 * The author list, the owner emphasized. Past `maxAuthors` it is the first names and "et al.";
 * an owner further down stays visible: the first maxAuthors − 1 names, "…", the owner, "et al.".
 */
function authorParts(item: NPublication, ctx: Context, maxAuthors: number, names: readonly string[]): AuthorPartView[] {
  const { authors } = item;
  const owner = authors.map((author) => ctx.isOwner(author));
  const view = (author: NAuthor, i: number): AuthorPartView => ({
    text: names[i],
    isOwner: owner[i],
    mark: markOf(author),
  });
  const limit = maxAuthors === 0 ? authors.length : Math.min(maxAuthors, authors.length);
  // A list that says it goes on ("and others") ends like a shortened one, with "et al.".
  if (authors.length <= limit && !item.etAl) {
    return listParts(names, ctx.locale).map((part) =>
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
      item.note,
    ],
    ', ',
  );
}

/**
 * The paper's links, and its DOI as a link labelled "DOI" unless a link already is its DOI's
 * address. A link that merely holds the DOI (a publisher's PDF, ".../doi/pdf/10.1145/...") is
 * another link: the DOI's own is still shown.
 */
function links(item: NPublication, ctx: Context): LinkView[] {
  const views = linkViews(item.links, ctx);
  if (!item.doi) return views;
  const url = safeUrl(`https://doi.org/${item.doi}`);
  const doi = item.doi.toLowerCase();
  const known = views.some((link) => link.url !== undefined && bareDoi(link.url)?.toLowerCase() === doi);
  return url && !known ? [...views, { label: 'DOI', url }] : views;
}

/** The date shown: a status as written, or the date, whole, even where the venue names its year ("RECOMB 2021"). */
function publicationDates(item: NPublication, ctx: Context): DateView[] {
  const date = item.releaseDate;
  if (date?.status) return [shownDate(date.written)];
  return periodView(undefined, item.releaseDate, ctx.dates);
}

function publicationView(
  item: NPublication,
  number: number,
  ctx: Context,
  options: NThemeOptions,
  anchor: string | undefined,
  listed: Listed,
): PublicationView {
  const venue = citation(item, ctx);
  const names = listed.names(item);
  return {
    number,
    anchor,
    // An untitled paper is named by its venue, or else by its address: linked either way.
    title: linkTo(item.name ?? venue ?? item.url, item.url, ctx),
    authors: authorParts(item, ctx, options.maxAuthors, names),
    venue: item.name === undefined ? undefined : venue,
    dates: publicationDates(item, ctx),
    honours: linkViews(item.honours, ctx),
    links: links(item, ctx),
    summaryHtml: optionalMarkdown(item.summary, ctx),
    narrativeHtml: options.narratives ? optionalMarkdown(item.narrative, ctx) : undefined,
    coins: options.metadata ? coins(item, names) : undefined,
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

/** The works the page lists, in its order, and how it writes their authors' names. */
export interface Listed {
  ordered: NPublication[];
  /** A listed work's author names as the page writes them (displayName), worked out once per render for the list and the metadata. */
  names: (item: NPublication) => readonly string[];
}

/**
 * The publications shown: all, or only the selected ones (when any is selected); newest first
 * (papers not yet published lead), or in the file's order under `fileOrder`. Worked out once per
 * render, for the list and for the page's metadata alike (kept on the render's context).
 */
export function listedPublications(all: NPublication[], ctx: Context, options: NThemeOptions): Listed {
  if (ctx.listed) return ctx.listed;
  const chosen = showsSelectedOnly(all, options) ? all.filter((item) => item.selected) : all;
  const ordered = keepsFileOrder(options, 'publications')
    ? chosen
    : newestFirst(chosen, (item) => dateRank(item.releaseDate));
  // One name with an initial and no period ("E Müller") tells that the lists' "SA Teichmann" is initials too.
  let bare: boolean | undefined;
  const bareInitials = () => (bare ??= ordered.some((item) => item.authors.some(hasBareInitial)));
  const known = new Map<NPublication, readonly string[]>();
  const names = (item: NPublication) => {
    let found = known.get(item);
    if (found === undefined) {
      found = item.authors.map((author) => displayName(author, bareInitials));
      known.set(item, found);
    }
    return found;
  };
  return (ctx.listed = { ordered, names });
}

/**
 * The publications shown (listedPublications), by type under `groupPublications` or in a
 * variant's lists; numbered continuously from the count down to [1].
 */
export function publicationsView(all: NPublication[], ctx: Context, options: NThemeOptions): PublicationsView {
  const listed = listedPublications(all, ctx, options);
  const { ordered } = listed;
  const lists = options.publicationLists;
  const groups = (
    lists
      ? // A variant's own lists (the DFG's A and B), each under its heading, in its order.
        lists.map((list, at): { key?: GroupKey; label?: string; items: NPublication[] } => ({
          label: list.label,
          items: ordered.filter((item) => item.list === at),
        }))
      : options.groupPublications
        ? GROUP_ORDER.map((key): { key?: GroupKey; label?: string; items: NPublication[] } => ({
            key,
            items: ordered.filter((item) => groupOf(item.type) === key),
          }))
        : [{ items: ordered }]
  ).filter((group) => group.items.length > 0);
  // Papers without a type all fall under "Other": one such group needs no subheading.
  const labelled = lists !== undefined || groups.length > 1 || groups[0]?.key !== 'other';
  let number = ordered.length;
  const authors = ordered.flatMap((item) => item.authors);
  // Each anchor is one entry's: a second paper with the same id gets the next free "-2", "-3".
  // Each id's next number is kept, so a thousand papers with one id cost a thousand steps, not a million.
  const anchors = new Set<string>();
  const next = new Map<string, number>();
  const anchorOf = ({ id }: NPublication): string | undefined => {
    if (id === undefined) return undefined;
    let n = next.get(id) ?? 1;
    let anchor = n === 1 ? `pub-${id}` : `pub-${id}-${n}`;
    while (anchors.has(anchor)) anchor = `pub-${id}-${++n}`;
    next.set(id, n + 1);
    anchors.add(anchor);
    return anchor;
  };
  return {
    groups: groups.map((group) => ({
      label:
        labelled && (group.label ?? group.key)
          ? counted(
              group.label ?? ctx.messages.publicationGroups[group.key as GroupKey],
              options.counts ? group.items.length : undefined,
              ctx,
            )
          : undefined,
      publications: group.items.map((item) => publicationView(item, number--, ctx, options, anchorOf(item), listed)),
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
