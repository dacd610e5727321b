/** Views of entry-shaped sections: a title, dates, a subtitle and location, details, Markdown. */
import { isolate } from '../format/bidi';
import { formatList } from '../format/lists';
import { isPlaceholder, periodView } from '../format/dates';
import { safeUrl } from '../format/urls';
import { fillMessage, type Messages } from '../i18n';
import { SECTIONS } from '../input/sections';
import type {
  NAward,
  NCertificate,
  NCustomEntry,
  NEducation,
  NEntryCommon,
  NProject,
  NTeaching,
  NVolunteer,
  NWork,
} from '../normalize';
import {
  entry,
  inlineMarkdown,
  joinDefined,
  linkTo,
  linkViews,
  optionalMarkdown,
  placeText,
  subtitleParts,
  titled,
  type CommonView,
  type Context,
  type DetailView,
  type EntryView,
} from './context';

/** What most entries show besides their names, as src/input/fields.ts's COMMON describes it. */
function commonView(item: NEntryCommon, ctx: Context): CommonView {
  return {
    location: placeText(item.location, ctx),
    dates: periodView(item.dates.startDate, item.dates.endDate, ctx.dates),
    summaryHtml: optionalMarkdown(item.summary, ctx),
    highlightsHtml: inlineMarkdown(item.highlights, ctx),
  };
}

export function workEntry(item: NWork, ctx: Context): EntryView {
  return entry(
    titled(item.name, item.position, item.url, ctx),
    { description: item.description },
    commonView(item, ctx),
  );
}

export function volunteerEntry(item: NVolunteer, ctx: Context): EntryView {
  return entry(titled(item.organization, item.position, item.url, ctx), {}, commonView(item, ctx));
}

// The types that put a project among the courses taught say nothing of the owner's role.
const TEACHING_TYPES = new Set<string>(
  SECTIONS.flatMap((section) => (section.key === 'teaching' ? section.within.types : [])),
);

/** What makes two items one course: everything shown but the terms, dates and enrolment. */
function courseKey(item: NTeaching): string {
  return JSON.stringify([
    item.course,
    item.institution,
    item.roles,
    item.type,
    item.level,
    item.url,
    item.location,
    item.summary?.source,
    item.highlights.map((highlight) => highlight.source),
  ]);
}

/** A course's terms: those written, or else the dates it was taught. */
function termsOf(item: NTeaching, ctx: Context): string[] {
  if (item.terms.length > 0) return item.terms;
  const dates = periodView(item.dates.startDate, item.dates.endDate, ctx.dates);
  return dates.length > 0 ? [dates.map((date) => (date.separator ?? '') + date.text).join('')] : [];
}

/**
 * A course, taught once or in several terms: items that differ only in their terms, dates and
 * enrolment are one entry, its terms listed (each with its enrolment), as a talk lists its events.
 */
function courseEntry(items: NTeaching[], ctx: Context): EntryView {
  const [item] = items;
  const { messages } = ctx;
  const type = item.type && !TEACHING_TYPES.has(item.type.toLowerCase()) ? item.type : undefined;
  const role = item.roles.length > 0 ? joinDefined(item.roles, ', ') : type;
  const details: DetailView[] = [];
  if (item.level) details.push({ label: messages.level, value: { label: item.level } });
  const single = items.length === 1;
  // One item's dates stand where every entry's do, and only its written terms are listed; a
  // course of several items lists each one's terms, or its dates, with its enrolment.
  const listed =
    single && item.terms.length === 0
      ? []
      : items.flatMap((one) => {
          const enrolment = single ? undefined : one.enrolment?.written;
          // Each part isolated, so a term in a right-to-left script cannot reorder the brackets.
          return termsOf(one, ctx).map((term) => ({
            label: enrolment ? `${isolate(term)} (${messages.enrolment}: ${isolate(enrolment)})` : term,
          }));
        });
  if (listed.length === 1) details.push({ label: messages.term, value: listed[0] });
  if (listed.length > 1) details.push({ label: messages.terms, values: listed });
  const enrolment = single ? item.enrolment?.written : undefined;
  if (enrolment) details.push({ label: messages.enrolment, value: { label: enrolment } });
  const common = commonView(item, ctx);
  if (!single) common.dates = [];
  const head = item.course
    ? { title: linkTo(item.course, item.url, ctx), subtitle: subtitleParts(role, item.institution) }
    : titled(undefined, joinDefined([role, item.institution], ', '), item.url, ctx);
  return entry(head, { details }, common);
}

