/**
 * Stage 2 of the pipeline: turn the normalized resume into exactly what the page shows. Every
 * decision about wording, order, dates, links and Markdown is made here, so the templates only
 * loop and test. Fields ending in `Html` hold sanitized Markdown; every other string is escaped
 * by the templates; every `url` has passed `safeUrl`.
 */
import { chooseLocale, fillMessage, type Messages } from './i18n';
import { createOwnerMatcher } from './format/authors';
import { dateView, parsePartialDate, periodView, type DateContext, type DateView } from './format/dates';
import { formatList, listParts } from './format/lists';
import { markdownBlock, markdownInline, newMarkdownBudget, type MarkdownBudget } from './format/markdown';
import { safeColor } from './format/colors';
import { displayUrl, embeddedImage, mailtoUrl, safeUrl, telUrl } from './format/urls';
import { SECTION_KEYS } from './normalize';
import type {
  NAward,
  NCertificate,
  NEducation,
  NLink,
  NormalizedResume,
  NProject,
  NPublication,
  NService,
  NTalk,
  NTeaching,
  NVolunteer,
  NWork,
} from './normalize';
import type { SectionKey } from './types';

export interface LinkView {
  label: string;
  url?: string;
}

/** A label with what it names: "Email: <a>…</a>", "Thesis: …". */
export interface LabelledView {
  label: string;
  value: LinkView;
}

export interface EntryView {
  title?: LinkView;
  subtitle?: string;
  location?: string;
  description?: string;
  dates: DateView[];
  details: LabelledView[];
  links: LinkView[];
  summaryHtml?: string;
  highlightsHtml: string[];
  keywords: string[];
}

export interface AuthorPartView {
  text: string;
  isOwner: boolean;
}

export interface PublicationView {
  number: number;
  title?: LinkView;
  authors: AuthorPartView[];
  venue?: string;
  dates: DateView[];
  /** "ICLR 2023": the venue and the date share one line, as in most academic CVs. */
  showVenueLine: boolean;
  honours: LinkView[];
  links: LinkView[];
  summaryHtml?: string;
}

export interface TalkEventView {
  name?: LinkView;
  location?: string;
  dates: DateView[];
}

export interface TalkView {
  title?: LinkView;
  links: LinkView[];
  summaryHtml?: string;
  events: TalkEventView[];
}

export interface ServiceItemView {
  organization?: LinkView;
  years?: string;
  note?: string;
  dates: DateView[];
}

export interface ServiceGroupView {
  label?: string;
  items: ServiceItemView[];
}

export interface PairView {
  name?: string;
  text?: string;
}

export interface ReferenceView {
  name?: string;
  referenceHtml?: string;
}

interface SectionBase<K extends SectionKey> {
  key: K;
  heading: string;
  /** More entries than LIMITS.entriesPerSection were given: the section ends with an ellipsis. */
  truncated?: boolean;
}

export type SectionView =
  | (SectionBase<'summary'> & { summaryHtml: string })
  | (SectionBase<'work' | 'volunteer' | 'teaching' | 'projects' | 'education' | 'awards' | 'certificates'> & {
      entries: EntryView[];
    })
  | (SectionBase<'publications'> & { publications: PublicationView[] })
  | (SectionBase<'talks'> & { talks: TalkView[] })
  | (SectionBase<'service'> & { groups: ServiceGroupView[] })
  | (SectionBase<'skills'> & { pairs: PairView[]; compact: boolean })
  | (SectionBase<'languages' | 'interests'> & { pairs: PairView[] })
  | (SectionBase<'references'> & { references: ReferenceView[] });

export interface HeaderView {
  name: string;
  label?: string;
  imageSrc?: string;
  contacts: LabelledView[];
  /** "Updated December 6, 2023", as a list of one date for the dates partial. */
  updated: DateView[];
}

export interface PageView {
  lang: string;
  rtl: boolean;
  title: string;
  /** CSS from theme options, built only from validated values. */
  optionsCss: string;
  header: HeaderView;
  sections: SectionView[];
}

