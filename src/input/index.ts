/**
 * The one description of the input: the records and their fields (fields.ts), the sections
 * (sections.ts), the theme options (options.ts) and the kinds of publication (publication-types.ts).
 * The build reads it to write schema.json and the exported types; normalize reads by it.
 */
export * as fields from './fields';
export { keyForm } from './fields';
export { SECTIONS } from './sections';
export { THEME_OPTIONS } from './options';
export { PUBLICATION_TYPES } from './publication-types';
