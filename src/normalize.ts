/**
 * Stage 1 of the pipeline: read whatever JSON (or YAML-born) resume arrives into one canonical,
 * fully typed shape. Legacy field names, other researchers' section names, Date objects, numbers
 * and wrong types are all accepted here, so later stages never check a type again.
 * Only own properties are read: a `__proto__` or `constructor` key in the input is just data.
 */
import sectionKeys from './sections.json';
import type { DateStyle } from './format/dates';
import { capList, cutText, ELLIPSIS, LIMITS } from './limits';
import type { Basics, PageSize, Profile, SectionKey } from './types';

export interface NLink {
  label: string;
  url?: string;
}

/** The basics as given, with the location as one line of text and the profiles always a list. */
export interface NBasics extends Omit<Basics, 'location' | 'profiles'> {
  location?: string;
  profiles: Profile[];
}

export interface NWork {
  name?: string;
  position?: string;
  url?: string;
  location?: string;
  description?: string;
  startDate?: string;
  endDate?: string;
  summary?: string;
  highlights: string[];
}

export interface NVolunteer {
  organization?: string;
  position?: string;
  url?: string;
  startDate?: string;
  endDate?: string;
  summary?: string;
  highlights: string[];
}

export interface NService extends NVolunteer {
  years: string[];
  note?: string;
}

export interface NTeaching {
  course?: string;
  institution?: string;
  role?: string;
  url?: string;
  location?: string;
  startDate?: string;
  endDate?: string;
  summary?: string;
  highlights: string[];
}

export interface NEducation {
  institution?: string;
  url?: string;
  area?: string;
  studyType?: string;
  location?: string;
  startDate?: string;
  endDate?: string;
  score?: string;
  courses: string[];
  thesis?: NLink;
  advisors: string[];
  highlights: string[];
}

export interface NAward {
  title?: string;
  awarder?: string;
  date?: string;
  endDate?: string;
  summary?: string;
}

export interface NCertificate {
  name?: string;
  issuer?: string;
  date?: string;
  url?: string;
}

export interface NAuthor {
  /** The name as the paper prints it. */
  name: string;
}

export interface NPublication {
  name?: string;
  publisher?: string;
  releaseDate?: string;
  url?: string;
  summary?: string;
  authors: NAuthor[];
  links: NLink[];
  honours: NLink[];
}

export interface NSkill {
  name?: string;
  level?: string;
  keywords: string[];
}

export interface NLanguage {
  language?: string;
  fluency?: string;
}

export interface NInterest {
  name?: string;
  keywords: string[];
}

export interface NReference {
  name?: string;
  reference?: string;
}

export interface NProject {
  name?: string;
  description?: string;
  highlights: string[];
  keywords: string[];
  startDate?: string;
  endDate?: string;
  url?: string;
  roles: string[];
  entity?: string;
  type?: string;
  links: NLink[];
}

export interface NTalkEvent {
  name?: string;
  date?: string;
  location?: string;
  url?: string;
}

export interface NTalk {
  title?: string;
  url?: string;
  summary?: string;
  links: NLink[];
  events: NTalkEvent[];
}

export interface NThemeOptions {
  sections?: SectionKey[];
  labels: Partial<Record<SectionKey, string>>;
  /** Unvalidated text: the view model admits only real colours. */
  accentColor?: string;
  pageSize: PageSize;
  dateStyle: DateStyle;
  photo: boolean;
  nameForms: string[];
}

export interface NMeta {
  language?: string;
  lastModified?: string;
  themeOptions: NThemeOptions;
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
  meta: NMeta;
  /** Sections that had more entries than LIMITS.entriesPerSection; the page marks the cut. */
  truncated: SectionKey[];
}

type Json = Record<string, unknown>;

