import { isolate } from '../format/bidi';
import en from './messages/en.json';
import { parsedPerLanguage, regionalLocale } from './tables';

export type Messages = typeof en;

// Each other language's messages, parsed the first time a page is in it (see ./tables).
const otherMessages = parsedPerLanguage(
  (tables) => tables.messages,
  (source) => JSON.parse(source) as Messages,
);

/** The messages of a language with a message file ("ko", "zh-Hant"), or undefined; a test checks each has English's keys. */
export function messagesOf(language: string): Messages | undefined {
  return language === 'en' ? en : otherMessages(language);
}

export interface LocaleChoice {
  /** The page's `<html lang>`: the resume's language, subtags beyond language-Script-REGION dropped. */
  lang: string;
  /**
   * What dates, lists and countries are formatted in: a shipped language or one of its regional
   * locales (see chooseLocale). Never the raw tag, so anything kept per locale stays a short list.
   */
  locale: string;
  messages: Messages;
  /** Arabic, Hebrew, Persian, Urdu and the like read right to left. */
  rtl: boolean;
  /**
   * A calendar other than the Gregorian that the tag asks for and its language keeps
   * ("fa-u-ca-persian", see CALENDARS): dates written to the day are shown in it (src/format/dates.ts).
   */
  calendar?: string;
}

// Languages written right to left by default, and the right-to-left scripts a tag may name.
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ps', 'sd', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);
// Chinese written in Taiwan, Hong Kong and Macao uses traditional characters.
const TRADITIONAL_CHINESE_REGIONS = new Set(['TW', 'HK', 'MO']);

function parseTag(language: string | undefined): Intl.Locale | undefined {
  if (!language) return undefined;
  try {
    const tag = new Intl.Locale(language);
    // "und" (undetermined) names no language; Node 20 reads its language as undefined.
    return tag.language && tag.language !== 'und' ? tag : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The calendars beside the Gregorian that a shipped language's own documents use, which a tag may
 * ask for with `-u-ca-`. A short fixed list: a process keeps a formatter for each one a page has
 * used (src/format/dates.ts), as V8 frees formatters too late to make one per page (40,000 pages
 * with a new one each grew a process by 650 MB).
 */
const CALENDARS: Readonly<Record<string, readonly string[]>> = {
  fa: ['persian'],
  ar: ['islamic', 'islamic-civil', 'islamic-umalqura'],
  he: ['hebrew'],
  ja: ['japanese'],
  'zh-Hant': ['roc'],
  hi: ['indian'],
};

/** The calendar a tag names with `-u-ca-`, if it is one of its language's CALENDARS. */
function calendarOf(tag: Intl.Locale, language: string): string | undefined {
  const { calendar } = tag;
  return calendar && CALENDARS[language]?.includes(calendar) ? calendar : undefined;
}

/**
 * A page speaks one shipped language: its labels, dates, lists and country names all come from
 * the language's tables ("pt-BR" uses pt's), or from English's for a language without a message
 * file (its `<html lang>` still names it). A region changes the dates and lists only where the
 * tables have it ("en-GB", "zh-TW"). Unicode extensions and private-use subtags ("en-u-nu-arab",
 * "en-x-...") are dropped: they change neither the language nor the direction, but for a calendar
 * of the language's own (CALENDARS). So whatever tags a process is given, it formats in a fixed
 * set of locales, from tables and the few calendars' formatters; the one Intl formatter a render
 * makes (money, src/view-model/grants.ts) is in that locale and lives for that render.
 */
export function chooseLocale(language: string | undefined): LocaleChoice {
  const tag = parseTag(language);
  if (!tag) return { lang: 'en', locale: 'en', messages: en, rtl: false };
  const lang = [tag.language, tag.script, tag.region].filter(Boolean).join('-');
  const traditional =
    tag.language === 'zh' &&
    (tag.script === 'Hant' || (!tag.script && TRADITIONAL_CHINESE_REGIONS.has(tag.region ?? '')));
  const messageKey = traditional ? 'zh-Hant' : tag.language;
  const messages = messagesOf(messageKey);
  const rtl = tag.script ? RTL_SCRIPTS.has(tag.script) : RTL_LANGUAGES.has(tag.language);
  if (!messages) return { lang, locale: 'en', messages: en, rtl };
  const calendar = calendarOf(tag, messageKey);
  const regional =
    tag.region && regionalLocale(tag.script ? `${tag.language}-${tag.script}` : tag.language, tag.region);
  return { lang, locale: regional || messageKey, messages, rtl, calendar };
}

// Each locale's plural rules and number format, made the first time a count is shown in it: the
// locales are chooseLocale's fixed list, and V8 frees formatters too late to make them per page.
const countFormats = new Map<string, [Intl.PluralRules, Intl.NumberFormat]>();

/**
 * A message with a form for each plural category of the language (Intl.PluralRules: English's
 * one and other, Polish's one, few and many, Arabic's six), filled with a count in the
 * language's digits.
 */
export function pluralMessage(forms: Record<string, string>, count: number, locale: string): string {
  let formats = countFormats.get(locale);
  if (!formats) {
    formats = [new Intl.PluralRules(locale), new Intl.NumberFormat(locale)];
    countFormats.set(locale, formats);
  }
  const form = forms[formats[0].select(count)] ?? forms.other;
  return fillMessage(form, { count: formats[1].format(count) });
}

/**
 * Fills "{name}" placeholders whose names `values` has, each value isolated for direction (a
 * Hebrew degree must not reorder "in"); anything else stays as written. Found
 * with indexOf, not a pattern with a callback, which cost several times more on every entry.
 */
export function fillMessage(template: string, values: Record<string, string>): string {
  let filled = '';
  let copied = 0;
  for (let open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
    const close = template.indexOf('}', open + 1);
    if (close < 0) break;
    const name = template.slice(open + 1, close);
    if (Object.hasOwn(values, name)) {
      filled += template.slice(copied, open) + isolate(values[name]);
      copied = close + 1;
      open = close;
    }
  }
  return copied === 0 ? template : filled + template.slice(copied);
}
