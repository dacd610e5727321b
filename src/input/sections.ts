/**
 * The one registry of sections: their keys, the other top-level keys read as the same section,
 * the default order (an academic CV leads with research), the shape of their entries, which
 * picks the partial that renders them, and the record their entries are read as
 * (src/input/fields.ts). normalize, the view model, the schema and the tests all read it; a
 * top-level key not in it becomes a section of shape `entries`.
 */
import * as fields from './fields';

/** How a section's entries look, and so which partial renders them. */
export type SectionShape = 'text' | 'entries' | 'publications' | 'talks' | 'groups' | 'pairs' | 'references';

export interface SectionDefinition {
  key: string;
  shape: SectionShape;
  /** Top-level keys read as this section too ("presentations" for talks). */
  aliases: readonly string[];
  /** What each entry is read as; none for the summary, which is basics.summary. */
  record?: fields.Fields;
  /** The standard section whose items also hold this section's entries, picked by their `type`. */
  within?: { section: string; types: readonly string[] };
}

export const SECTIONS = [
  { key: 'summary', shape: 'text', aliases: [] },
  { key: 'education', shape: 'entries', aliases: [], record: fields.EDUCATION },
  { key: 'work', shape: 'entries', aliases: [], record: fields.WORK },
  { key: 'publications', shape: 'publications', aliases: [], record: fields.PUBLICATION },
  {
    key: 'talks',
    shape: 'talks',
    aliases: ['presentations'],
    record: fields.TALK,
    within: { section: 'projects', types: ['talk', 'invited talk', 'presentation', 'keynote', 'seminar', 'lecture'] },
  },
  { key: 'awards', shape: 'entries', aliases: [], record: fields.AWARD },
  {
    key: 'service',
    shape: 'groups',
    aliases: [],
    record: fields.SERVICE,
    within: { section: 'volunteer', types: ['service', 'reviewing', 'review', 'reviewer'] },
  },
  { key: 'teaching', shape: 'entries', aliases: [], record: fields.TEACHING },
  { key: 'projects', shape: 'entries', aliases: [], record: fields.PROJECT },
  { key: 'volunteer', shape: 'entries', aliases: [], record: fields.VOLUNTEER },
  { key: 'skills', shape: 'pairs', aliases: [], record: fields.SKILL },
  { key: 'languages', shape: 'pairs', aliases: [], record: fields.LANGUAGE },
  { key: 'certificates', shape: 'entries', aliases: ['certifications'], record: fields.CERTIFICATE },
  { key: 'interests', shape: 'pairs', aliases: [], record: fields.INTEREST },
  { key: 'references', shape: 'references', aliases: [], record: fields.REFERENCE },
] as const satisfies readonly SectionDefinition[];

/** The sections this theme can show, in `meta.themeOptions.sections` and `labels`. */
export type SectionKey = (typeof SECTIONS)[number]['key'];

export const SECTION_KEYS: readonly SectionKey[] = SECTIONS.map((section) => section.key);