/** The courses taught, each once, in the order each first appears. */
export function teachingEntries(items: NTeaching[], ctx: Context): EntryView[] {
  const courses = new Map<string, NTeaching[]>();
  for (const [index, item] of items.entries()) {
    // An item with no term or date has nothing to be listed under, so it stays an entry of its own.
    const undated = item.terms.length === 0 && !item.dates.startDate && !item.dates.endDate;
    const key = undated ? String(index) : courseKey(item);
    const same = courses.get(key);
    if (same) same.push(item);
    else courses.set(key, [item]);
  }
  return [...courses.values()].map((course) => courseEntry(course, ctx));
}

export function projectEntry(item: NProject, ctx: Context): EntryView {
  const head = {
    title: linkTo(item.name, item.url, ctx),
    subtitle: subtitleParts(joinDefined(item.roles, ', '), item.entity, item.type),
  };
  return entry(head, {
    dates: periodView(item.dates.startDate, item.dates.endDate, ctx.dates),
    links: linkViews(item.links, ctx),
    summaryHtml: optionalMarkdown(item.description, ctx),
    highlightsHtml: inlineMarkdown(item.highlights, ctx),
    keywords: item.keywords,
  });
}

/** A custom section's entry: its title, with role and organization under it, then its other fields. */
export function customEntryView(item: NCustomEntry, ctx: Context): EntryView {
  const head = item.title
    ? { title: linkTo(item.title, item.url, ctx), subtitle: subtitleParts(item.position, item.organization) }
    : titled(item.organization, item.position, item.url, ctx);
  const details = item.extras.map((extra): DetailView =>
    extra.values.length === 1
      ? { label: extra.label, value: linkViews(extra.values, ctx)[0] }
      : { label: extra.label, values: linkViews(extra.values, ctx) },
  );
  return entry(head, { links: linkViews(item.links, ctx), keywords: item.keywords, details }, commonView(item, ctx));
}

// Words that make a text a degree of its own: "PhD in Earth Sciences", "M.S. in Physics".
const DEGREE =
  /^(?:ph\.? ?d|d\.? ?phil|doctor|doctorate|masters?|bachelors?|m\.? ?sc?|b\.? ?sc?|m\.? ?a|b\.? ?a|m\.? ?eng|b\.? ?eng|mba|m\.? ?phil|dipl[oô]m[a-zé]*|licen[cs][a-z]*|associate)(?![a-z])/i;
// What an English "in" would garble: letters beyond ASCII ("Intégration multimédia", "공학석사"),
// and degree words of French, German, Italian, Portuguese and Spanish ("Doctorate" and "Diploma"
// are English).
const NOT_ENGLISH =
  /[^\P{L}A-Za-z]|diplom(?!a(?![a-z]))|licen[cz]i|ma[iî]trise|doctorat(?!e)|magist|staatsexamen|laurea|mestrado|doutorado|ingeni/iu;

// The letters DEGREE's words start with, in either case: a text starting otherwise names no
// degree, found without DEGREE, whose first use costs a cold start ~0.15 ms (its case-insensitive
// accented letters).
const DEGREE_INITIALS = new Set('pdmblaPDMBLA');

/** Whether a text starts with a degree word ("PhD", "M.S.", "Diplom"). */
function namesDegree(text: string): boolean {
  return DEGREE_INITIALS.has(text[0]) && DEGREE.test(text);
}

// Letters and digits of the scripts that space their words: "MS" is no word of "Systems". Other
// scripts (Korean, Japanese, Chinese) write degrees and fields without spaces between them.
const WORD_CHARACTER = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}]/u;
const isWordCharacter = (char: string | undefined) => char !== undefined && WORD_CHARACTER.test(char);

/** Whether `inner` occurs in `outer` as whole words, whatever the case. */
function containsWords(outer: string, inner: string): boolean {
  const haystack = outer.toLowerCase();
  const needle = inner.toLowerCase();
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!isWordCharacter(haystack[at - 1]) && !isWordCharacter(haystack[at + needle.length])) return true;
  }
  return false;
}

