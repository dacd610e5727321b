/**
 * Stage 2 of the pipeline: turn the normalized resume into exactly what the page shows. Every
 * decision about wording, order, dates, links and Markdown is made here, so the templates only
 * loop and test. Fields ending in `Html` hold sanitized Markdown, or plain text with nothing to
 * escape (see isPlainHtml); every other string is escaped by the templates; every `url` has
 * passed `safeUrl`. Each section names its `shape`, which picks the partial that renders it.
 */
import { createOwnerMatcher } from '../format/authors';
import { isolate } from '../format/bidi';
import { safeColor } from '../format/colors';
import { ESCAPABLE, escapedCharLength, escapedLength } from '../format/escape';
import { safeUrl } from '../format/urls';
import { newMarkdownBudget } from '../format/markdown';
import { css } from '../generated/assets';
import { chooseLocale, pluralMessage } from '../i18n';
import { keyForm, type NormalizedResume } from '../normalize';
import { unlisted } from '../observe';
import { SECTIONS, type SectionShape } from '../input/sections';
import type { SectionKey } from '../types';
import { blockMarkdown, counted, type Context, type EntryView } from './context';
import {
  awardEntry,
  certificateEntry,
  customEntryView,
  educationEntry,
  projectEntry,
  teachingEntries,
  volunteerEntry,
  workEntry,
} from './entries';
import { grantsView, type GrantsView } from './grants';
import { serviceGroups, type ServiceGroupView } from './groups';
import { headerView, type HeaderView } from './header';
import { jsonLd } from './metadata';
import { interestPairs, languagePairs, referenceViews, skillPairs, type PairsView, type ReferenceView } from './pairs';
import { publicationsView, showsSelectedOnly, type PublicationsView } from './publications';
import { studentGroups, type StudentGroupView } from './students';
import { talksView, type TalkView } from './talks';

export type { DetailView, EntryView, LabelledView, LinkView } from './context';
export type { GrantsView } from './grants';
export type { ServiceGroupView, ServiceItemView } from './groups';
export type { StudentGroupView } from './students';
export type { HeaderView } from './header';
export type { PairView, PairsView, ReferenceView } from './pairs';
export type { AuthorPartView, PublicationGroupView, PublicationsView, PublicationView } from './publications';
export type { TalkEventView, TalkView } from './talks';
export type { DateView } from '../format/dates';

interface SectionBase<S extends SectionShape, C> {
  /** The section's key: a standard one, or a custom section's key as written. */
  key: string;
  /** Unique in the page, for the heading's id and the section's class. */
  id: string;
  heading: string;
  shape: S;
  /** More entries were given than the section or the page may show (LIMITS): the section ends saying how many are not shown. */
  truncated?: string;
  /**
   * Named by its heading as a landmark; not when an earlier section has the same heading
   * (a custom key reading like a relabelled section), since landmark names must be unique.
   */
  landmark: boolean;
  /** What the shape's partial renders. */
  content: C;
}

export type SectionView =
  | SectionBase<'text', { summaryHtml: string }>
  | SectionBase<'entries', { entries: EntryView[] }>
  | SectionBase<'publications', PublicationsView>
  | SectionBase<'talks', { talks: TalkView[] }>
  | SectionBase<'groups', { groups: ServiceGroupView[] }>
  | SectionBase<'pairs', PairsView>
  | SectionBase<'references', { references: ReferenceView[] }>
  | SectionBase<'grants', GrantsView>
  | SectionBase<'students', { groups: StudentGroupView[] }>;

type Content = { [S in SectionShape]: Extract<SectionView, { shape: S }>['content'] };
/** What a section of the shape `S` gives its partial. */
export type SectionContent<S extends SectionShape> = Content[S];

export interface PageView {
  lang: string;
  rtl: boolean;
  title: string;
  /** The theme's stylesheet, inlined so the page requests nothing. */
  css: string;
  /** CSS from theme options, built only from validated values. */
  optionsCss: string;
  header: HeaderView;
  sections: SectionView[];
  /** The person and their works as schema.org JSON-LD, safe inside a script element (themeOptions.metadata). */
  jsonLd?: string;
}

function entries<T>(items: T[], view: (item: T, ctx: Context) => EntryView, ctx: Context): Content['entries'] {
  return { entries: items.map((item) => view(item, ctx)) };
}

