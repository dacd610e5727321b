/**
 * Stage 1 of the pipeline: read whatever JSON (or YAML-born) resume arrives into one canonical,
 * fully typed shape. Legacy field names, other researchers' section names, Date objects, numbers
 * and wrong types are all accepted here, so later stages never check a type again. A top-level
 * key the theme has no model for becomes a custom section, so no content is dropped silently;
 * an item with nothing to show is dropped, so no heading stands over nothing.
 */
import { headingOf } from '../format/case';
import type * as fields from '../input/fields';
import { TOP_LEVEL_NAMES } from '../input/names';
import { SECTIONS, type SectionKey } from '../input/sections';
import { capList, LIMITS } from '../limits';
import { asked } from '../observe';
import { customEntry, publication, talk, type NCustomEntry, type NPublication, type NTalk } from './entries';
import { publicationType, read, typeOf, type Normalized } from './fields';
import { themeOptions, type NThemeOptions } from './options';
import { cappedRecords, hasContent, text } from './read';
import { dateRank } from '../format/dates';
import { latestRank, selected, selectionOf } from '../variants/select';
import { achieved } from './rejected';
import { isRecord, keyForm, Source, type Json } from './source';

export type * from './entries';
export type { NAuthor, NLink, NNumber, NPeriod, NPlace, NProfile, NTalkEvent, Normalized } from './fields';
export type { NThemeOptions } from './options';
export type { NMarkdown } from './read';
import type { NMarkdown } from './read';
export type { PublicationType } from '../input/publication-types';
export { keyForm } from './source';

export type NBasics = Normalized<typeof fields.BASICS>;
/** What most entries have besides their names (COMMON in src/input/fields.ts), and a summary. */
export type NEntryCommon = Normalized<typeof fields.COMMON> & { summary?: NMarkdown };
export type NWork = Normalized<typeof fields.WORK>;
export type NVolunteer = Normalized<typeof fields.VOLUNTEER>;
export type NService = Normalized<typeof fields.SERVICE>;
export type NTeaching = Normalized<typeof fields.TEACHING>;
export type NEducation = Normalized<typeof fields.EDUCATION>;
export type NAward = Normalized<typeof fields.AWARD>;
export type NGrant = Normalized<typeof fields.GRANT>;
export type NStudent = Normalized<typeof fields.STUDENT>;
export type NCertificate = Normalized<typeof fields.CERTIFICATE>;
export type NProject = Normalized<typeof fields.PROJECT>;
export type NSkill = Normalized<typeof fields.SKILL>;
export type NLanguage = Normalized<typeof fields.LANGUAGE>;
export type NInterest = Normalized<typeof fields.INTEREST>;
export type NReference = Normalized<typeof fields.REFERENCE>;

export type NMeta = Normalized<typeof fields.META> & { themeOptions: NThemeOptions };

/** A section from a top-level key the theme has no model for ("research experience", "visiting"). */
export interface NCustomSection {
  /** The key as written, which `themeOptions.sections` and `labels` name it by. */
  key: string;
  /** "research experience" reads "Research Experience", `academic_service` "Academic Service". */
  heading: string;
  entries: NCustomEntry[];
  /** How many entries past the section's or the page's cap (LIMITS) are not shown. */
  truncated: number;
}

export interface NormalizedResume {
  basics: NBasics;
  work: NWork[];
  volunteer: NVolunteer[];
  service: NService[];
  teaching: NTeaching[];
  students: NStudent[];
  education: NEducation[];
  awards: NAward[];
  grants: NGrant[];
  certificates: NCertificate[];
  publications: NPublication[];
  skills: NSkill[];
  languages: NLanguage[];
  interests: NInterest[];
  references: NReference[];
  projects: NProject[];
  talks: NTalk[];
  /** Custom sections, in the order of their keys in the file. */
  custom: NCustomSection[];
  meta: NMeta;
  /** How many entries past its own or the page's cap (LIMITS) each section had; the page says so. */
  truncated: Partial<Record<SectionKey, number>>;
}

/** Reads each item of a section; most sections' items are their record, some need more (src/normalize/entries.ts). */
const READ_ITEM: { [K in Exclude<SectionKey, 'summary'>]: (item: Json) => NormalizedResume[K][number] } = {
  work: read.work,
  volunteer: read.volunteer,
  service: read.service,
  teaching: read.teaching,
  students: read.student,
  education: read.education,
  awards: read.award,
  grants: read.grant,
  certificates: read.certificate,
  publications: publication,
  skills: read.skill,
  languages: read.language,
  interests: read.interest,
  references: read.reference,
  projects: read.project,
  talks: talk,
};

