/**
 * The resume's records and their fields, described once. Each field says how it is read (its
 * kind), the names it is read by, first to last, and, for a field JSON Resume lacks, what schema.json
 * says of it. From this come schema.json's extensions (scripts/schema.mjs), the exported types
 * (src/generated/resume.ts, from schema.json), the normalized types (src/normalize/fields.ts),
 * the readers' name tables and the set of known names: adding a field is one entry here, plus the
 * view and partial that show it.
 */

import { TOP_LEVEL_NAMES } from './names';

export { keyForm, TOP_LEVEL_NAMES } from './names';

/** How a field is read and what it holds; src/normalize/fields.ts has one reader per kind. */
export type Kind =
  /** One line of text. */
  | 'line'
  /** One line that is an address on the web. */
  | 'url'
  /** A postal address: its lines joined with commas. */
  | 'address'
  /** Markdown. */
  | 'markdown'
  /** A list of Markdown items ("a" alone is a list of one). */
  | 'markdowns'
  /** A list of lines ("a" alone is a list of one). */
  | 'lines'
  /** A list of lines, "a, b" split at commas. */
  | 'words'
  /** Every one of the names' lists of people, one after another (co-advisors in several fields); each a name or `{ name, url }`. */
  | 'gathered'
  /** A date; placeholders ("-", "N/A") are none. */
  | 'date'
  /** `true` or "true". */
  | 'flag'
  /** A place: a line, or a `location` record. */
  | 'place'
  /** A list of labelled links (a line is a label alone). */
  | 'links'
  /** An embedded photo, up to its own cap. */
  | 'photo'
  /** A list of `profile` records. */
  | 'profiles'
  /** A title, or a `thesis` record. */
  | 'thesis'
  /** Authors: a list of names or `author` records, or one line of names. */
  | 'authors'
  /** A list of `talkEvent` records. */
  | 'events'
  /** A stable handle an HTML id can carry. */
  | 'anchor'
  /** A DOI, bare ("10.1/x"), from any of its written forms. */
  | 'doi'
  /** One of src/input/publication-types.ts. */
  | 'publicationType'
  /** Years served ("2022, 2023"), with a single date (the `with` names) as one more. */
  | 'years'
  /** A start and an end, or one date that is both: read by PERIOD's names, so it has none of its own. */
  | 'period'
  /** A number (an amount, an enrolment), or a line as written when it is none ("$1.2M", "about 40"). */
  | 'number'
  /** What a tool of the theme keeps in the file for itself (the importer's memory): known, never shown. */
  | 'memo';

export interface Field {
  kind: Kind;
  /** The name the field is written by, when not its key (the normalized name); schema.json uses it. */
  written?: string;
  /** Other names it is read by, after the written one, first found first. */
  also?: readonly string[];
  /** For a field JSON Resume lacks: what schema.json says of it. */
  doc?: string;
  /** For a field JSON Resume lacks: its schema, when its kind's is not enough. */
  schema?: Record<string, unknown>;
  /** Names of fields read together with this one: a thesis's `thesisUrl`, a year served written as `date`. */
  with?: readonly string[];
  /** Read to decide the entry's section (`type: "talk"`), not shown. */
  route?: true;
}

/** A record's fields by normalized name, in the order they are read. */
export type Fields = Readonly<Record<string, Field>>;

/** Fields every dated entry has: `startDate`, `endDate`, or one `date` that starts and ends it. */
export const PERIOD = {
  startDate: { kind: 'date', also: ['start', 'from'] },
  endDate: { kind: 'date', also: ['end', 'to'] },
  date: { kind: 'date', also: ['year'] },
} as const satisfies Fields;

export const LOCATION = {
  address: { kind: 'address' },
  city: { kind: 'line' },
  region: { kind: 'line' },
  postalCode: { kind: 'line' },
  countryCode: { kind: 'line', also: ['country'] },
} as const satisfies Fields;

export const PROFILE = {
  network: { kind: 'line' },
  username: { kind: 'line' },
  url: { kind: 'url' },
} as const satisfies Fields;

export const LINK = {
  url: { kind: 'url', also: ['href'], doc: 'where the link points' },
  label: { kind: 'line', also: ['name', 'title', 'type'], doc: 'e.g. arXiv, code, DOI, slides' },
} as const satisfies Fields;

export const AUTHOR = {
  literal: { kind: 'line', also: ['name'], doc: 'a name not split into parts' },
  given: { kind: 'line', doc: 'e.g. Namuk' },
  family: { kind: 'line', doc: 'e.g. Park' },
  equal: { kind: 'flag', doc: 'contributed equally with the others so marked; shown as *' },
  corresponding: { kind: 'flag', doc: 'the corresponding author; shown as †' },
} as const satisfies Fields;

