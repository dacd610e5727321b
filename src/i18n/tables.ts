/**
 * The build-time tables of the shipped languages (scripts/build.mjs): date patterns, country names
 * and, but for English, messages, each as a string parsed on first use. English's are part of the
 * theme; the other languages' are a module of their own, loaded the first time a page is in one
 * of them. Most pages are English, and Node then never parses the others' 45 KB: its CommonJS
 * build keeps them in dist/other-languages.cjs, as it keeps marked apart.
 */
import { english, languages } from '../generated/intl-tables';

export interface LanguageTables {
  /** The date patterns by style, then precision, as JSON (DatePattern in src/format/dates.ts). */
  datePatterns: string;
  /** The names of the codes of regionCodes, in order, joined by regionSeparator; none when Intl's disagree. */
  regionNames?: string;
  /** The language's message file, as JSON. */
  messages?: string;
}

/** The languages with a message file, English first. */
export const shippedLanguages: readonly string[] = languages;

// Resolved at build time, like marked (src/format/markdown.ts).
declare const require: (id: '../generated/other-languages') => typeof import('../generated/other-languages');
let others: Record<string, LanguageTables> | undefined;

/** A shipped language's tables, or undefined for any other language. */
export function languageTables(language: string): LanguageTables | undefined {
  if (language === 'en') return english;
  if (!languages.includes(language)) return undefined;
  others ??= require('../generated/other-languages').otherLanguages;
  return others[language];
}

/**
 * One of the tables, parsed the first time a language needs it and kept for the process: only
 * shipped languages (a fixed, short list) are ever added.
 */
export function parsedPerLanguage<T>(table: (tables: LanguageTables) => string | undefined, parse: (source: string) => T): (language: string) => T | undefined {
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
