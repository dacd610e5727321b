/**
 * Stage 1 of the pipeline: read whatever JSON (or YAML-born) resume arrives into one canonical,
 * fully typed shape. Legacy field names, other researchers' section names, Date objects, numbers
 * and wrong types are all accepted here, so later stages never check a type again. A top-level
 * key the theme has no model for becomes a custom section, so no content is dropped silently;
 * an item with nothing to show is dropped, so no heading stands over nothing.
 */
import { headingOf } from '../format/case';
import { capList, LIMITS } from '../limits';
import { asked } from '../observe';
import { SECTIONS } from '../sections';
import type { SectionKey } from '../types';
import { basics, type NBasics } from './basics';
import {
  award,
  certificate,
  customEntry,
  education,
  project,
  service,
  teaching,
  volunteer,
  work,
  type NAward,
  type NCertificate,
  type NCustomEntry,
  type NEducation,
  type NProject,
  type NService,
  type NTeaching,
  type NVolunteer,
  type NWork,
} from './entries';
import { themeOptions, type NThemeOptions } from './options';
import {
  interest,
  language,
  reference,
  skill,
  type NInterest,
  type NLanguage,
  type NReference,
  type NSkill,
} from './pairs';
import { publication, type NPublication } from './publications';
import {
  cappedRecords,
  hasContent,
  isRecord,
  keyForm,
  own,
  pick,
  pickDate,
  startReading,
  text,
  type Json,
} from './read';
import { talk, type NTalk } from './talks';

export type { NBasics } from './basics';
export type * from './entries';
export type { NThemeOptions } from './options';
export type * from './pairs';
export type { NAuthor, NPublication } from './publications';
export type { PublicationType } from '../publication-types';
export { bareDoi } from './publications';
export type { NLink, NMarkdown, NPeriod, NPlace } from './read';
export { keyForm } from './read';
export type * from './talks';

export interface NMeta {
  language?: string;
  lastModified?: string;
  themeOptions: NThemeOptions;
}

/** A section from a top-level key the theme has no model for ("research experience", "visiting"). */
export interface NCustomSection {
  /** The key as written, which `themeOptions.sections` and `labels` name it by. */
  key: string;
  /** "research experience" reads "Research Experience", `academic_service` "Academic Service". */
  heading: string;
  entries: NCustomEntry[];
  truncated: boolean;
}

export interface NormalizedResume {
  basics: NBasics;
  work: NWork[];
  volunteer: NVolunteer[];
  service: NService[];
  teaching: NTeaching[];
  education: NEducation[];
  awards: NAward[];
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
  /** Sections that had more entries than LIMITS.entriesPerSection; the page marks the cut. */
  truncated: SectionKey[];
}

const SERVICE_TYPES = new Set(['service', 'reviewing', 'review', 'reviewer']);
const TALK_TYPES = new Set(['talk', 'invited talk', 'presentation', 'keynote', 'seminar', 'lecture']);

function isOfType(item: Json, types: Set<string>): boolean {
  const type = pick(item, 'type');
  return type !== undefined && types.has(type.toLowerCase());
}

/** Top-level names that are not sections of their own: the known sections, their aliases, basics and meta. */
const KNOWN_NAMES = new Set([
  'basics',
  'meta',
  '$schema',
  ...SECTIONS.flatMap((section) => [section.key, ...section.aliases]),
]);
/** The same names by key form, for keys written another way ("Publications", "invited_talks"). */
const KNOWN_KEYS = new Set([...KNOWN_NAMES].map(keyForm));

/** Each section's top-level names: its key, then its aliases. */
const SECTION_NAMES = new Map(SECTIONS.map((section) => [section.key, [section.key, ...section.aliases]]));

/** Every top-level key with a list of objects or strings that no known section reads. */
function customSections(resume: Json): NCustomSection[] {
  const keys = Object.keys(resume).filter(
    (key) => Array.isArray(resume[key]) && !KNOWN_NAMES.has(key) && !KNOWN_KEYS.has(keyForm(key)),
  );
  return keys.slice(0, LIMITS.itemsPerList).flatMap((written): NCustomSection[] => {
    // The key as a line, like any text the page shows: no control character, capped.
    const key = text(written);
    if (key === undefined) return [];
    const { items, cut: truncated } = capList(resume[written] as unknown[], LIMITS.entriesPerSection);
    asked(resume, written, written);
    const entries = items
      .map(customEntry)
      .filter((entry): entry is NCustomEntry => entry !== undefined && hasContent(entry));
    const heading = headingOf(key);
    return entries.length > 0 && heading ? [{ key, heading, entries, truncated }] : [];
  });
}

export function normalizeResume(resume: Json): NormalizedResume {
  startReading();
  try {
    return normalized(resume);
  } finally {
    startReading(); // holds on to nothing of this resume
  }
}

function normalized(resume: Json): NormalizedResume {
  const meta = isRecord(own(resume, 'meta')) ? (own(resume, 'meta') as Json) : {};
  const truncated = new Set<SectionKey>();
  /** The entries of the section `key`, read from its key and aliases; a cut is remembered. */
  const read = (key: SectionKey): Json[] => {
    let items: Json[] = [];
    for (const name of SECTION_NAMES.get(key) ?? [key]) {
      const part = cappedRecords(own(resume, name), LIMITS.entriesPerSection);
      if (part.cut) truncated.add(key);
      if (part.items.length > 0) items = items.length > 0 ? items.concat(part.items) : part.items;
    }
    return items;
  };
  /** Items read by `reader`, without those that hold nothing to show. */
  const shown = <T>(items: Json[], reader: (item: Json) => T): T[] => items.map(reader).filter(hasContent);
  const volunteerItems = read('volunteer');
  const projectItems = read('projects');
  const serviceItems = [...volunteerItems.filter((item) => isOfType(item, SERVICE_TYPES)), ...read('service')];
  const talkItems = [...projectItems.filter((item) => isOfType(item, TALK_TYPES)), ...read('talks')];
  return {
    basics: basics(own(resume, 'basics')),
    work: shown(read('work'), work),
    volunteer: shown(
      volunteerItems.filter((item) => !isOfType(item, SERVICE_TYPES)),
      volunteer,
    ),
    service: shown(serviceItems, service),
    teaching: shown(read('teaching'), teaching),
    education: shown(read('education'), education),
    awards: shown(read('awards'), award),
    certificates: shown(read('certificates'), certificate),
    publications: shown(read('publications'), publication),
    skills: shown(read('skills'), skill),
    languages: shown(read('languages'), language),
    interests: shown(read('interests'), interest),
    references: shown(read('references'), reference),
    projects: shown(
      projectItems.filter((item) => !isOfType(item, TALK_TYPES)),
      project,
    ),
    talks: shown(talkItems, talk),
    custom: customSections(resume),
    meta: {
      language: pick(meta, 'language', 'lang', 'locale'),
      lastModified: pickDate(meta, 'lastModified'),
      themeOptions: themeOptions(own(meta, 'themeOptions'), own(meta, 'pdfRenderOptions')),
    },
    truncated: [...truncated],
  };
}