/**
 * The degree line, never repeating or garbling: a study type that already names the area, or an
 * area that names the degree itself, is shown alone; otherwise they are joined in the page's
 * language ("PhD in Physics"), or with a comma where an English "in" would not read: parts in
 * another language on an English page ("Diplôme d'ingénieur, Informatique").
 */
export function degreeLine(
  studyType: string | undefined,
  area: string | undefined,
  messages: Messages,
  english: boolean,
): string | undefined {
  if (!studyType || !area) return studyType ?? area;
  if (containsWords(studyType, area)) return studyType;
  if (containsWords(area, studyType)) return area;
  // An area that is the degree itself: a sentence in the study type is shown too ("M.S. in Physics,
  // Thesis on dark matter"); a degree or a label there ("Master", "Qualification") says nothing more.
  if (namesDegree(area)) return namesDegree(studyType) || words(studyType) < 3 ? area : `${area}, ${studyType}`;
  // A degree that already says what it is in ("Bachelor's Degree in Civil Engineering"), or parts
  // in another language on an English page, are joined by a comma, never by a second "in".
  const connector = /\}([^{}]*)\{/.exec(messages.degree)?.[1].trim();
  if (
    (connector && containsWords(studyType, connector)) ||
    (english && (NOT_ENGLISH.test(studyType) || NOT_ENGLISH.test(area)))
  )
    return joinDefined([studyType, area], ', ');
  return fillMessage(messages.degree, { studyType, area });
}

const words = (text: string) => text.split(' ').filter(Boolean).length;

const GPA = /^\d+(?:[.,]\d+)?(?: ?\/ ?\d+(?:[.,]\d+)?)?$/;

export function educationEntry(item: NEducation, ctx: Context): EntryView {
  const { messages } = ctx;
  const details: DetailView[] = [];
  if (item.thesis)
    details.push({ label: messages.thesis, value: { label: item.thesis.label, url: safeUrl(item.thesis.url) } });
  if (item.advisors.length > 0) {
    const label = item.advisors.length > 1 ? messages.advisors : messages.advisor;
    // Linked advisors each keep their link; names alone read as one list ("A and B").
    details.push(
      item.advisors.some((advisor) => advisor.url)
        ? { label, values: linkViews(item.advisors, ctx) }
        : {
            label,
            value: {
              label: formatList(
                item.advisors.map((advisor) => advisor.label),
                ctx.locale,
              ),
            },
          },
    );
  }
  // "4.18/4.30" reads as a GPA; a score in words ("First-class honours") needs no label; "-" or "N/A" is none.
  const score = item.score && !isPlaceholder(item.score) ? item.score : undefined;
  const gpa = score && GPA.test(score) ? score : undefined;
  if (gpa) details.push({ label: messages.score, value: { label: gpa } });
  if (item.courses.length > 0)
    details.push({ label: messages.courses, value: { label: joinDefined(item.courses, ', ') ?? '' } });
  return entry(
    titled(
      item.institution,
      degreeLine(item.studyType, item.area, messages, ctx.locale.startsWith('en')),
      item.url,
      ctx,
    ),
    {
      location: placeText(item.location, ctx),
      dates: periodView(item.dates.startDate, item.dates.endDate, ctx.dates),
      details,
      summaryHtml: optionalMarkdown(item.summary, ctx),
      highlightsHtml: inlineMarkdown(
        [...(score && !gpa ? [{ source: score, plain: false }] : []), ...item.highlights],
        ctx,
      ),
    },
  );
}

export function awardEntry(item: NAward, ctx: Context): EntryView {
  return entry(titled(item.title, item.awarder, item.url, ctx), {
    // An award without an end is one date, not an ongoing range.
    dates: item.endDate ? periodView(item.date, item.endDate, ctx.dates) : periodView(undefined, item.date, ctx.dates),
    summaryHtml: optionalMarkdown(item.summary, ctx),
  });
}

export function certificateEntry(item: NCertificate, ctx: Context): EntryView {
  return entry(titled(item.name, item.issuer, item.url, ctx), { dates: periodView(undefined, item.date, ctx.dates) });
}
