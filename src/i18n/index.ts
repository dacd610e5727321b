import en from './messages/en.json';

export type Messages = typeof en;
export type SectionLabels = Messages['sections'];

const catalog: Record<string, Messages> = { en };

export interface LocaleChoice {
  /** A valid BCP 47 tag for Intl and `<html lang>`. */
  locale: string;
  messages: Messages;
}

function canonicalLocale(language: string | undefined): string {
  if (!language) return 'en';
  try {
    return Intl.getCanonicalLocales(language)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** "pt-BR" uses pt-BR's messages, else pt's, else English; dates always follow the locale itself. */
export function chooseLocale(language: string | undefined): LocaleChoice {
  const locale = canonicalLocale(language);
  const base = locale.split('-')[0].toLowerCase();
  return { locale, messages: catalog[locale] ?? catalog[base] ?? en };
}

/** Fills "{name}" placeholders. */
export function fillMessage(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