/** Every section key, in the default order for an academic CV (shared with scripts/schema.mjs). */
export const SECTION_KEYS = sectionKeys as readonly SectionKey[];

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function own(record: Json, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

// Control characters (NUL, escape, ...) have no place in a CV and are not valid in HTML text.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

function rawText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.replace(CONTROL, '');
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * White space, line breaks included, folded to single spaces, and only as much of it as `max`
 * characters need: word by word, so a megabyte-long field costs one scan, not a copy.
 */
function foldWhiteSpace(value: string, max: number): string {
  let line = '';
  for (const [word] of value.matchAll(/\S+/g)) {
    line += line ? ` ${word}` : word;
    if (line.length > max) break;
  }
  return cutText(line, max);
}

/** A one-line value (name, title, date, ...), at most LIMITS.lineChars long. */
function text(value: unknown): string | undefined {
  const raw = rawText(value);
  return raw === undefined ? undefined : foldWhiteSpace(raw, LIMITS.lineChars) || undefined;
}

/** A line without its trailing white space, unless that is a hard break (two or more spaces). */
function withoutTrailingSpace(line: string): string {
  const kept = line.trimEnd();
  const trailing = line.slice(kept.length);
  return trailing.length >= 2 && trailing === ' '.repeat(trailing.length) ? line : kept;
}

/**
 * Markdown keeps its lines; white space at a line's end is dropped unless it is a hard break,
 * since marked would carry it into the page. Line by line, so a long run of spaces costs its
 * length once (a `[^\S\n]+$` pattern rescans it from every position).
 */
function markdownText(value: unknown): string | undefined {
  const raw = rawText(value);
  if (raw === undefined) return undefined;
  return raw.replace(/\r\n?/g, '\n').split('\n').map(withoutTrailingSpace).join('\n').trim() || undefined;
}

/** The first of several alternative field names whose value `read` accepts. */
function firstOf<T>(record: Json, keys: string[], read: (value: unknown) => T | undefined): T | undefined {
  for (const key of keys) {
    const value = read(own(record, key));
    if (value !== undefined) return value;
  }
  return undefined;
}

function pick(record: Json, ...keys: string[]): string | undefined {
  return firstOf(record, keys, text);
}

/** A date as an ISO-like string; YAML gives Date objects, which are calendar dates in UTC. */
function dateText(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  return text(value);
}

function pickDate(record: Json, ...keys: string[]): string | undefined {
  return firstOf(record, keys, dateText);
}

/** A list's items read by `read`, at most `max`; past the cap, `more` (an ellipsis item) ends it. */
function readList<T>(list: readonly unknown[], max: number, read: (item: unknown) => T | undefined, more: T): T[] {
  const { items, cut } = capList(list, max);
  const read_ = items.map(read).filter((item): item is T => item !== undefined);
  return cut ? [...read_, more] : read_;
}

/** Records of a list, at most `max`, and whether there were more; a lone object is a list of one. */
function cappedRecords(value: unknown, max: number): { items: Json[]; cut: boolean } {
  if (!Array.isArray(value)) return { items: isRecord(value) ? [value] : [], cut: false };
  const { items, cut } = capList(value, max);
  return { items: items.filter(isRecord), cut };
}

/** A list of strings; "a, b, c" in one string is split, non-text items are dropped. */
function texts(value: unknown, splitCommas: boolean, read: (item: unknown) => string | undefined): string[] {
  const items = typeof value === 'string' ? (splitCommas ? value.split(',') : [value]) : Array.isArray(value) ? value : [];
  return readList(items, LIMITS.itemsPerList, read, ELLIPSIS);
}

function pickList(record: Json, keys: string[], splitCommas: boolean, read: (item: unknown) => string | undefined): string[] {
  const nonEmpty = (value: unknown) => {
    const values = texts(value, splitCommas, read);
    return values.length > 0 ? values : undefined;
  };
  return firstOf(record, keys, nonEmpty) ?? [];
}

function pickTexts(record: Json, splitCommas: boolean, ...keys: string[]): string[] {
  return pickList(record, keys, splitCommas, text);
}

function pickMarkdown(record: Json, ...keys: string[]): string | undefined {
  return firstOf(record, keys, markdownText);
}

/** Highlights and the like: one Markdown string each. */
function pickMarkdownList(record: Json, ...keys: string[]): string[] {
  return pickList(record, keys, false, markdownText);
}

/** The entries of a section, read from one or more top-level keys, and whether any were cut. */
function section(resume: Json, ...keys: string[]): { items: Json[]; cut: boolean } {
  const parts = keys.map((key) => cappedRecords(own(resume, key), LIMITS.entriesPerSection));
  return { items: parts.flatMap((part) => part.items), cut: parts.some((part) => part.cut) };
}

function link(item: unknown): NLink | undefined {
  const label = text(item);
  if (label) return { label };
  if (!isRecord(item)) return undefined;
  const url = pick(item, 'url', 'href');
  const name = pick(item, 'label', 'name', 'title', 'type') ?? url;
  return name ? { label: name, url } : undefined;
}

function links(value: unknown): NLink[] {
  const list = Array.isArray(value) ? value : isRecord(value) ? [value] : [];
  return readList(list, LIMITS.itemsPerList, link, { label: ELLIPSIS });
}

/** An address written on several lines reads as one, its lines joined with commas, up to the cap. */
function addressLine(value: unknown): string | undefined {
  const raw = rawText(value);
  if (raw === undefined) return undefined;
  let line = '';
  for (const [written] of raw.matchAll(/[^\n]+/g)) {
    const folded = foldWhiteSpace(written, LIMITS.lineChars);
    if (folded) line += line ? `, ${folded}` : folded;
    if (line.length > LIMITS.lineChars) break;
  }
  return cutText(line, LIMITS.lineChars) || undefined;
}

function location(value: unknown): string | undefined {
  if (!isRecord(value)) return text(value);
  const parts = [addressLine(own(value, 'address')), pick(value, 'city'), pick(value, 'region'), pick(value, 'postalCode'), pick(value, 'countryCode', 'country')];
  return parts.filter(Boolean).join(', ') || undefined;
}

function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : isRecord(value) ? [value] : [];
}