const READ_KEYS = Object.keys(READ_ITEM) as Array<Exclude<SectionKey, 'summary'>>;

/** Top-level names that are not sections of their own: the known sections, their aliases, basics and meta. */
const KNOWN_NAMES = new Set<string>([
  ...TOP_LEVEL_NAMES,
  ...SECTIONS.flatMap((section) => [section.key, ...section.aliases]),
]);
/** The same names by key form, for keys written another way ("Publications", "invited_talks"). */
const KNOWN_KEYS = new Set([...KNOWN_NAMES].map(keyForm));

/** Each section read from items, with the top-level names it is read from: its key, then its aliases. */
const READ_SECTIONS = SECTIONS.flatMap((section) =>
  'record' in section
    ? [
        {
          key: section.key,
          names: [section.key, ...section.aliases],
          aliasTypes: 'aliasTypes' in section ? (section.aliasTypes as Record<string, string>) : undefined,
        },
      ]
    : [],
);

/** Sections whose entries are some items of a standard section, picked by their `type` ("reviewing", "talk"). */
// By the section whose items they are picked from: each type, lower-cased, and the section it puts
// an item in (the first to name it). Every item's type is then read once, whatever the sections.
const WITHIN = new Map<SectionKey, Map<string, SectionKey>>();
for (const section of SECTIONS) {
  if (!('within' in section)) continue;
  const source = section.within.section as SectionKey;
  const targets = WITHIN.get(source) ?? new Map<string, SectionKey>();
  for (const type of section.within.types) if (!targets.has(type)) targets.set(type, section.key);
  WITHIN.set(source, targets);
}

/** The section an item's type puts it in, if any. */
function sectionOfType(item: Json, targets: Map<string, SectionKey>): SectionKey | undefined {
  const type = typeOf(item);
  return type === undefined ? undefined : targets.get(type.toLowerCase());
}

/**
 * What is left of the page's entries (LIMITS.entriesPerPage), and the cap each section's list is
 * read with: its own, or what the page has left, but one at least, so that a section past the page's
 * cap still shows, saying how many entries it leaves out.
 */
class PageEntries {
  private left: number = LIMITS.entriesPerPage;

  /** The cap the next list is read with, and why, when it is lower than a section's own. */
  next(): [max: number, why: string | undefined] {
    const max = Math.min(LIMITS.entriesPerSection, Math.max(1, this.left));
    return [max, max < LIMITS.entriesPerSection ? `a page shows at most ${LIMITS.entriesPerPage} entries` : undefined];
  }

  spend(entries: number): void {
    this.left -= entries;
  }
}

/** Every top-level key with a list of objects or strings that no known section reads. */
function customSections(resume: Json, page: PageEntries): NCustomSection[] {
  const keys = Object.keys(resume).filter(
    (key) => Array.isArray(resume[key]) && !KNOWN_NAMES.has(key) && !KNOWN_KEYS.has(keyForm(key)),
  );
  return keys.slice(0, LIMITS.itemsPerList).flatMap((written): NCustomSection[] => {
    // The key as a line, like any text the page shows: no control character, capped.
    const key = text(written);
    if (key === undefined) return [];
    const { items, left: truncated } = capList(resume[written] as unknown[], ...page.next());
    page.spend(items.length);
    asked(resume, written, written);
    const entries = achieved(items)
      .map(customEntry)
      .filter((entry): entry is NCustomEntry => entry !== undefined && hasContent(entry));
    const heading = headingOf(key);
    return entries.length > 0 && heading ? [{ key, heading, entries, truncated }] : [];
  });
}

