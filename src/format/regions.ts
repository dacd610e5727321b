import { regionAlpha3, regionCodes, regionSeparator } from '../generated/intl-tables';
import { languageOf, parsedPerLanguage } from '../i18n/tables';

const namesOf = parsedPerLanguage(
  (tables) => tables.regionNames,
  (joined) => joined.split(regionSeparator),
);
/**
 * Each region's place in the tables, by its two-letter code and by its three-letter one; built on
 * the first lookup, from the build-time tables alone (the input only looks codes up).
 */
let codeIndexes: Map<string, number> | undefined;

function codeIndex(code: string): number | undefined {
  if (!codeIndexes) {
    const indexes = new Map<string, number>();
    regionCodes.split(regionSeparator).forEach((alpha2, i) => indexes.set(alpha2, i));
    // A region without a three-letter code holds "---", which is no code.
    regionAlpha3.split(regionSeparator).forEach((alpha3, i) => alpha3 !== '---' && indexes.set(alpha3, i));
    codeIndexes = indexes;
  }
  return codeIndexes.get(code);
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
