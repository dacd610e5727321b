import de from './messages/de.json';
import en from './messages/en.json';
import es from './messages/es.json';
import fr from './messages/fr.json';
import ja from './messages/ja.json';
import ko from './messages/ko.json';
import pt from './messages/pt.json';
import zhHant from './messages/zh-Hant.json';
import zh from './messages/zh.json';

export type Messages = typeof en;

/** One message file per language; a test checks that each has exactly English's keys. */
export const catalog: Record<string, Messages> = { de, en, es, fr, ja, ko, pt, zh, 'zh-Hant': zhHant };

export interface LocaleChoice {
  /** A valid BCP 47 tag for Intl and `<html lang>`. */
  locale: string;
  messages: Messages;
  /** Arabic, Hebrew, Persian, Urdu and the like read right to left. */
  rtl: boolean;
}

// Languages written right to left by default, and the right-to-left scripts a tag may name.
const RTL_LANGUAGE = /^(?:ar|arc|ckb|dv|fa|he|iw|ps|sd|ug|ur|yi)(?:-|$)/i;
const RTL_SCRIPT = /-(?:arab|hebr|thaa|syrc|nkoo|adlm|rohg)(?:-|$)/i;
const LTR_SCRIPT = /-(?:latn|cyrl)(?:-|$)/i;

function canonicalLocale(language: string | undefined): string {
  if (!language) return 'en';
  try {
    return Intl.getCanonicalLocales(language)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

// Chinese written in Taiwan, Hong Kong and Macao, or tagged Hant, uses traditional characters.
const TRADITIONAL_CHINESE = /^zh-(?:hant\b|(?:\w{4}-)?(?:tw|hk|mo)\b)/i;

/**
 * Labels come from the language's message file ("pt-BR" uses pt's), or English for a language
 * without one; dates and lists always follow the locale itself.
 */
export function chooseLocale(language: string | undefined): LocaleChoice {
  const locale = canonicalLocale(language);
  const base = TRADITIONAL_CHINESE.test(locale) ? 'zh-Hant' : locale.split('-')[0].toLowerCase();
  const rtl = RTL_SCRIPT.test(locale) || (RTL_LANGUAGE.test(locale) && !LTR_SCRIPT.test(locale));
  return { locale, messages: catalog[locale] ?? catalog[base] ?? en, rtl };
}

/** Fills "{name}" placeholders. */
export function fillMessage(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? values[key] : whole,
  );
}
