import { regionCodes, regionSeparator } from '../generated/intl-tables';
import { languageOf, parsedPerLanguage } from '../i18n/tables';

const namesOf = parsedPerLanguage((tables) => tables.regionNames, (joined) => joined.split(regionSeparator));
// The codes are all two letters, so each starts a multiple of this apart; no other match can.
const CODE_STRIDE = 2 + regionSeparator.length;

/** The code's place in the table, found in its string: no index is built for a process's few lookups. */
function codeIndex(code: string): number | undefined {
  const at = code.length === 2 ? regionCodes.indexOf(code) : -1;
  return at >= 0 && at % CODE_STRIDE === 0 ? at / CODE_STRIDE : undefined;
}

/**
 * A two-letter region code ("DE") named in a locale's language ("Germany", "Deutschland"), from
 * the build-time table (every shipped language has one); a code the table does not know is
 * given back in capitals, as Intl.DisplayNames with `fallback: 'code'` gives it.
 */
export function regionName(code: string, locale: string): string {
  const upper = code.toUpperCase();
  const index = codeIndex(upper);
  const names = namesOf(languageOf(locale)) ?? namesOf('en');
  return index === undefined || names === undefined ? upper : names[index];
}
