/**
 * What kind of work a publication is (its `type`), in the usual academic order. The exported
 * types, the reader and the schema's enum (scripts/schema.mjs) all come from this list.
 */
export const PUBLICATION_TYPES = [
  'journal',
  'conference',
  'workshop',
  'preprint',
  'thesis',
  'book',
  'chapter',
  'report',
  'patent',
  'other',
] as const;

export type PublicationType = (typeof PUBLICATION_TYPES)[number];
