/** What every part of the view model shares: the render's context and the small building blocks of views. */
import { isolate } from '../format/bidi';
import type { PersonName } from '../format/authors';
import { localDigits, type DateContext, type DateView } from '../format/dates';
import { markdownBlock, markdownInline, paragraph, type MarkdownBudget } from '../format/markdown';
import { regionName } from '../format/regions';
import { isRelativePath, safeUrl } from '../format/urls';
import { dropped } from '../observe';
import { fillMessage, type Messages } from '../i18n';
import type { Listed } from './publications';
import { keyForm, type NLink, type NMarkdown, type NPlace, type NThemeOptions } from '../normalize';

export interface LinkView {
  label: string;
  url?: string;
}

/** A label with what it names: "Email: <a>…</a>", "Thesis: …"; without a label, just the value. */
export interface LabelledView {
  label?: string;
  value: LinkView;
  /** Kept on one line (a phone number). */
  nowrap?: boolean;
  /** An ORCID iD, shown after the iD mark. */
  orcid?: boolean;
}

/** A detail of an entry: "Thesis: …", or a label over several values ("Conferences: A · B"). */
export interface DetailView {
  label: string;
  value?: LinkView;
  values?: LinkView[];
}

export interface EntryView {
  title?: LinkView;
  /**
   * What stands under the title, each part its own text (a role, an organisation, a number): a PDF
   * reader then takes each for an item of its own, where one string would run them together.
   */
  subtitle: PartView[];
  /** A mark beside the title: a grant "Pending", a patent "Filed". */
  status?: string;
  location?: string;
  description?: string;
  dates: DateView[];
  details: DetailView[];
  links: LinkView[];
  summaryHtml?: string;
  highlightsHtml: string[];
  keywords: string[];
}

export interface Context {
  locale: string;
  messages: Messages;
  dates: DateContext;
  isOwner: (author: PersonName) => boolean;
  /** Spent by every Markdown field of this render; a new one each render. */
  markdown: MarkdownBudget;
  /** `basics.url`, when it is a web address: what a relative link ("/projects/x/") is on. */
  base?: string;
  /** The works the page lists, worked out once per render (listedPublications). */
  listed?: Listed;
}

/** A heading with how many entries it stands over, under themeOptions.counts ("Publications (23)"); without a count, as it is. */
export function counted(heading: string, count: number | undefined, ctx: Context): string {
  return count === undefined
    ? heading
    : fillMessage(ctx.messages.counted, { heading, count: localDigits(count, ctx.locale) });
}

/** A Markdown field as HTML blocks; plain text (see isPlainHtml) is its own HTML. */
export function blockMarkdown(text: NMarkdown, ctx: Context): string {
  return text.plain ? paragraph(text.source) : markdownBlock(text.source, ctx.markdown);
}

export function optionalMarkdown(text: NMarkdown | undefined, ctx: Context): string | undefined {
  return text === undefined ? undefined : blockMarkdown(text, ctx);
}

/** Each text as inline HTML; one that leaves nothing (a description's dropped tag alone) is no item. */
export function inlineMarkdown(texts: NMarkdown[], ctx: Context): string[] {
  const html = texts.map((text) => (text.plain ? text.source : markdownInline(text.source, ctx.markdown)));
  return html.every(Boolean) ? html : html.filter(Boolean);
}

/** A part of an entry's subtitle, with what stands before it: " · " before all but the first. */
export interface PartView {
  text: string;
  separator?: string;
}

/** The parts that have text, for an entry's subtitle. */
export function subtitleParts(...parts: Array<string | undefined>): PartView[] {
  const shown: PartView[] = [];
  for (const text of parts) if (text) shown.push({ text, separator: shown.length > 0 ? ' · ' : undefined });
  return shown;
}

/** The parts that have text, joined, each isolated for direction so none reorders the separators. */
export function joinDefined(parts: Array<string | undefined>, separator: string): string | undefined {
  let joined = '';
  for (const part of parts) if (part) joined += joined ? separator + isolate(part) : isolate(part);
  return joined || undefined;
}

/**
 * An address as the page links it: a relative one ("/projects/x/", as site templates write them)
 * on `basics.url`; without one it cannot be linked, and the check command says so.
 */
