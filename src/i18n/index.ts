import en from './messages/en.json';
import { parsedPerLanguage, shippedLanguages } from './tables';

export type Messages = typeof en;

// Each other language's messages, parsed the first time a page is in it (see ./tables).
const otherMessages = parsedPerLanguage((tables) => tables.messages, (source) => JSON.parse(source) as Messages);

/** The messages of a language with a message file ("ko", "zh-Hant"), or undefined; a test checks each has English's keys. */
export function messagesOf(language: string): Messages | undefined {
  return language === 'en' ? en : otherMessages(language);
}

export interface LocaleChoice {
  /** The page's `<html lang>`: the resume's language, subtags beyond language-Script-REGION dropped. */
  lang: string;
  /**
   * What dates and lists are formatted in: a locale Intl has data for, as Intl resolves it, or
   * English. Never the raw tag, so anything cached per locale stays a short list.
   */
  locale: string;
  messages: Messages;
  /** Arabic, Hebrew, Persian, Urdu and the like read right to left. */
  rtl: boolean;
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
 * A locale ICU has data for, as Intl resolves it ("en-XX" is "en"), or English. Intl would
 * otherwise format an unknown language ("la", "qaa") in the server's own locale.
 */
function formattingLocale(tag: string): string {
  if (shippedLanguages.includes(tag)) return tag;
  try {
    const known = Intl.DateTimeFormat.supportedLocalesOf([tag], { localeMatcher: 'lookup' }).length > 0;
    return known ? new Intl.DateTimeFormat(tag).resolvedOptions().locale : 'en';
  } catch {
    return 'en';
  }
}

/**
 * Labels come from the language's message file ("pt-BR" uses pt's), or English for a language
 * without one; dates and lists follow the locale itself. Unicode extensions and private-use
 * subtags ("en-u-nu-arab", "en-x-...") are dropped: they change neither the language nor the
 * direction, and every distinct one would otherwise be a new locale.
 */
export function chooseLocale(language: string | undefined): LocaleChoice {
  const tag = parseTag(language);
  if (!tag) return { lang: 'en', locale: 'en', messages: en, rtl: false };
  const lang = [tag.language, tag.script, tag.region].filter(Boolean).join('-');
  const traditional = tag.language === 'zh' && (tag.script === 'Hant' || (!tag.script && TRADITIONAL_CHINESE_REGIONS.has(tag.region ?? '')));
  const messageKey = traditional ? 'zh-Hant' : tag.language;
  const messages = messagesOf(messageKey) ?? en;
  const rtl = tag.script ? RTL_SCRIPTS.has(tag.script) : RTL_LANGUAGES.has(tag.language);
  return { lang, locale: formattingLocale(lang), messages, rtl };
}

/**
 * Fills "{name}" placeholders whose names `values` has; anything else stays as written. Found
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
      filled += template.slice(copied, open) + values[name];
      copied = close + 1;
      open = close;
    }
  }
  return copied === 0 ? template : filled + template.slice(copied);
}