interface Context {
  locale: string;
  messages: Messages;
  dates: DateContext;
  isOwner: (author: string) => boolean;
  /** Spent by every Markdown field of this render; a new one each render. */
  markdown: MarkdownBudget;
}

function optionalMarkdown(text: string | undefined, ctx: Context): string | undefined {
  return text === undefined ? undefined : markdownBlock(text, ctx.markdown);
}

function inlineMarkdown(texts: string[], ctx: Context): string[] {
  return texts.map((text) => markdownInline(text, ctx.markdown));
}

function joinDefined(parts: Array<string | undefined>, separator: string): string | undefined {
  return parts.filter(Boolean).join(separator) || undefined;
}

/**
 * A link with a validated URL, for the `link` partial. Templates pass it as the partial's
 * context: a hash argument would make Handlebars copy the whole calling context.
 */
function linkTo(label: string | undefined, url: string | undefined): LinkView | undefined {
  return label === undefined ? undefined : { label, url: safeUrl(url) };
}

function linkViews(links: NLink[]): LinkView[] {
  return links.map((link) => ({ label: link.label, url: safeUrl(link.url) }));
}

/** The title is the organization; the role reads under it, or becomes the title when alone. */
function titled(
  organization: string | undefined,
  role: string | undefined,
  url?: string,
): Pick<EntryView, 'title' | 'subtitle'> {
  return organization ? { title: linkTo(organization, url), subtitle: role } : { title: linkTo(role, url) };
}

function entry(fields: Partial<EntryView>): EntryView {
  return { dates: [], details: [], links: [], highlightsHtml: [], keywords: [], ...fields };
}

function workEntry(item: NWork, ctx: Context): EntryView {
  return entry({
    ...titled(item.name, item.position, item.url),
    location: item.location,
    description: item.description,
    dates: periodView(item.startDate, item.endDate, ctx.dates),
    summaryHtml: optionalMarkdown(item.summary, ctx),
    highlightsHtml: inlineMarkdown(item.highlights, ctx),
  });
}

function volunteerEntry(item: NVolunteer, ctx: Context): EntryView {
  return entry({
    ...titled(item.organization, item.position, item.url),
    dates: periodView(item.startDate, item.endDate, ctx.dates),
    summaryHtml: optionalMarkdown(item.summary, ctx),
    highlightsHtml: inlineMarkdown(item.highlights, ctx),
  });
}

function teachingEntry(item: NTeaching, ctx: Context): EntryView {
  return entry({
    ...titled(item.course, joinDefined([item.role, item.institution], ', '), item.url),
    location: item.location,
    dates: periodView(item.startDate, item.endDate, ctx.dates),
    summaryHtml: optionalMarkdown(item.summary, ctx),
    highlightsHtml: inlineMarkdown(item.highlights, ctx),
  });
}

function projectEntry(item: NProject, ctx: Context): EntryView {
  return entry({
    title: linkTo(item.name, item.url),
    subtitle: joinDefined([item.roles.join(', '), item.entity, item.type], ' · '),
    dates: periodView(item.startDate, item.endDate, ctx.dates),
    links: linkViews(item.links),
    summaryHtml: optionalMarkdown(item.description, ctx),
    highlightsHtml: inlineMarkdown(item.highlights, ctx),
    keywords: item.keywords,
  });
}

function degree(item: NEducation, messages: Messages): string | undefined {
  if (item.studyType && item.area) return fillMessage(messages.degree, { studyType: item.studyType, area: item.area });
  return item.studyType ?? item.area;
}

const GPA = /^\d+(?:[.,]\d+)?(?:\s*\/\s*\d+(?:[.,]\d+)?)?$/;

