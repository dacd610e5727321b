/**
 * The one registry of sections: their keys, the other top-level keys read as the same section,
 * the default order (an academic CV leads with research) and the shape of their entries, which
 * picks the partial that renders them. normalize, the view model, scripts/schema.mjs and the
 * tests all read it; a top-level key not in it becomes a section of shape `entries`.
 */
import registry from './sections.json';
import type { SectionKey } from './types';

/** How a section's entries look, and so which partial renders them. */
export type SectionShape = 'text' | 'entries' | 'publications' | 'talks' | 'groups' | 'pairs' | 'references';

export interface SectionDefinition {
  key: SectionKey;
  shape: SectionShape;
  /** Top-level keys read as this section too ("presentations" for talks). */
  aliases: string[];
}

export const SECTIONS = registry as SectionDefinition[];

export const SECTION_KEYS: readonly SectionKey[] = SECTIONS.map((section) => section.key);
