/**
 * The build-time tables (scripts/build.mjs) of the shipped languages and of their regional
 * locales ("en-GB"): date patterns, list separators, country names and, but for English,
 * messages, each as a string parsed on first use. Pages are formatted from these alone, so no
 * Intl formatter (whose ICU data a process keeps, and which V8 frees late) is made per page.
 * English's are part of the theme; the others are a module of their own, loaded the first time a
 * page needs one of them. Most pages are English, and Node then never parses the others' tables:
 * its CommonJS build keeps them in dist/other-languages.cjs, as it keeps marked apart.
 */
import { english, languages, regionalLocales } from '../generated/intl-tables';

export interface LanguageTables {
  /** The date patterns by style, then precision, as JSON (DatePattern in src/format/dates.ts). */
  datePatterns: string;
  /** A regional locale's list separators by style, as JSON (ListPattern in src/format/lists.ts). */
  listPatterns?: string;
  /** The names of the codes of regionCodes, in order, joined by regionSeparator. */
  regionNames?: string;
  /** The language's message file, as JSON. */
  messages?: string;
}

/** The languages with a message file, English first. */
export const shippedLanguages: readonly string[] = languages;

/** The regional locale a language tag's language and region name, if it is one of the tables'. */
export function regionalLocale(language: string, region: string): string | undefined {
  const locale = `${language}-${region}`;
  return Object.hasOwn(regionalLocales, locale) ? locale : undefined;
}

/** The shipped language of a locale: itself, or a regional locale's ("en-GB" is "en", "zh-HK" "zh-Hant"). */
export function languageOf(locale: string): string {
  return Object.hasOwn(regionalLocales, locale) ? regionalLocales[locale][0] : locale;
}

// Resolved at build time, like marked (src/format/markdown.ts).
declare const require: (id: '../generated/other-languages') => typeof import('../generated/other-languages');
let others: typeof import('../generated/other-languages') | undefined;

/** The tables of a shipped language or a regional locale, or undefined for any other. */
export function languageTables(locale: string): LanguageTables | undefined {
  if (locale === 'en') return english;
  const regional = Object.hasOwn(regionalLocales, locale);
  if (!regional && !languages.includes(locale)) return undefined;
  others ??= require('../generated/other-languages');
  return regional ? others.regionalSets[regionalLocales[locale][1]] : others.otherLanguages[locale];
}

/**
 * One of the tables, parsed the first time a locale needs it and kept for the process: only
 * the tables' locales (a fixed list) are ever added.
 */
export function parsedPerLanguage<T>(
  table: (tables: LanguageTables) => string | undefined,
  parse: (source: string) => T,
): (language: string) => T | undefined {
  const parsed = new Map<string, T>();
  return (language) => {
    let value = parsed.get(language);
    if (value === undefined) {
      const tables = languageTables(language);
      const source = tables && table(tables);
      if (source === undefined) return undefined;
      value = parse(source);
      parsed.set(language, value);
    }
    return value;
  };
}