export const THESIS = {
  title: { kind: 'line', also: ['name'], doc: 'the title' },
  url: { kind: 'url', doc: 'the thesis' },
} as const satisfies Fields;

export const TALK_EVENT = {
  name: { kind: 'line', also: ['event', 'venue', 'conference', 'title'], doc: 'e.g. Seminar at SeoulTech' },
  date: { kind: 'date', also: ['startDate'], doc: 'when the talk was given' },
  location: { kind: 'place', doc: 'e.g. Seoul, South Korea' },
  url: { kind: 'url', doc: 'the event page' },
} as const satisfies Fields;

/** A talk written as one event: the event's fields on the talk itself. */
export const TALK_AS_EVENT = {
  name: { kind: 'line', written: 'event', also: ['venue', 'conference', 'entity'] },
  date: { kind: 'date', also: ['startDate'] },
  location: { kind: 'place' },
} as const satisfies Fields;

export const BASICS = {
  name: { kind: 'line' },
  label: { kind: 'line' },
  image: { kind: 'photo', also: ['picture'] },
  email: { kind: 'line' },
  phone: { kind: 'line' },
  url: { kind: 'url', also: ['website', 'homepage'] },
  summary: { kind: 'markdown' },
  location: { kind: 'place' },
  profiles: { kind: 'profiles' },
  scholar: {
    kind: 'line',
    doc: 'your Google Scholar profile: its address, or its user id (KxcQzy8AAAAJ)',
  },
  orcid: {
    kind: 'line',
    doc: 'your ORCID iD, e.g. 0000-0002-1825-0097 or https://orcid.org/0000-0002-1825-0097; shown as ORCID asks',
  },
} as const satisfies Fields;

export const META = {
  language: {
    kind: 'line',
    also: ['lang', 'locale'],
    doc: "BCP 47 language tag of the CV: ar, cs, da, de, el, en, es, fa, fi, fr, he, hi, hu, id, it, ja, ko, nb, nl, nn, pl, pt, ro, ru, sv, tr, uk, vi, zh or zh-Hant have their own labels (with regional forms such as en-GB, pt-BR, zh-TW); any other reads in English. A calendar of the language's own (fa-u-ca-persian, ar-u-ca-islamic, he-u-ca-hebrew, ja-u-ca-japanese, zh-Hant-u-ca-roc, hi-u-ca-indian) is used for dates written to the day",
  },
  lastModified: { kind: 'date' },
} as const satisfies Fields;

/** What most entries have besides their names; their `summary` is read by names of their own. */
/** Words that pick an entry for a variant of the CV: read to choose entries, never shown. */
const TAGS = {
  kind: 'words',
  route: true,
  doc: 'words that pick this entry for a variant of the CV (meta.themeOptions.variants), e.g. ["ml", "erc"]',
} as const satisfies Field;

export const COMMON = {
  url: { kind: 'url', also: ['website', 'link'] },
  location: { kind: 'place' },
  dates: { kind: 'period' },
  highlights: { kind: 'markdowns' },
} as const satisfies Fields;

export const WORK = {
  tags: TAGS,
  name: { kind: 'line', also: ['company', 'organization', 'employer', 'institution'] },
  position: { kind: 'line', also: ['title', 'role'] },
  // The schema's work items have a one-line description beside the Markdown summary.
  description: { kind: 'line' },
  ...COMMON,
  summary: { kind: 'markdown' },
} as const satisfies Fields;

export const VOLUNTEER = {
  tags: TAGS,
  organization: { kind: 'line', also: ['name', 'venue'] },
  position: { kind: 'line', also: ['role'] },
  ...COMMON,
  location: { kind: 'place', doc: 'where the work was done' },
  summary: { kind: 'markdown', also: ['description'] },
} as const satisfies Fields;

/** A volunteer item typed as service (SERVICE_TYPES in src/input/sections.ts), and the `service` section's items. */
export const SERVICE = {
  ...VOLUNTEER,
  type: { kind: 'line', route: true, doc: '"reviewing" or "service" puts the item in the Service section' },
  years: {
    kind: 'years',
    with: ['date', 'year'],
    doc: 'years served, e.g. ["2022", "2023"]',
  },
  note: { kind: 'line', doc: 'a short distinction, e.g. "Top reviewer"' },
} as const satisfies Fields;