export function normalizeResume(resume: Json): NormalizedResume {
  const top = new Source(resume);
  const record = (value: unknown): Json => (isRecord(value) ? value : {});
  const meta = new Source(record(top.get('meta')));
  const truncated: Partial<Record<SectionKey, number>> = {};
  /** The items of each standard section that has any, from its key and aliases; a cut is remembered. */
  const items: { [K in SectionKey]?: Json[] } = {};
  // Items from an alias that types them (a template's `patents`), with that type.
  let aliasTyped: Map<Json, string> | undefined;
  const page = new PageEntries();
  for (const section of READ_SECTIONS) {
    let found: Json[] = [];
    for (const name of section.names) {
      const part = cappedRecords(top.get(name), ...page.next());
      page.spend(part.items.length);
      if (part.left > 0) truncated[section.key] = (truncated[section.key] ?? 0) + part.left;
      const type = section.aliasTypes?.[name];
      if (type !== undefined) for (const item of part.items) (aliasTyped ??= new Map()).set(item, type);
      if (part.items.length > 0) found = found.length > 0 ? found.concat(part.items) : part.items;
    }
    if (found.length > 0) items[section.key] = found;
  }
  // Items typed into another section ("reviewing" volunteering is service) move there, ahead of its own.
  for (const [source, targets] of WITHIN) {
    const all = items[source];
    const to = all?.map((item) => sectionOfType(item, targets));
    if (all === undefined || to === undefined || to.every((key) => key === undefined)) continue;
    items[source] = all.filter((_, i) => to[i] === undefined);
    for (const key of new Set(to))
      if (key !== undefined) items[key] = all.filter((_, i) => to[i] === key).concat(items[key] ?? []);
  }
  // themeOptions set on meta's record just read, not spread into a copy; a variant's options over the file's.
  const metaRead = read.meta(meta.record) as NMeta;
  metaRead.themeOptions = themeOptions(meta.get('themeOptions'), meta.get('pdfRenderOptions'), metaRead.language);
  /** Each section's entries read, without those that hold nothing to show, beside their records in the file. */
  const readSections = new Map<Exclude<SectionKey, 'summary'>, { records: Json[]; entries: unknown[] }>();
  const readSection = <K extends Exclude<SectionKey, 'summary'>>(
    key: K,
    readItem: (item: Json) => NormalizedResume[K][number],
  ): void => {
    const all = items[key];
    if (!all) return;
    // A grant's status is shown as a word ("Declined"), so only its other fields can leave it out.
    const records = achieved(all, key === 'grants');
    const entries = records.map(readItem);
    if (entries.every(hasContent)) readSections.set(key, { records: records as Json[], entries });
    else {
      const shows = entries.map(hasContent);
      readSections.set(key, {
        records: records.filter((_, i) => shows[i]),
        entries: entries.filter((_, i) => shows[i]),
      });
    }
  };
  for (const key of READ_KEYS) readSection(key, READ_ITEM[key]);
  // A publication from an alias that types its items (a template's `patents`) has that type unless it names one.
  if (aliasTyped) {
    const typed = aliasTyped;
    readSection('publications', (item: Json): NPublication => {
      const found = publication(item);
      found.type ??= publicationType(typed.get(item));
      return found;
    });
  }
  // A variant's choice of entries: the CV's date, for "since": "10y", is its last change or its newest entry.
  const selection = selectionOf(metaRead.themeOptions, () => {
    if (metaRead.lastModified) return dateRank(metaRead.lastModified);
    let newest = -1;
    for (const { entries } of readSections.values())
      for (const entry of entries) {
        const rank = latestRank(entry as Parameters<typeof latestRank>[0]);
        if (rank !== Number.MAX_SAFE_INTEGER) newest = Math.max(newest, rank);
      }
    return newest;
  });
  const shown = <K extends Exclude<SectionKey, 'summary'>>(key: K): NormalizedResume[K] => {
    const found = readSections.get(key);
    if (!found) return [] as NormalizedResume[K];
    const entries = found.entries as Array<Parameters<typeof latestRank>[0]>;
    return (selection ? selected(key, found.records, entries, selection) : entries) as NormalizedResume[K];
  };
  return {
    basics: read.basics(record(top.get('basics'))),
    work: shown('work'),
    volunteer: shown('volunteer'),
    service: shown('service'),
    teaching: shown('teaching'),
    students: shown('students'),
    education: shown('education'),
    awards: shown('awards'),
    grants: shown('grants'),
    certificates: shown('certificates'),
    publications: shown('publications'),
    skills: shown('skills'),
    languages: shown('languages'),
    interests: shown('interests'),
    references: shown('references'),
    projects: shown('projects'),
    talks: shown('talks'),
    custom: customSections(resume, page),
    meta: metaRead,
    truncated,
  };
}
