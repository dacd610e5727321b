/**
 * Entries whose own fields say they were not achieved: a declined application, a rejected draft,
 * a withdrawn paper. Site templates mark them with fields of their own (`"strikeTitle": true`,
 * `"rejectionNote": "[Rejected]"`, `"status": "declined"`); a page that listed them under Awards
 * or Publications would claim what the file does not, and a struck title reads as won in a PDF's
 * text. They are left out, and the check command says why.
 */
import { dropped } from '../observe';
import { isKnown, isRecord, keyForm, type Json } from './source';

// A key that may say so: one test per key, so the usual record costs no key form.
const MAY_SAY = /reject|declin|withdr|strik|fund|status|outcome|decision|result|note/i;
// Flags that say so when true.
const FLAGS = new Set([
  'rejected',
  'declined',
  'withdrawn',
  'notfunded',
  'unfunded',
  'strike',
  'struck',
  'striketitle',
  'strikethrough',
  'strikeout',
]);
// Fields whose words are the entry's outcome.
const OUTCOMES = new Set(['status', 'outcome', 'decision', 'result']);
// The words, as words: "[Rejected]", "not funded".
const WORDS = /\b(?:rejected|declined|withdrawn|not funded|unfunded|unsuccessful)\b/i;

const isTrue = (value: unknown) => value === true || value === 'true' || value === 1;

/**
 * The field of `item` that says it was not achieved, or undefined. `keepStatus` leaves `status`
 * to a section that shows it as a word (a grant's "Declined").
 */
function saidBy(item: Json, keepStatus: boolean): string | undefined {
  for (const key of Object.keys(item)) {
    // The theme's own names say nothing of the kind, but a status or a note.
    if ((isKnown(key) && key !== 'status' && key !== 'note') || !MAY_SAY.test(key)) continue;
    const form = keyForm(key);
    const value = item[key];
    if (FLAGS.has(form)) {
      if (isTrue(value)) return key;
    } else if (typeof value !== 'string' || value.trim() === '') {
      continue;
    } else if (form.includes('reject') || form.includes('declin')) {
      return key;
    } else if (OUTCOMES.has(form) ? !(keepStatus && form === 'status') : form.includes('note')) {
      if (WORDS.test(value)) return key;
    }
  }
  return undefined;
}

/** The items to show: those that say they were rejected, declined or withdrawn are left out, and said. */
export function achieved<T>(items: readonly T[], keepStatus = false): readonly T[] {
  let kept: T[] | undefined;
  items.forEach((item, i) => {
    const key = isRecord(item) ? saidBy(item, keepStatus) : undefined;
    if (key === undefined) {
      kept?.push(item);
      return;
    }
    kept ??= items.slice(0, i);
    dropped(item, `not shown: its "${key}" says it was not achieved (rejected, declined or withdrawn)`);
  });
  return kept ?? items;
}