export function href(url: string | undefined, ctx: Context): string | undefined {
  const found = safeUrl(url, ctx.base);
  if (found === undefined && url !== undefined && ctx.base === undefined && isRelativePath(url.trim()))
    dropped(url, 'not linked: a relative address, and basics.url gives no site to find it on');
  return found;
}

/**
 * A link with a validated URL, for the `link` partial. Templates pass it as the partial's
 * context: a hash argument would make Handlebars copy the whole calling context.
 */
export function linkTo(label: string | undefined, url: string | undefined, ctx: Context): LinkView | undefined {
  return label === undefined ? undefined : { label, url: href(url, ctx) };
}

export function linkViews(links: NLink[], ctx: Context): LinkView[] {
  return links.map((link) => ({ label: link.label, url: href(link.url, ctx) }));
}

export type EntryHead = Pick<EntryView, 'title' | 'subtitle'>;

/** What most entries show besides their head: place, dates and Markdown (see commonView). */
export type CommonView = Pick<EntryView, 'location' | 'dates' | 'summaryHtml' | 'highlightsHtml'>;

/** The title is the organization; the role reads under it, or becomes the title when alone. */
export function titled(
  organization: string | undefined,
  role: string | undefined,
  url: string | undefined,
  ctx: Context,
): EntryHead {
  return organization
    ? { title: linkTo(organization, url, ctx), subtitle: subtitleParts(role) }
    : { title: linkTo(role, url, ctx), subtitle: [] };
}

/**
 * Every kind of entry as one object shape, built field by field: spreading each kind's own
 * fields into defaults made a differently shaped object per kind, the slowest part of a render.
 * Place, dates and Markdown come from `common` when the kind has it, otherwise from `fields`.
 */
export function entry(head: EntryHead, fields: Partial<EntryView>, common?: CommonView): EntryView {
  const shared = common ?? fields;
  return {
    title: head.title,
    subtitle: head.subtitle,
    status: fields.status,
    location: shared.location,
    description: fields.description,
    dates: shared.dates ?? [],
    details: fields.details ?? [],
    links: fields.links ?? [],
    summaryHtml: shared.summaryHtml,
    highlightsHtml: shared.highlightsHtml ?? [],
    keywords: fields.keywords ?? [],
  };
}

/** An ASCII letter, as `[a-z]` matches with the `i` flag. */
function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * A country code ("DE", or ISO alpha-3 "DEU") as the country's name in the page's language
 * ("Germany", "Deutschland"). The letters are checked without a pattern: a pattern's first use
 * costs a cold start ~0.1 ms.
 */
function countryName(country: string, locale: string): string {
  const isCode =
    (country.length === 2 || country.length === 3) &&
    isAsciiLetter(country.charCodeAt(0)) &&
    isAsciiLetter(country.charCodeAt(1)) &&
    (country.length === 2 || isAsciiLetter(country.charCodeAt(2)));
  return isCode ? regionName(country, locale) : country;
}

/** Whether `themeOptions.fileOrder` keeps a section in the file's order rather than newest first. */
export function keepsFileOrder(options: NThemeOptions, key: 'publications' | 'talks'): boolean {
  return options.fileOrder?.some((name) => keyForm(name) === key) ?? false;
}

/**
 * A place as one line: its parts, then the country by name. A part that already names the country
 * (a region written "Italy" beside countryCode "IT", in English, the page's language or as the
 * code) is not said twice.
 */
export function placeText(place: NPlace | undefined, ctx: Context): string | undefined {
  if (!place) return undefined;
  const country = place.country && countryName(place.country, ctx.locale);
  if (!country || !place.text) return joinDefined([place.text, country], ', ');
  const names = [country, place.country as string, countryName(place.country as string, 'en')];
  // Most places name no country among their parts: one search each, no split.
  const text = place.text.toLowerCase();
  if (!names.some((name) => text.includes(name.toLowerCase()))) return joinDefined([place.text, country], ', ');
  const forms = new Set(names.map(lower));
  const parts = place.text.split(', ').filter((part) => !forms.has(lower(part)));
  return joinDefined([...parts, country], ', ');
}

const lower = (text: string) => text.trim().toLowerCase();