/** How each standard section's content is built from the resume. */
const CONTENT: {
  [K in SectionKey]: (resume: NormalizedResume, ctx: Context, heading: string) => Content[SectionShape];
} = {
  summary: (resume, ctx) => ({ summaryHtml: resume.basics.summary ? blockMarkdown(resume.basics.summary, ctx) : '' }),
  work: (resume, ctx) => entries(resume.work, workEntry, ctx),
  volunteer: (resume, ctx) => entries(resume.volunteer, volunteerEntry, ctx),
  teaching: (resume, ctx) => ({ entries: teachingEntries(resume.teaching, ctx) }),
  students: (resume, ctx) => ({ groups: studentGroups(resume.students, ctx, resume.meta.themeOptions.counts) }),
  grants: (resume, ctx) => grantsView(resume.grants, ctx, resume.meta.themeOptions.grantTotals),
  projects: (resume, ctx) => entries(resume.projects, projectEntry, ctx),
  education: (resume, ctx) => entries(resume.education, educationEntry, ctx),
  awards: (resume, ctx) => entries(resume.awards, awardEntry, ctx),
  certificates: (resume, ctx) => entries(resume.certificates, certificateEntry, ctx),
  publications: (resume, ctx) => publicationsView(resume.publications, ctx, resume.meta.themeOptions),
  talks: (resume, ctx) => ({ talks: talksView(resume.talks, ctx, resume.meta.themeOptions) }),
  service: (resume, ctx, heading) => ({ groups: serviceGroups(resume.service, heading, ctx) }),
  skills: (resume) => skillPairs(resume),
  languages: (resume) => languagePairs(resume),
  interests: (resume) => interestPairs(resume),
  references: (resume, ctx) => ({ references: referenceViews(resume, ctx) }),
};

/** A standard section's content, or undefined when it has nothing to show. */
function standardContent(
  key: SectionKey,
  resume: NormalizedResume,
  heading: string,
  ctx: Context,
): Content[SectionShape] | undefined {
  // Most resumes leave most sections empty: such a section builds no view to throw away.
  if (key === 'summary' ? !resume.basics.summary : resume[key].length === 0) return undefined;
  const content = CONTENT[key](resume, ctx, heading);
  if (key === 'summary') return (content as Content['text']).summaryHtml ? content : undefined;
  // Shown when any of its lists has an item; read key by key, with no array of its values.
  for (const key in content) {
    const value = (content as Record<string, unknown>)[key];
    if (Object.hasOwn(content, key) && Array.isArray(value) && value.length > 0) return content;
  }
  return undefined;
}

/** How many entries a section lists, for themeOptions.counts; none for a text, pairs or references. */
function countOf(
  section: { [S in SectionShape]: { shape: S; content: Content[S] } }[SectionShape],
): number | undefined {
  switch (section.shape) {
    case 'entries':
    case 'grants':
      return section.content.entries.length;
    case 'publications':
      return section.content.groups.reduce((sum, group) => sum + group.publications.length, 0);
    case 'talks':
      return section.content.talks.length;
    case 'groups':
      return section.content.groups.reduce((sum, group) => sum + group.items.length, 0);
    case 'students':
      return section.content.groups.reduce((sum, group) => sum + group.entries.length, 0);
    default:
      return undefined;
  }
}

/** A section that may be shown: where it comes from, and how to build it. */
interface Candidate {
  key: string;
  id: string;
  shape: SectionShape;
  defaultHeading: string;
  /** How many entries past the section's or the page's cap (LIMITS) are not shown. */
  truncated: number;
  content: (heading: string) => Content[SectionShape] | undefined;
}

