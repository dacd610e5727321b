import { regionCodes, regionNames, regionSeparator } from '../generated/intl-tables';
import { cachedFormatter } from './formatter-cache';

const displayNames = new Map<string, Intl.DisplayNames>();
// Split once per process and shipped locale (a fixed, short list), the first time one is needed.
let codeIndex: Map<string, number> | undefined;
const tableNames = new Map<string, string[]>();

function fromTable(code: string, locale: string): string | undefined {
  if (!Object.hasOwn(regionNames, locale)) return undefined;
  codeIndex ??= new Map(regionCodes.split(regionSeparator).map((known, i) => [known, i]));
  let names = tableNames.get(locale);
  if (!names) {
    names = regionNames[locale].split(regionSeparator);
    tableNames.set(locale, names);
  }
  const index = codeIndex.get(code);
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