function educationEntry(item: NEducation, ctx: Context): EntryView {
  const { messages } = ctx;
  const details: LabelledView[] = [];
  if (item.thesis) details.push({ label: messages.thesis, value: { label: item.thesis.label, url: safeUrl(item.thesis.url) } });
  if (item.advisors.length > 0) {
    details.push({ label: messages.advisor, value: { label: formatList(item.advisors, ctx.locale) } });
  }
  // "4.18/4.30" reads as a GPA; a score in words ("First-class honours") needs no label.
  const gpa = item.score && GPA.test(item.score) ? item.score : undefined;
  if (gpa) details.push({ label: messages.score, value: { label: gpa } });
  if (item.courses.length > 0) details.push({ label: messages.courses, value: { label: item.courses.join(', ') } });
  return entry({
    ...titled(item.institution, degree(item, messages), item.url),
    location: item.location,
    dates: periodView(item.startDate, item.endDate, ctx.dates),
    details,
    highlightsHtml: inlineMarkdown([...(item.score && !gpa ? [item.score] : []), ...item.highlights], ctx),
  });
}

function awardEntry(item: NAward, ctx: Context): EntryView {
  return entry({
    ...titled(item.title, item.awarder),
    // An award without an end is one date, not an ongoing range.
    dates: item.endDate ? periodView(item.date, item.endDate, ctx.dates) : periodView(undefined, item.date, ctx.dates),
    summaryHtml: optionalMarkdown(item.summary, ctx),
  });
}

function certificateEntry(item: NCertificate, ctx: Context): EntryView {
  return entry({
    ...titled(item.name, item.issuer, item.url),
    dates: periodView(undefined, item.date, ctx.dates),
  });
}

function authorParts(item: NPublication, ctx: Context): AuthorPartView[] {
  const names = item.authors.map((author) => author.name);
  return listParts(names, ctx.locale).map((part) => ({
    text: part.text,
    isOwner: part.index !== undefined && ctx.isOwner(names[part.index]),
  }));
}

/** A sortable number for a date ("2022-06" is 20220600); undefined when it is not ISO. */
function dateRank(value: string | undefined): number | undefined {
  const date = value === undefined ? undefined : parsePartialDate(value);
  return date && date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0);
}

/**
 * Publication lists are numbered newest first, so they are ordered that way; papers of the same
 * date, and undated ones (which follow), keep the author's order.
 */
function newestFirst(publications: NPublication[]): NPublication[] {
  const ranked = publications.map((item, index) => ({ item, index, rank: dateRank(item.releaseDate) ?? -1 }));
  return ranked.sort((a, b) => b.rank - a.rank || a.index - b.index).map(({ item }) => item);
}

function publicationView(item: NPublication, index: number, count: number, ctx: Context): PublicationView {
  const dates = periodView(undefined, item.releaseDate, ctx.dates);
  return {
    // Academic CVs number publications newest first, counting down to [1].
    number: count - index,
    title: linkTo(item.name, item.url),
    authors: authorParts(item, ctx),
    venue: item.publisher,
    dates,
    showVenueLine: Boolean(item.publisher) || dates.length > 0,
    honours: linkViews(item.honours),
    links: linkViews(item.links),
    summaryHtml: optionalMarkdown(item.summary, ctx),
  };
}

function talkView(item: NTalk, ctx: Context): TalkView {
  return {
    title: linkTo(item.title, item.url),
    links: linkViews(item.links),
    summaryHtml: optionalMarkdown(item.summary, ctx),
    events: item.events.map((event) => ({
      name: linkTo(event.name, event.url),
      // "Seminar, Seoul": the comma is text, so it survives copying and screen readers.
      location: event.name && event.location ? `, ${event.location}` : event.location,
      dates: periodView(undefined, event.date, ctx.dates),
    })),
  };
}