function profile(item: unknown): Profile | undefined {
  if (!isRecord(item)) return undefined;
  return { network: pick(item, 'network'), username: pick(item, 'username'), url: pick(item, 'url') };
}

function basics(value: unknown): NBasics {
  const record = isRecord(value) ? value : {};
  return {
    name: pick(record, 'name'),
    label: pick(record, 'label'),
    image: pick(record, 'image', 'picture'),
    email: pick(record, 'email'),
    phone: pick(record, 'phone'),
    url: pick(record, 'url', 'website'),
    summary: pickMarkdown(record, 'summary'),
    location: location(own(record, 'location')),
    profiles: readList(listOf(own(record, 'profiles')), LIMITS.itemsPerList, profile, { username: ELLIPSIS }),
  };
}

function work(item: Json): NWork {
  return {
    name: pick(item, 'name', 'company', 'organization'),
    position: pick(item, 'position', 'title', 'role'),
    url: pick(item, 'url', 'website'),
    location: location(own(item, 'location')),
    description: pick(item, 'description'),
    startDate: pickDate(item, 'startDate', 'start'),
    endDate: pickDate(item, 'endDate', 'end'),
    summary: pickMarkdown(item, 'summary'),
    highlights: pickMarkdownList(item, 'highlights'),
  };
}

function volunteer(item: Json): NVolunteer {
  return {
    organization: pick(item, 'organization', 'name', 'venue'),
    position: pick(item, 'position', 'role'),
    url: pick(item, 'url', 'website'),
    startDate: pickDate(item, 'startDate', 'start'),
    endDate: pickDate(item, 'endDate', 'end'),
    summary: pickMarkdown(item, 'summary'),
    highlights: pickMarkdownList(item, 'highlights'),
  };
}

function service(item: Json): NService {
  const single = pickDate(item, 'date', 'year');
  return {
    ...volunteer(item),
    years: pickTexts(item, true, 'years').concat(single ? [single] : []),
    note: pick(item, 'note'),
  };
}

const SERVICE_TYPES = new Set(['service', 'reviewing', 'review', 'reviewer']);
const TALK_TYPES = new Set(['talk', 'invited talk', 'presentation', 'keynote', 'seminar', 'lecture']);

function isOfType(item: Json, types: Set<string>): boolean {
  const type = pick(item, 'type');
  return type !== undefined && types.has(type.toLowerCase());
}

function teaching(item: Json): NTeaching {
  return {
    course: pick(item, 'course', 'name', 'title'),
    institution: pick(item, 'institution', 'organization', 'school'),
    role: pick(item, 'role', 'position'),
    url: pick(item, 'url', 'website'),
    location: location(own(item, 'location')),
    startDate: pickDate(item, 'startDate', 'date', 'start'),
    endDate: pickDate(item, 'endDate', 'end'),
    summary: pickMarkdown(item, 'summary', 'description'),
    highlights: pickMarkdownList(item, 'highlights'),
  };
}

function thesis(value: unknown): NLink | undefined {
  const title = text(value);
  if (title) return { label: title };
  if (!isRecord(value)) return undefined;
  const label = pick(value, 'title', 'name');
  return label ? { label, url: pick(value, 'url') } : undefined;
}

function education(item: Json): NEducation {
  return {
    institution: pick(item, 'institution', 'school', 'name'),
    url: pick(item, 'url', 'website'),
    area: pick(item, 'area', 'field', 'major'),
    studyType: pick(item, 'studyType', 'degree'),
    location: location(own(item, 'location')),
    startDate: pickDate(item, 'startDate', 'start'),
    endDate: pickDate(item, 'endDate', 'end'),
    score: pick(item, 'score', 'gpa'),
    courses: pickTexts(item, false, 'courses'),
    thesis: thesis(own(item, 'thesis')),
    advisors: pickTexts(item, false, 'advisor', 'advisors'),
    highlights: pickMarkdownList(item, 'highlights', 'honors', 'honours'),
  };
}