/** A thesis, a degree's or a student's, by the names theses are written under. */
const THESIS_FIELD = {
  kind: 'thesis',
  also: ['dissertation'],
  with: ['thesisUrl', 'dissertationUrl'],
} as const satisfies Field;

/** What a course taught and a student supervised share, described once (both are `projects[]` items). */
const LEVEL = {
  kind: 'line',
  also: ['degree', 'courseLevel'],
  doc: "a student's level (PhD, MSc, BSc, Postdoc) or a course's (Graduate, Undergraduate)",
} as const satisfies Field;

/** A project typed as teaching (src/input/sections.ts), and the `teaching` section's items. */
export const TEACHING = {
  tags: TAGS,
  course: { kind: 'line', also: ['name', 'title'] },
  institution: { kind: 'line', also: ['organization', 'school', 'venue', 'entity'] },
  roles: { kind: 'words', written: 'role', also: ['position', 'roles'] },
  // A top-level teaching item's `type` ("TA") is its role when it has none; "teaching" only routes it.
  type: { kind: 'line' },
  level: LEVEL,
  terms: {
    kind: 'lines',
    written: 'term',
    also: ['terms', 'semester', 'semesters', 'quarter'],
    doc: 'the term taught, e.g. "Fall 2024", or several',
    schema: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
  },
  enrolment: {
    kind: 'number',
    also: ['enrollment', 'students'],
    doc: 'how many students took the course',
    schema: { type: 'integer', minimum: 0 },
  },
  ...COMMON,
  summary: { kind: 'markdown', also: ['description'] },
} as const satisfies Fields;

/** A project typed as supervision (src/input/sections.ts), and the `students` section's items. */
export const STUDENT = {
  tags: TAGS,
  name: { kind: 'line', also: ['student', 'title'] },
  level: LEVEL,
  roles: { kind: 'words', also: ['role'] },
  // Where the student studied, when not at the owner's institution.
  institution: { kind: 'line', written: 'entity', also: ['institution', 'university', 'school'] },
  dates: { kind: 'period' },
  thesis: { ...THESIS_FIELD, doc: 'with "type": "supervision": the student\'s thesis title, or { "title", "url" }' },
  now: {
    kind: 'line',
    also: ['placement', 'currentPosition', 'destination', 'outcome'],
    doc: 'where a former student went, e.g. "Assistant Professor, KAIST"',
  },
  url: { kind: 'url', also: ['website', 'link'] },
  summary: { kind: 'markdown', written: 'description', also: ['summary'] },
  highlights: { kind: 'markdowns' },
} as const satisfies Fields;

export const EDUCATION = {
  tags: TAGS,
  institution: { kind: 'line', also: ['school', 'university', 'name'] },
  url: { kind: 'url', also: ['website'] },
  area: { kind: 'line', also: ['field', 'major'] },
  // al-folio's "course": "M. Math" names the degree; a list of courses is `courses`.
  studyType: { kind: 'line', also: ['degree', 'course'] },
  location: { kind: 'place', doc: 'e.g. Seoul, South Korea' },
  dates: { kind: 'period' },
  score: { kind: 'line', also: ['gpa'] },
  courses: { kind: 'lines' },
  thesis: { ...THESIS_FIELD, doc: 'the thesis title, or { "title", "url" }' },
  // Co-advised theses list their advisors in several fields: every one is shown.
  advisors: {
    kind: 'gathered',
    written: 'advisor',
    also: ['advisors', 'advisor2', 'coAdvisor', 'supervisor', 'supervisors'],
    doc: 'the advisor, or several',
  },
  summary: {
    kind: 'markdown',
    also: ['description'],
    doc: 'a description of the studies (research topic, committee), Markdown',
  },
  highlights: {
    kind: 'markdowns',
    also: ['honors', 'honours', 'honor', 'honour'],
    doc: 'honours and notes, Markdown',
  },
} as const satisfies Fields;

export const AWARD = {
  tags: TAGS,
  title: { kind: 'line', also: ['name'] },
  awarder: { kind: 'line', also: ['issuer', 'organization'] },
  url: { kind: 'url', also: ['website'], doc: "the award's page; it links the title" },
  date: { kind: 'date', also: ['startDate', 'year'] },
  endDate: { kind: 'date', doc: 'the end of an award that ran over a period; `date` is then its start' },
  summary: { kind: 'markdown', also: ['description'] },
} as const satisfies Fields;

