/** Entry-shaped sections: work, volunteering, service, teaching, education, awards, certificates, projects, and any custom section. */
import { headingOf } from '../format/case';
import { LIMITS } from '../limits';
import { asked } from '../observe';
import {
  gatherTexts,
  isRecord,
  keyForm,
  links,
  own,
  pick,
  pickDate,
  pickMarkdown,
  pickMarkdownList,
  pickPeriod,
  pickTexts,
  place,
  readList,
  text,
  type Json,
  type NLink,
  type NMarkdown,
  type NPeriod,
  type NPlace,
} from './read';

/** What most entries have besides their names: a link, a place, dates, a Markdown summary and highlights. */
export interface NEntryCommon extends NPeriod {
  url?: string;
  location?: NPlace;
  summary?: NMarkdown;
  highlights: NMarkdown[];
}

function entryCommon(item: Json, ...summaryKeys: string[]): NEntryCommon {
  return {
    url: pick(item, 'url', 'website', 'link'),
    location: place(own(item, 'location')),
    ...pickPeriod(item),
    summary: pickMarkdown(item, ...summaryKeys),
    highlights: pickMarkdownList(item, 'highlights'),
  };
}

export interface NWork extends NEntryCommon {
  name?: string;
  position?: string;
  description?: string;
}

export function work(item: Json): NWork {
  return {
    name: pick(item, 'name', 'company', 'organization', 'employer', 'institution'),
    position: pick(item, 'position', 'title', 'role'),
    // The schema's work items have a one-line description beside the Markdown summary.
    description: pick(item, 'description'),
    ...entryCommon(item, 'summary'),
  };
}

export interface NVolunteer extends NEntryCommon {
  organization?: string;
  position?: string;
}

export function volunteer(item: Json): NVolunteer {
  return {
    organization: pick(item, 'organization', 'name', 'venue'),
    position: pick(item, 'position', 'role'),
    ...entryCommon(item, 'summary', 'description'),
  };
}

export interface NService extends NVolunteer {
  years: string[];
  note?: string;
}

export function service(item: Json): NService {
  const single = pickDate(item, 'date', 'year');
  return {
    ...volunteer(item),
    years: pickTexts(item, true, 'years').concat(single ? [single] : []),
    note: pick(item, 'note'),
  };
}

export interface NTeaching extends NEntryCommon {
  course?: string;
  institution?: string;
  role?: string;
}

export function teaching(item: Json): NTeaching {
  return {
    course: pick(item, 'course', 'name', 'title'),
    institution: pick(item, 'institution', 'organization', 'school', 'venue'),
    role: pick(item, 'role', 'position', 'type'),
    ...entryCommon(item, 'summary', 'description'),
  };
}

export interface NEducation extends NPeriod {
  institution?: string;
  url?: string;
  area?: string;
  studyType?: string;
  location?: NPlace;
  score?: string;
  courses: string[];
  thesis?: NLink;
  advisors: string[];
  summary?: NMarkdown;
  highlights: NMarkdown[];
}

/** The thesis: its title, or `{ title, url }`; a separate `thesisUrl` links a title given alone. */
function thesis(item: Json): NLink | undefined {
  const value = own(item, 'thesis') ?? own(item, 'dissertation');
  const url = pick(item, 'thesisUrl', 'dissertationUrl');
  const title = text(value);
  if (title) return { label: title, url };
  if (!isRecord(value)) return undefined;
  const label = pick(value, 'title', 'name');
  return label ? { label, url: pick(value, 'url') ?? url } : undefined;
}

export function education(item: Json): NEducation {
  return {
    institution: pick(item, 'institution', 'school', 'university', 'name'),
    url: pick(item, 'url', 'website'),
    area: pick(item, 'area', 'field', 'major'),
    studyType: pick(item, 'studyType', 'degree'),
    location: place(own(item, 'location')),
    ...pickPeriod(item),
    score: pick(item, 'score', 'gpa'),
    courses: pickTexts(item, false, 'courses'),
    thesis: thesis(item),
    // Co-advised theses list their advisors in several fields: every one is shown.
    advisors: gatherTexts(item, 'advisor', 'advisors', 'advisor2', 'coAdvisor', 'supervisor', 'supervisors'),
    summary: pickMarkdown(item, 'summary', 'description'),
    highlights: pickMarkdownList(item, 'highlights', 'honors', 'honours', 'honor', 'honour'),
  };
}

export interface NAward {
  title?: string;
  awarder?: string;
  url?: string;
  date?: string;
  endDate?: string;
  summary?: NMarkdown;
}

export function award(item: Json): NAward {
  return {
    title: pick(item, 'title', 'name'),
    awarder: pick(item, 'awarder', 'issuer', 'organization'),
    url: pick(item, 'url', 'website'),
    date: pickDate(item, 'date', 'startDate', 'year'),
    endDate: pickDate(item, 'endDate'),
    summary: pickMarkdown(item, 'summary', 'description'),
  };
}