/** Service reads as compact lines grouped by role: "Reviewer: ICML 2022, 2023, & 2024 · NeurIPS 2022". */
function serviceGroups(items: NService[], heading: string, ctx: Context): ServiceGroupView[] {
  const groups = new Map<string, ServiceItemView[]>();
  for (const item of items) {
    const role = item.position ?? '';
    const list = groups.get(role) ?? [];
    list.push({
      organization: linkTo(item.organization, item.url),
      years: item.years.length > 0 ? formatList(item.years, ctx.locale, 'short') : undefined,
      note: item.note,
      dates: item.years.length > 0 ? [] : periodView(item.startDate, item.endDate, ctx.dates),
    });
    groups.set(role, list);
  }
  // A single group named like the section itself ("Reviewer" under "Reviewer") needs no label.
  const labelled = groups.size > 1 || !groups.has(heading);
  return [...groups].map(([role, list]) => ({ label: labelled && role ? role : undefined, items: list }));
}

function sectionView(key: SectionKey, resume: NormalizedResume, heading: string, ctx: Context): SectionView | undefined {
  switch (key) {
    case 'summary':
      return resume.basics.summary ? { key, heading, summaryHtml: markdownBlock(resume.basics.summary, ctx.markdown) } : undefined;
    case 'work':
      return entries(key, heading, resume.work.map((item) => workEntry(item, ctx)));
    case 'volunteer':
      return entries(key, heading, resume.volunteer.map((item) => volunteerEntry(item, ctx)));
    case 'teaching':
      return entries(key, heading, resume.teaching.map((item) => teachingEntry(item, ctx)));
    case 'projects':
      return entries(key, heading, resume.projects.map((item) => projectEntry(item, ctx)));
    case 'education':
      return entries(key, heading, resume.education.map((item) => educationEntry(item, ctx)));
    case 'awards':
      return entries(key, heading, resume.awards.map((item) => awardEntry(item, ctx)));
    case 'certificates':
      return entries(key, heading, resume.certificates.map((item) => certificateEntry(item, ctx)));
    case 'publications': {
      const count = resume.publications.length;
      const publications = newestFirst(resume.publications).map((item, i) => publicationView(item, i, count, ctx));
      return count > 0 ? { key, heading, publications } : undefined;
    }
    case 'talks':
      return resume.talks.length > 0 ? { key, heading, talks: resume.talks.map((item) => talkView(item, ctx)) } : undefined;
    case 'service':
      return resume.service.length > 0 ? { key, heading, groups: serviceGroups(resume.service, heading, ctx) } : undefined;
    case 'skills': {
      const skills = resume.skills
        .map((skill) => ({ name: skill.name, text: joinDefined([skill.level, skill.keywords.join(', ')], ' · ') }))
        .filter((skill) => skill.name || skill.text);
      // Names alone ("PyTorch, Python") read best as one line.
      const compact = skills.every((skill) => !skill.text);
      return skills.length > 0 ? { key, heading, pairs: skills, compact } : undefined;
    }
    case 'languages':
      return pairs(key, heading, resume.languages.map((item) => ({ name: item.language, text: item.fluency })));
    case 'interests':
      return pairs(key, heading, resume.interests.map((item) => ({ name: item.name, text: item.keywords.join(', ') || undefined })));
    case 'references': {
      const references = resume.references.map((item) => ({
        name: item.name,
        referenceHtml: optionalMarkdown(item.reference, ctx),
      }));
      return references.length > 0 ? { key, heading, references } : undefined;
    }
  }
}

function entries(
  key: 'work' | 'volunteer' | 'teaching' | 'projects' | 'education' | 'awards' | 'certificates',
  heading: string,
  list: EntryView[],
): SectionView | undefined {
  const shown = list.filter(hasContent);
  return shown.length > 0 ? { key, heading, entries: shown } : undefined;
}

/** An item whose every field was empty or unreadable leaves no trace on the page. */
function hasContent(view: EntryView): boolean {
  return Boolean(
    view.title ||
      view.subtitle ||
      view.location ||
      view.description ||
      view.summaryHtml ||
      view.dates.length ||
      view.details.length ||
      view.links.length ||
      view.highlightsHtml.length ||
      view.keywords.length,
  );
}

function pairs(key: 'languages' | 'interests', heading: string, list: PairView[]): SectionView | undefined {
  const shown = list.filter((pair) => pair.name || pair.text);
  return shown.length > 0 ? { key, heading, pairs: shown } : undefined;
}