/** An award typed as a grant (src/input/sections.ts), and the `grants` section's items. */
export const GRANT = {
  tags: TAGS,
  type: { kind: 'line', route: true, doc: '"grant" or "funding" puts the item in the Grants section' },
  title: { kind: 'line', also: ['name'] },
  awarder: { kind: 'line', also: ['funder', 'agency', 'sponsor', 'issuer', 'organization'] },
  number: {
    kind: 'line',
    also: ['grantNumber', 'awardNumber'],
    doc: 'with "type": "grant": the award number, e.g. CNS-2212345',
  },
  role: { kind: 'line', doc: 'with "type": "grant": your role, e.g. PI, Co-PI, Co-I' },
  // Site templates write the principal investigator's name, or `true` when it is you.
  pi: { kind: 'line' },
  amount: {
    kind: 'number',
    doc: 'with "type": "grant": the amount, e.g. 1200000 (a number; with currency)',
    schema: { type: ['number', 'string'], minimum: 0, pattern: '[0-9]' },
  },
  currency: {
    kind: 'line',
    doc: 'with "type": "grant": the currency of the amount, an ISO 4217 code such as USD, EUR, KRW',
    schema: { type: 'string', pattern: '^[A-Za-z]{3}$' },
  },
  status: {
    kind: 'line',
    doc: 'with "type": "grant": awarded (when absent), pending, submitted or declined',
    schema: { enum: ['awarded', 'pending', 'submitted', 'declined'] },
  },
  url: { kind: 'url', also: ['website'] },
  date: { kind: 'date', also: ['startDate', 'start', 'year'] },
  endDate: { kind: 'date', also: ['end'] },
  summary: { kind: 'markdown', also: ['description'] },
} as const satisfies Fields;

export const CERTIFICATE = {
  tags: TAGS,
  name: { kind: 'line', also: ['title'] },
  issuer: { kind: 'line', also: ['authority', 'organization'] },
  date: { kind: 'date', also: ['startDate', 'year'] },
  url: { kind: 'url', also: ['website'] },
} as const satisfies Fields;

export const PUBLICATION = {
  tags: TAGS,
  id: {
    kind: 'anchor',
    doc: 'a stable handle, such as the BibTeX key: the importer matches by it, and the entry is #pub-<id> on the page',
  },
  name: { kind: 'line', also: ['title'] },
  publisher: { kind: 'line', also: ['venue', 'journal', 'booktitle', 'conference'] },
  abbr: { kind: 'line', doc: "the venue's short name, e.g. ICLR" },
  type: {
    kind: 'publicationType',
    doc: 'what kind of work it is; groups publications under themeOptions.groupPublications',
  },
  selected: { kind: 'flag', doc: 'shown under themeOptions.selectedPublications' },
  volume: { kind: 'line', doc: 'e.g. 14' },
  issue: { kind: 'line', also: ['number'], doc: 'e.g. 3' },
  number: {
    kind: 'line',
    // A patent's number written as its issue (as the importer once wrote it) is its number too.
    also: ['patentNumber', 'issue'],
    doc: "a patent's number, e.g. US 10,123,456 B2 (for other works, read as the issue)",
  },
  status: {
    kind: 'line',
    doc: "a patent's status: granted, pending or filed; shown in the citation",
  },
  pages: { kind: 'line', also: ['page'], doc: 'e.g. 834–849' },
  doi: { kind: 'doi', doc: 'e.g. 10.1109/TSC.2018.2841868; linked as DOI' },
  releaseDate: { kind: 'date', also: ['date', 'year'] },
  url: { kind: 'url', also: ['website', 'paperurl'] },
  summary: { kind: 'markdown', also: ['abstract', 'description', 'excerpt'] },
  highlights: { kind: 'markdowns', doc: 'notes shown as a list, Markdown' },
  note: { kind: 'line', doc: "a word on the paper shown after its venue, as BibTeX's note: Oral, Highlight" },
  narrative: {
    kind: 'markdown',
    doc: 'why the work matters and your part in it, Markdown; shown by variants that ask for it (themeOptions.narratives, the erc preset)',
  },
  authors: { kind: 'authors', also: ['author', 'inventors'], doc: "authors (a patent's inventors) in order" },
  links: { kind: 'links', doc: 'arXiv, code, DOI, slides, ...' },
  honours: {
    kind: 'links',
    also: ['honors', 'awards'],
    doc: 'e.g. Spotlight, Best Paper Award',
    schema: { type: 'array', items: { $ref: '#/definitions/honour' } },
  },
  imported: {
    kind: 'memo',
    doc: 'written by the importer: a digest of each field as the .bib last gave it, so that a re-import keeps the fields you edited; not shown',
    schema: { type: 'object', additionalProperties: { type: 'string' } },
  },
} as const satisfies Fields;

