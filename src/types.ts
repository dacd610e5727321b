/**
 * The resume this theme reads: JSON Resume schema 1.3.1 plus the scholar extensions, generated
 * from schema.json (src/generated/resume.ts), which comes from src/input/. Every field is
 * optional, as in the schema; the theme also tolerates wrong types at run time. Extensions live
 * inside standard sections' items or under `meta`, so the registry's closed top level still
 * accepts the document and other themes simply ignore them.
 */
import type { ThemeOptions } from './input/options';

export type * from './generated/resume';
export type { ThemeOptions } from './input/options';
export type { PublicationType } from './input/publication-types';
export type { SectionKey } from './input/sections';

export type PageSize = NonNullable<ThemeOptions['pageSize']>;
