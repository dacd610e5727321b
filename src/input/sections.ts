/**
 * The one registry of sections: their keys, the other top-level keys read as the same section,
 * the default order (an academic CV leads with research), the shape of their entries, which
 * picks the partial that renders them, and the record their entries are read as
 * (src/input/fields.ts). normalize, the view model, the schema and the tests all read it; a
 * top-level key not in it becomes a section of shape `entries`.
 */
import type { RECORDS } from './fields';

/** How a section's entries look, and so which partial renders them. */
export type SectionShape =
  'text' | 'entries' | 'publications' | 'talks' | 'groups' | 'pairs' | 'references' | 'grants' | 'students';

export interface SectionDefinition {
  key: string;
  shape: SectionShape;
  /** Top-level keys read as this section too ("presentations" for talks). */
  aliases: readonly string[];
  /** What each entry is read as (a record of src/input/fields.ts); none for the summary, which is basics.summary. */
  record?: keyof typeof RECORDS;
  /** The standard section whose items also hold this section's entries, picked by their `type`. */
  within?: { section: string; types: readonly string[] };
  /** Aliases whose items are of a type when they name none (a site template's `patents` are publications). */
  aliasTypes?: Readonly<Record<string, string>>;
}

export const SECTIONS = [
  { key: 'summary', shape: 'text', aliases: [] },
  { key: 'education', shape: 'entries', aliases: [], record: 'education' },
  { key: 'work', shape: 'entries', aliases: [], record: 'work' },
  {
    key: 'publications',
    shape: 'publications',
    aliases: ['patents'],
    record: 'publication',
    aliasTypes: { patents: 'patent' },
  },
  {
    key: 'talks',
    shape: 'talks',
    aliases: ['presentations'],
    record: 'talk',
    within: { section: 'projects', types: ['talk', 'invited talk', 'presentation', 'keynote', 'seminar', 'lecture'] },
  },
  {
    key: 'grants',
    shape: 'grants',
    aliases: ['funding'],
    record: 'grant',
    within: { section: 'awards', types: ['grant', 'funding'] },
  },
  { key: 'awards', shape: 'entries', aliases: [], record: 'award' },
  {
    key: 'service',
    shape: 'groups',
    aliases: [],
    record: 'service',
    within: { section: 'volunteer', types: ['service', 'reviewing', 'review', 'reviewer'] },
  },
  {
    key: 'teaching',
    shape: 'entries',
    aliases: [],
    record: 'teaching',
    within: { section: 'projects', types: ['teaching', 'course'] },
  },
  {
    key: 'students',
    shape: 'students',
    aliases: ['supervision', 'mentoring', 'advising'],
    record: 'student',
    within: { section: 'projects', types: ['supervision', 'student', 'mentoring', 'advising'] },
  },
  { key: 'projects', shape: 'entries', aliases: [], record: 'project' },
  { key: 'volunteer', shape: 'entries', aliases: [], record: 'volunteer' },
  { key: 'skills', shape: 'pairs', aliases: [], record: 'skill' },
  { key: 'languages', shape: 'pairs', aliases: [], record: 'language' },
  { key: 'certificates', shape: 'entries', aliases: ['certifications'], record: 'certificate' },
  { key: 'interests', shape: 'pairs', aliases: [], record: 'interest' },
  { key: 'references', shape: 'references', aliases: [], record: 'reference' },
] as const satisfies readonly SectionDefinition[];

/** The sections this theme can show, in `meta.themeOptions.sections` and `labels`. */
export type SectionKey = (typeof SECTIONS)[number]['key'];

export const SECTION_KEYS: readonly SectionKey[] = SECTIONS.map((section) => section.key);