export const PROJECT = {
  tags: TAGS,
  name: { kind: 'line', also: ['title'] },
  description: { kind: 'markdown', also: ['summary'] },
  highlights: { kind: 'markdowns' },
  keywords: { kind: 'words' },
  dates: { kind: 'period' },
  url: { kind: 'url', also: ['website'] },
  roles: { kind: 'words' },
  entity: { kind: 'line' },
  type: { kind: 'line' },
  links: { kind: 'links', doc: 'labelled links' },
} as const satisfies Fields;

/** A project typed as a talk (TALK_TYPES in src/input/sections.ts), and the `talks` section's items. */
export const TALK = {
  tags: TAGS,
  title: { kind: 'line', also: ['name'] },
  url: { kind: 'url', also: ['website'] },
  summary: { kind: 'markdown', also: ['description', 'excerpt'] },
  links: { kind: 'links' },
  events: { kind: 'events', doc: 'with "type": "talk": each event the talk was given at' },
} as const satisfies Fields;

export const SKILL = {
  tags: TAGS,
  name: { kind: 'line', also: ['category'] },
  level: { kind: 'line' },
  keywords: { kind: 'words' },
} as const satisfies Fields;

export const LANGUAGE = {
  tags: TAGS,
  language: { kind: 'line', also: ['name'] },
  fluency: { kind: 'line', also: ['level'] },
} as const satisfies Fields;

export const INTEREST = {
  tags: TAGS,
  name: { kind: 'line' },
  keywords: { kind: 'words' },
} as const satisfies Fields;

export const REFERENCE = {
  tags: TAGS,
  name: { kind: 'line' },
  reference: { kind: 'markdown', also: ['summary'] },
} as const satisfies Fields;

/** An entry of a section the theme has no model for; each of its other fields is an extra (src/normalize/entries.ts). */
export const CUSTOM = {
  title: { kind: 'line', also: ['name', 'course', 'award'] },
  organization: {
    kind: 'line',
    also: ['company', 'institution', 'venue', 'event', 'employer', 'school', 'awarder', 'issuer'],
  },
  position: { kind: 'line', also: ['role', 'studyType', 'degree'] },
  ...COMMON,
  summary: { kind: 'markdown', also: ['description', 'details', 'excerpt', 'note'] },
  keywords: { kind: 'words', also: ['tags'] },
  links: { kind: 'links' },
} as const satisfies Fields;

/** Names read outside the records: the top level's, meta's, resumed's page format, and a publication list's (themeOptions.publicationLists) beside its label and tags. */
export const OTHER_NAMES = [
  ...TOP_LEVEL_NAMES,
  'themeOptions',
  'pdfRenderOptions',
  'format',
  'types',
  'limit',
] as const;

/** The records of schema.json's definitions, by definition name. */
export const DEFINITIONS = { link: LINK, author: AUTHOR, talkEvent: TALK_EVENT } as const;

/** Every record, by a name for messages and tests. */
export const RECORDS = {
  basics: BASICS,
  location: LOCATION,
  profile: PROFILE,
  meta: META,
  link: LINK,
  author: AUTHOR,
  thesis: THESIS,
  talkEvent: TALK_EVENT,
  talkAsEvent: TALK_AS_EVENT,
  period: PERIOD,
  work: WORK,
  volunteer: VOLUNTEER,
  service: SERVICE,
  teaching: TEACHING,
  student: STUDENT,
  education: EDUCATION,
  award: AWARD,
  grant: GRANT,
  certificate: CERTIFICATE,
  publication: PUBLICATION,
  project: PROJECT,
  talk: TALK,
  skill: SKILL,
  language: LANGUAGE,
  interest: INTEREST,
  reference: REFERENCE,
  custom: CUSTOM,
} as const satisfies Record<string, Fields>;

/** A field's names, first to last: its written name (or its key), then the others; a period has none of its own. */
export function namesOf(key: string, field: Field): readonly string[] {
  return field.kind === 'period' ? [] : [field.written ?? key, ...(field.also ?? [])];
}

type NamesOfField<K, F> = F extends { kind: 'period' }
  ? never
  : | (F extends { written: infer W } ? W : K)
    | (F extends { also: readonly (infer A)[] } ? A : never)
    | (F extends { with: readonly (infer A)[] } ? A : never);
type NamesOfRecord<R> = { [K in keyof R]: NamesOfField<K, R[K]> }[keyof R];

/** Every name a field of a record is read by: the names readers may look up. */
export type FieldName = { [R in keyof typeof RECORDS]: NamesOfRecord<(typeof RECORDS)[R]> }[keyof typeof RECORDS];
