/** Views of publications: numbered newest first, the owner's name emphasized, venue and date set apart. */
import { parsePartialDate, periodView, type DateView } from '../format/dates';
import { listParts } from '../format/lists';
import type { NPublication } from '../normalize';
import { inlineMarkdown, linkTo, linkViews, optionalMarkdown, type Context, type LinkView } from './context';

export interface AuthorPartView {
  text: string;
  isOwner: boolean;
}

export interface PublicationView {
  number: number;
  title?: LinkView;
  authors: AuthorPartView[];
  venue?: string;
  /** The date, or a status ("Under review"), set apart like other sections' dates. */
  dates: DateView[];
  honours: LinkView[];
  links: LinkView[];
  summaryHtml?: string;
  highlightsHtml: string[];
}

function authorParts(item: NPublication, ctx: Context): AuthorPartView[] {
  const names = item.authors.map((author) => author.name);
  return listParts(names, ctx.locale).map((part) => ({
    text: part.text,
    isOwner: part.index !== undefined && ctx.isOwner(names[part.index]),
  }));
}

// What stands where a paper not yet published has its date.
const STATUSES = new Set([
  'submitted',
  'in submission',
  'under submission',
  'under review',
  'in review',
  'under revision',
  'accepted',
  'in press',
  'to appear',
  'forthcoming',
  'in preparation',
  'in prep',
  'preprint',
]);

function isStatus(value: string | undefined): boolean {
  return value !== undefined && STATUSES.has(value.toLowerCase().replace(/[.()]/g, '').trim());
}

/** A sortable number for a date ("2022-06" is 20220600); a status is newer than any date. */
function dateRank(value: string | undefined): number {
  if (isStatus(value)) return Number.MAX_SAFE_INTEGER;
  const date = value === undefined ? undefined : parsePartialDate(value);
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

/** The date shown: a status as written, or the date; a year the venue already names is not repeated. */
function publicationDates(item: NPublication, ctx: Context): DateView[] {
  if (item.releaseDate !== undefined && isStatus(item.releaseDate)) return [{ text: item.releaseDate }];
  const year = item.releaseDate === undefined ? undefined : parsePartialDate(item.releaseDate)?.year;
  if (year !== undefined && item.publisher !== undefined && namesYear(item.publisher, year)) return [];
  return periodView(undefined, item.releaseDate, ctx.dates);
}

function publicationView(item: NPublication, index: number, count: number, ctx: Context): PublicationView {
  return {
    // Academic CVs number publications newest first, counting down to [1].
    number: count - index,
    title: linkTo(item.name, item.url),
    authors: authorParts(item, ctx),
    venue: item.publisher,
    dates: publicationDates(item, ctx),
    honours: linkViews(item.honours),
    links: linkViews(item.links),
    summaryHtml: optionalMarkdown(item.summary, ctx),
    highlightsHtml: inlineMarkdown(item.highlights, ctx),
  };
}

export function publicationViews(publications: NPublication[], ctx: Context): PublicationView[] {
  return newestFirst(publications).map((item, i) => publicationView(item, i, publications.length, ctx));
}