function award(item: Json): NAward {
  return {
    title: pick(item, 'title', 'name'),
    awarder: pick(item, 'awarder', 'issuer'),
    date: pickDate(item, 'date', 'startDate'),
    endDate: pickDate(item, 'endDate'),
    summary: pickMarkdown(item, 'summary', 'description'),
  };
}

function certificate(item: Json): NCertificate {
  return {
    name: pick(item, 'name', 'title'),
    issuer: pick(item, 'issuer', 'authority'),
    date: pickDate(item, 'date', 'startDate'),
    url: pick(item, 'url', 'website'),
  };
}

/**
 * "A, B and C", "A; B" or BibTeX's "Park, N. and Kim, S." as a list of names. White space is
 * folded first, so the separators below match single spaces and never rescan a long run.
 */
export function splitAuthors(list: string): string[] {
  const folded = foldWhiteSpace(list, LIMITS.authorListChars);
  if (folded.includes(';')) return folded.split(';').map((s) => s.trim()).filter(Boolean);
  const byAnd = folded.split(/ and /i);
  if (byAnd.length > 1 && byAnd.every((name) => name.indexOf(',') >= 0 && name.indexOf(',') === name.lastIndexOf(','))) {
    return byAnd.map((s) => s.trim());
  }
  return folded
    .split(/ ?, ?(?:and |& ?)?| and | ?& ?/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

function author(value: unknown): NAuthor | undefined {
  const name = text(value);
  if (name) return { name };
  if (!isRecord(value)) return undefined;
  const literal = pick(value, 'literal', 'name');
  if (literal) return { name: literal };
  const full = [pick(value, 'given'), pick(value, 'family')].filter(Boolean).join(' ');
  return full ? { name: full } : undefined;
}

function authors(value: unknown): NAuthor[] {
  const list =
    typeof value === 'string' ? splitAuthors(rawText(value) ?? '') : Array.isArray(value) ? value : [];
  return readList(list, LIMITS.authorsPerPublication, author, { name: ELLIPSIS });
}

function publication(item: Json): NPublication {
  return {
    name: pick(item, 'name', 'title'),
    publisher: pick(item, 'publisher', 'venue', 'journal', 'booktitle', 'conference'),
    releaseDate: pickDate(item, 'releaseDate', 'date', 'year'),
    url: pick(item, 'url', 'website'),
    summary: pickMarkdown(item, 'summary', 'abstract', 'description'),
    authors: authors(own(item, 'authors') ?? own(item, 'author')),
    links: links(own(item, 'links')),
    honours: links(own(item, 'honours') ?? own(item, 'honors') ?? own(item, 'awards')),
  };
}

function skill(item: Json): NSkill {
  return { name: pick(item, 'name'), level: pick(item, 'level'), keywords: pickTexts(item, true, 'keywords') };
}

function language(item: Json): NLanguage {
  return { language: pick(item, 'language', 'name'), fluency: pick(item, 'fluency', 'level') };
}

function interest(item: Json): NInterest {
  return { name: pick(item, 'name'), keywords: pickTexts(item, true, 'keywords') };
}

function reference(item: Json): NReference {
  return { name: pick(item, 'name'), reference: pickMarkdown(item, 'reference', 'summary') };
}

function project(item: Json): NProject {
  return {
    name: pick(item, 'name', 'title'),
    description: pickMarkdown(item, 'description', 'summary'),
    highlights: pickMarkdownList(item, 'highlights'),
    keywords: pickTexts(item, true, 'keywords'),
    startDate: pickDate(item, 'startDate', 'date', 'start'),
    endDate: pickDate(item, 'endDate', 'end'),
    url: pick(item, 'url', 'website'),
    roles: pickTexts(item, true, 'roles'),
    entity: pick(item, 'entity'),
    type: pick(item, 'type'),
    links: links(own(item, 'links')),
  };
}

function talkEvent(item: Json): NTalkEvent {
  return {
    name: pick(item, 'name', 'event', 'venue', 'conference', 'title'),
    date: pickDate(item, 'date', 'startDate'),
    location: location(own(item, 'location')),
    url: pick(item, 'url'),
  };
}

/**
 * A talk given at several events (`events`), or a talk written as one event: its venue and date
 * sit on the talk itself (`event`/`venue`/`entity` and `date`/`startDate`).
 */
function talk(item: Json): NTalk {
  const events = readList(listOf(own(item, 'events')), LIMITS.itemsPerList, (event) => (isRecord(event) ? talkEvent(event) : undefined), {
    name: ELLIPSIS,
  });
  const single: NTalkEvent = {
    name: pick(item, 'event', 'venue', 'conference', 'entity'),
    date: pickDate(item, 'date', 'startDate'),
    location: location(own(item, 'location')),
  };
  const hasSingle = single.name !== undefined || single.date !== undefined || single.location !== undefined;
  return {
    title: pick(item, 'title', 'name'),
    url: pick(item, 'url', 'website'),
    summary: pickMarkdown(item, 'summary', 'description'),
    links: links(own(item, 'links')),
    events: events.length > 0 ? events : hasSingle ? [single] : [],
  };
}

/** `meta.pdfRenderOptions.format` (which resumed passes to Chromium) also sets the page size. */
function themeOptions(value: unknown, pdfRenderOptions: unknown): NThemeOptions {
  const record = isRecord(value) ? value : {};
  const pdfFormat = isRecord(pdfRenderOptions) ? pick(pdfRenderOptions, 'format') : undefined;
  const known = new Set<string>(SECTION_KEYS);
  const order = texts(own(record, 'sections'), false, text).filter((key): key is SectionKey => known.has(key));
  const labels: Partial<Record<SectionKey, string>> = {};
  const labelRecord = own(record, 'labels');
  if (isRecord(labelRecord)) {
    for (const key of SECTION_KEYS) {
      const label = pick(labelRecord, key);
      if (label) labels[key] = label;
    }
  }
  const pageSize = (pick(record, 'pageSize') ?? pdfFormat)?.toLowerCase();
  const dateStyle = pick(record, 'dateStyle');
  const photo = own(record, 'photo');
  return {
    sections: order.length > 0 ? [...new Set(order)] : undefined,
    labels,
    accentColor: pick(record, 'accentColor'),
    pageSize: pageSize === 'letter' ? 'Letter' : 'A4',
    dateStyle: dateStyle === 'long' || dateStyle === 'numeric' ? dateStyle : 'short',
    photo: photo !== false && photo !== 'false',
    // Not shown on the page, so a longer list is cut without a mark.
    nameForms: pickTexts(record, false, 'nameForms').slice(0, LIMITS.nameForms),
  };
}

export function normalizeResume(resume: Json): NormalizedResume {
  const meta = isRecord(own(resume, 'meta')) ? (own(resume, 'meta') as Json) : {};
  const truncated = new Set<SectionKey>();
  /** The entries of the section `key`, read from the given top-level keys; a cut is remembered. */
  const read = (key: SectionKey, ...keys: string[]): Json[] => {
    const { items, cut } = section(resume, ...keys);
    if (cut) truncated.add(key);
    return items;
  };
  const volunteerItems = read('volunteer', 'volunteer');
  const projectItems = read('projects', 'projects');
  const serviceItems = [...volunteerItems.filter((item) => isOfType(item, SERVICE_TYPES)), ...read('service', 'service')];
  const talkItems = [...projectItems.filter((item) => isOfType(item, TALK_TYPES)), ...read('talks', 'talks', 'presentations')];
  return {
    basics: basics(own(resume, 'basics')),
    work: read('work', 'work').map(work),
    volunteer: volunteerItems.filter((item) => !isOfType(item, SERVICE_TYPES)).map(volunteer),
    service: serviceItems.map(service),
    teaching: read('teaching', 'teaching').map(teaching),
    education: read('education', 'education').map(education),
    awards: read('awards', 'awards').map(award),
    certificates: read('certificates', 'certificates').map(certificate),
    publications: read('publications', 'publications').map(publication),
    skills: read('skills', 'skills').map(skill),
    languages: read('languages', 'languages').map(language),
    interests: read('interests', 'interests').map(interest),
    references: read('references', 'references').map(reference),
    projects: projectItems.filter((item) => !isOfType(item, TALK_TYPES)).map(project),
    talks: talkItems.map(talk),
    meta: {
      language: pick(meta, 'language', 'lang', 'locale'),
      lastModified: pickDate(meta, 'lastModified'),
      themeOptions: themeOptions(own(meta, 'themeOptions'), own(meta, 'pdfRenderOptions')),
    },
    truncated: [...truncated],
  };
}
