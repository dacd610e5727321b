import { regionCodes, regionSeparator } from '../generated/intl-tables';
import { parsedPerLanguage } from '../i18n/tables';
import { cachedFormatter } from './formatter-cache';

const displayNames = new Map<string, Intl.DisplayNames>();
const namesOf = parsedPerLanguage((tables) => tables.regionNames, (joined) => joined.split(regionSeparator));
// The codes are all two letters, so each starts a multiple of this apart; no other match can.
const CODE_STRIDE = 2 + regionSeparator.length;

/** The code's place in the table, found in its string: no index is built for a process's few lookups. */
function codeIndex(code: string): number | undefined {
  const at = code.length === 2 ? regionCodes.indexOf(code) : -1;
  return at >= 0 && at % CODE_STRIDE === 0 ? at / CODE_STRIDE : undefined;
}

function fromTable(code: string, locale: string): string | undefined {
  const names = namesOf(locale);
  if (names === undefined) return undefined;
  const index = codeIndex(code);
  // Intl.DisplayNames with `fallback: 'code'` gives a code it cannot name back as it is.
  return index === undefined ? code : names[index];
}

/**
 * A two-letter region code ("DE") named in a locale ("Germany", "Deutschland"). The shipped
 * locales read the build-time table, so no Intl.DisplayNames (and its ICU data) is loaded for them.
 */
export function regionName(code: string, locale: string): string {
  const upper = code.toUpperCase();
  const named = fromTable(upper, locale);
  if (named !== undefined) return named;
  try {
    const names = cachedFormatter(displayNames, locale, () => new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' }));
    return names.of(upper) ?? code;
  } catch {
    return code;
  }
}
