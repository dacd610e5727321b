import { regionAlpha3, regionCodes, regionSeparator } from '../generated/intl-tables';
import { languageOf, parsedPerLanguage } from '../i18n/tables';

const namesOf = parsedPerLanguage(
  (tables) => tables.regionNames,
  (joined) => joined.split(regionSeparator),
);
// Codes in a table are all of one length, so each starts a multiple of this apart; no other match can.
const strideOf = (length: number) => length + regionSeparator.length;

/** The code's place in a table of codes of its length, found in its string: no index is built for a process's few lookups. */
function codeIndex(code: string): number | undefined {
  // Letters only: a region without a three-letter code holds "---" in its place.
  const table = code.length === 2 ? regionCodes : code.length === 3 && !code.includes('-') ? regionAlpha3 : undefined;
  const at = table === undefined ? -1 : table.indexOf(code);
  return at >= 0 && at % strideOf(code.length) === 0 ? at / strideOf(code.length) : undefined;
}

/**
 * A two- or three-letter region code ("DE", "DEU") named in a locale's language ("Germany", "Deutschland"), from
 * the build-time table (every shipped language has one); a code the table does not know is
 * given back (two letters in capitals, as Intl.DisplayNames with `fallback: 'code'` gives them).
 */
export function regionName(code: string, locale: string): string {
  const upper = code.toUpperCase();
  const index = codeIndex(upper);
  const names = namesOf(languageOf(locale)) ?? namesOf('en');
  if (index !== undefined && names !== undefined) return names[index];
  return code.length === 2 ? upper : code;
}
