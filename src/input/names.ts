/**
 * The two pieces of the description the theme itself runs: how names are matched, and the top
 * level's own names. Apart from src/input/fields.ts, so that the theme's bundles import this and
 * never the description, whose records and their documentation only the build reads.
 */

/** The top level's names that are no section. */
export const TOP_LEVEL_NAMES = ['$schema', 'basics', 'meta'] as const;

/** A field name as people vary it: lower case, without spaces, `_` or `-`; readers match names by it. */
export function keyForm(key: string): string {
  return key.replace(/[\s_-]/g, '').toLowerCase();
}