export interface NCertificate {
  name?: string;
  issuer?: string;
  date?: string;
  url?: string;
}

export function certificate(item: Json): NCertificate {
  return {
    name: pick(item, 'name', 'title'),
    issuer: pick(item, 'issuer', 'authority', 'organization'),
    date: pickDate(item, 'date', 'startDate', 'year'),
    url: pick(item, 'url', 'website'),
  };
}

export interface NProject extends NPeriod {
  name?: string;
  description?: NMarkdown;
  highlights: NMarkdown[];
  keywords: string[];
  url?: string;
  roles: string[];
  entity?: string;
  type?: string;
  links: NLink[];
}

export function project(item: Json): NProject {
  return {
    name: pick(item, 'name', 'title'),
    description: pickMarkdown(item, 'description', 'summary'),
    highlights: pickMarkdownList(item, 'highlights'),
    keywords: pickTexts(item, true, 'keywords'),
    ...pickPeriod(item),
    url: pick(item, 'url', 'website'),
    roles: pickTexts(item, true, 'roles'),
    entity: pick(item, 'entity'),
    type: pick(item, 'type'),
    links: links(own(item, 'links')),
  };
}

/** An entry of a section the theme has no model for, read with the same tolerant names as everywhere. */
export interface NCustomEntry extends NEntryCommon {
  title?: string;
  organization?: string;
  position?: string;
  keywords: string[];
  links: NLink[];
  /** Every other field that holds text, a URL or a list of them, in the entry's order. */
  extras: NExtra[];
}

/** A field a custom entry has no slot for: its name as a label, and its values. */
export interface NExtra {
  label: string;
  values: NLink[];
}

// The names customEntry reads for its slots; every other field of the entry is an extra.
const CUSTOM_SLOTS = {
  title: ['title', 'name', 'course', 'award'],
  organization: ['organization', 'company', 'institution', 'venue', 'event', 'employer', 'school', 'awarder', 'issuer'],
  position: ['position', 'role', 'studyType', 'degree'],
  summary: ['summary', 'description', 'details', 'excerpt', 'note'],
  keywords: ['keywords', 'tags'],
};
const SLOT_FORMS = new Set(
  [
    ...Object.values(CUSTOM_SLOTS).flat(),
    ...[
      'url',
      'website',
      'link',
      'location',
      'highlights',
      'links',
      'startDate',
      'start',
      'from',
      'endDate',
      'end',
      'to',
      'date',
      'year',
    ],
  ].map(keyForm),
);
const URL_NAMES = ['url', 'link', 'website', 'href'];

/** A value as a line, linked when it is an address. */
function valueLink(value: unknown): NLink | undefined {
  const label = text(value);
  return label === undefined ? undefined : { label, url: /^https?:\/\//i.test(label) ? label : undefined };
}

/** An object inside an extra ({ name, url }): its text fields as one line, linked to its address. */
function recordLink(record: Json): NLink | undefined {
  const url = pick(record, ...URL_NAMES);
  const texts: string[] = [];
  for (const key of Object.keys(record).slice(0, LIMITS.itemsPerList)) {
    const part = URL_NAMES.includes(keyForm(key)) ? undefined : text(record[key]);
    if (part === undefined) continue;
    asked(record, key, key);
    texts.push(part);
  }
  const label = texts.length > 0 ? texts.join(', ') : url;
  return label === undefined ? undefined : { label, url };
}

function extraValue(value: unknown): NLink | undefined {
  return isRecord(value) ? recordLink(value) : valueLink(value);
}

/** The extras of a custom entry: each field outside its slots with something to show. */
function extras(item: Json): NExtra[] {
  const found: NExtra[] = [];
  for (const key of Object.keys(item).slice(0, LIMITS.itemsPerList)) {
    if (SLOT_FORMS.has(keyForm(key))) continue;
    const value = item[key];
    const values = Array.isArray(value)
      ? readList(value, LIMITS.itemsPerList, extraValue, { label: '…' })
      : [extraValue(value)].filter((link) => link !== undefined);
    const label = text(headingOf(key));
    if (label && values.length > 0) {
      asked(item, key, key);
      found.push({ label, values });
    }
  }
  return found;
}

/** An entry of a custom section: an object, or a string that is its title. */
export function customEntry(item: unknown): NCustomEntry | undefined {
  const written = typeof item === 'string' ? text(item) : undefined;
  if (written) return { title: written, highlights: [], keywords: [], links: [], extras: [] };
  if (!isRecord(item)) return undefined;
  return {
    title: pick(item, ...CUSTOM_SLOTS.title),
    organization: pick(item, ...CUSTOM_SLOTS.organization),
    position: pick(item, ...CUSTOM_SLOTS.position),
    ...entryCommon(item, ...CUSTOM_SLOTS.summary),
    keywords: pickTexts(item, true, ...CUSTOM_SLOTS.keywords),
    links: links(own(item, 'links')),
    extras: extras(item),
  };
}