function slug(key: string): string {
  return key
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function candidates(resume: NormalizedResume, ctx: Context): Candidate[] {
  const standard = SECTIONS.map((section): Candidate => ({
    key: section.key,
    id: section.key,
    shape: section.shape,
    defaultHeading: ctx.messages.sections[section.key],
    truncated: resume.truncated[section.key] ?? 0,
    content: (heading) => standardContent(section.key, resume, heading, ctx),
  }));
  const custom = resume.custom.map((section, i): Candidate => {
    const named = slug(section.key);
    return {
      key: section.key,
      // Prefixed, so no custom section shares an id with a standard one or another custom one.
      id: `custom-${i + 1}${named ? `-${named}` : ''}`,
      shape: 'entries',
      defaultHeading: section.heading,
      truncated: section.truncated,
      content: () => entries(section.entries, customEntryView, ctx),
    };
  });
  return [...standard, ...custom];
}

/** A section's heading unless `labels` names one: publications read "Selected Publications" when only the selected are shown. */
function defaultHeading(candidate: Candidate, resume: NormalizedResume, ctx: Context): string {
  const selected = candidate.key === 'publications' && showsSelectedOnly(resume.publications, resume.meta.themeOptions);
  return selected ? ctx.messages.selectedPublications : candidate.defaultHeading;
}

/** The candidates `themeOptions.sections` names, in its order, each once: every key's form found in a map built once. */
function listedSections(keys: string[], all: Candidate[]): Candidate[] {
  const byForm = new Map<string, Candidate[]>();
  for (const candidate of all) {
    const form = keyForm(candidate.key);
    const same = byForm.get(form);
    if (same) same.push(candidate);
    else byForm.set(form, [candidate]);
  }
  return [...new Set(keys.flatMap((key) => byForm.get(keyForm(key)) ?? []))];
}

/**
 * The sections in order: as `themeOptions.sections` lists them (by key, whatever its case,
 * spaces, `_` or `-`), or the standard order followed by custom sections in the file's order.
 */
function sectionViews(resume: NormalizedResume, ctx: Context): SectionView[] {
  const options = resume.meta.themeOptions;
  const all = candidates(resume, ctx);
  const listed = options.sections ? listedSections(options.sections, all) : [];
  // An order that names no section this resume can have (a typo, another theme's keys) is
  // ignored rather than leaving the page empty.
  const chosen = listed.length > 0 ? listed : all;
  // A section the order leaves out is not shown; the check command says so.
  if (listed.length > 0) {
    for (const candidate of all)
      if (!listed.includes(candidate))
        unlisted(candidate.key, () => candidate.content(candidate.defaultHeading) !== undefined);
  }
  // A list, not a set: a page has a few headings, and hashing each new string cost more than comparing.
  const headings: string[] = [];
  const sections: SectionView[] = [];
  for (const candidate of chosen) {
    const { key, id, shape, truncated } = candidate;
    const heading =
      (options.labels.size > 0 ? options.labels.get(keyForm(key)) : undefined) ??
      defaultHeading(candidate, resume, ctx);
    const content = candidate.content(heading);
    if (!content) continue;
    const shown = counted(
      heading,
      options.counts ? countOf({ shape, content } as Parameters<typeof countOf>[0]) : undefined,
      ctx,
    );
    const landmark = !headings.includes(shown);
    headings.push(shown);
    const note = truncated > 0 ? pluralMessage(ctx.messages.moreEntries, truncated, ctx.locale) : undefined;
    sections.push({ key, id, heading: shown, shape, truncated: note, landmark, content } as SectionView);
  }
  return sections;
}

const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
// What may be left at a cut: spaces, and a separator whose second half was cut ("Ann Lee —").
const DANGLING = new Set([' ', '\u00a0', '—', '–', ',', ';', ':']);

/**
 * Browser tabs and search results show about 70 characters of a title. html-validate measures
 * the title as written in the page, escapes and UTF-16 units included, so this does too.
 */
function shorten(text: string, limit: number): string {
  // Most titles are short and hold nothing to escape: their length in the page is their length.
  if ((text.length <= limit && !ESCAPABLE.test(text)) || escapedLength(text) <= limit) return text;
  const chars = Array.from(text);
  const lengths = chars.map(escapedCharLength);
  let used = 1; // the ellipsis
  let end = 0;
  while (used + lengths[end] <= limit) used += lengths[end++];
  // At a word: back to the last space, unless the cut falls beside a character of a script that
  // writes no spaces (CJK, Thai), where any place is between words; and past a dangling " —".
  const between = chars[end] === ' ' || UNSPACED.test(chars[end]) || UNSPACED.test(chars[end - 1] ?? '');
  const space = between ? end : chars.lastIndexOf(' ', end - 1);
  let cut = space > 0 ? space : end;
  while (cut > 0 && DANGLING.has(chars[cut - 1])) cut--;
  return `${chars.slice(0, cut).join('')}…`;
}

/** The page's title, shortened so that it fits `limit` once the template has escaped and isolated it. */
function pageTitle(text: string, limit: number): string {
  let title = shorten(text, limit);
  for (let room = limit - 1; escapedLength(isolate(title)) > limit; room--) title = shorten(text, room);
  return title;
}

/** `basics.url` as the site relative links are on, when it is a web address. */
function siteOf(url: string | undefined): string | undefined {
  const site = safeUrl(url);
  return site?.startsWith('http') ? site : undefined;
}

function optionsCss(options: NormalizedResume['meta']['themeOptions']): string {
  let css = options.pageSize === 'Letter' ? '@page{size:letter}' : '';
  const accent = safeColor(options.accentColor);
  // The chosen accent is for paper and light screens; dark mode keeps its own readable accent.
  if (accent) css += `@media print,not all and (prefers-color-scheme:dark){:root{--accent:${accent}}}`;
  return css;
}

export function buildPageView(resume: NormalizedResume): PageView {
  const { lang, locale, messages, rtl, calendar } = chooseLocale(resume.meta.language);
  const options = resume.meta.themeOptions;
  const ctx: Context = {
    locale,
    messages,
    dates: {
      locale,
      style: options.dateStyle,
      precision: options.datePrecision,
      present: messages.present,
      calendar,
    },
    isOwner: createOwnerMatcher(resume.basics.name ? [resume.basics.name, ...options.nameForms] : options.nameForms),
    markdown: newMarkdownBudget(),
    base: siteOf(resume.basics.url),
  };
  const { name, label } = resume.basics;
  return {
    lang,
    rtl,
    title: pageTitle((name && label ? `${name} — ${label}` : name || label) || messages.untitled, 70),
    css,
    optionsCss: optionsCss(options),
    header: headerView(resume, ctx),
    sections: sectionViews(resume, ctx),
    jsonLd: options.metadata ? jsonLd(resume, ctx) : undefined,
  };
}