function headerView(resume: NormalizedResume, ctx: Context): HeaderView {
  const { basics } = resume;
  const { messages } = ctx;
  const contacts: LabelledView[] = [];
  if (basics.email) contacts.push({ label: messages.email, value: { label: basics.email, url: mailtoUrl(basics.email) } });
  if (basics.phone) {
    // A phone number must not wrap across lines: non-breaking spaces and hyphens.
    const text = basics.phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
    contacts.push({ label: messages.phone, value: { label: text, url: telUrl(basics.phone) } });
  }
  if (basics.url) {
    const url = safeUrl(basics.url);
    contacts.push({ label: messages.homepage, value: { label: url ? displayUrl(url) : basics.url, url } });
  }
  for (const profile of basics.profiles) {
    const url = safeUrl(profile.url);
    const text = profile.username ?? (url ? displayUrl(url) : undefined);
    if (text) contacts.push({ label: profile.network ?? messages.homepage, value: { label: text, url } });
  }
  if (basics.location) contacts.push({ label: messages.location, value: { label: basics.location } });
  const updated = dateView(resume.meta.lastModified, { ...ctx.dates, style: 'long' });
  return {
    // The page always has its one top-level heading.
    name: basics.name ?? messages.untitled,
    label: basics.label,
    imageSrc: resume.meta.themeOptions.photo ? embeddedImage(basics.image) : undefined,
    contacts,
    updated: updated ? [{ text: fillMessage(messages.updated, { date: updated.text }), iso: updated.iso }] : [],
  };
}

// What each character becomes in the page, as Handlebars escapes it (`&` is written `&amp;`).
const ESCAPED_LENGTH: Record<string, number> = { '&': 5, '<': 4, '>': 4, '"': 6, "'": 6, '`': 6, '=': 6 };

/**
 * Browser tabs and search results show about 70 characters of a title. html-validate measures
 * the title as written in the page, escapes and UTF-16 units included, so this does too.
 */
function shorten(text: string, limit: number): string {
  const chars = Array.from(text);
  const lengths = chars.map((char) => ESCAPED_LENGTH[char] ?? char.length);
  if (lengths.reduce((sum, n) => sum + n, 0) <= limit) return text;
  let used = 1; // the ellipsis
  let end = 0;
  while (used + lengths[end] <= limit) used += lengths[end++];
  return `${chars.slice(0, end).join('').trimEnd()}…`;
}

function optionsCss(options: NormalizedResume['meta']['themeOptions']): string {
  let css = options.pageSize === 'Letter' ? '@page{size:letter}' : '';
  const accent = safeColor(options.accentColor);
  // The chosen accent is for paper and light screens; dark mode keeps its own readable accent.
  if (accent) css += `@media print,not all and (prefers-color-scheme:dark){:root{--accent:${accent}}}`;
  return css;
}

export function buildPageView(resume: NormalizedResume): PageView {
  const { lang, locale, messages, rtl } = chooseLocale(resume.meta.language);
  const options = resume.meta.themeOptions;
  const ctx: Context = {
    locale,
    messages,
    dates: { locale, style: options.dateStyle, present: messages.present },
    isOwner: createOwnerMatcher(resume.basics.name ? [resume.basics.name, ...options.nameForms] : options.nameForms),
    markdown: newMarkdownBudget(),
  };
  // Academic CVs lead with research; a section without content is never shown.
  const sections = (options.sections ?? SECTION_KEYS)
    .map((key) => sectionView(key, resume, options.labels[key] ?? messages.sections[key], ctx))
    .filter((view): view is SectionView => view !== undefined)
    .map((view) => (resume.truncated.includes(view.key) ? { ...view, truncated: true } : view));
  const { name, label } = resume.basics;
  return {
    lang,
    rtl,
    title: shorten(joinDefined([name, label], ' — ') ?? messages.untitled, 70),
    optionsCss: optionsCss(options),
    header: headerView(resume, ctx),
    sections,
  };
}
