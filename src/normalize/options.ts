/**
 * `meta.themeOptions`, read as src/input/options.ts describes each option, and `meta.pdfRenderOptions.format`,
 * which resumed passes to Chromium, for an option that says it stands for it (`orPdfFormat`).
 */
import { LIMITS } from '../limits';
import { asked, dropped } from '../observe';
import { THEME_OPTIONS, type NThemeOptions, type OptionKind } from '../input/options';
import { firstOf, text, textLists, texts } from './read';
import { isRecord, keyForm, Source } from './source';

export type { NThemeOptions } from '../input/options';

/** "A4" or "Letter"; "short", "long" or "numeric". */
function either(values: readonly string[]): string {
  const quoted = values.map((value) => JSON.stringify(value));
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** Headings by the key form of their section's key; each key read as a capped line. */
function labels(source: Source): Map<string, string> {
  const found = new Map<string, string>();
  const written = source.get('labels');
  if (!isRecord(written)) return found;
  for (const key of Object.keys(written).slice(0, LIMITS.itemsPerList)) {
    const form = keyForm(text(key) ?? '');
    const label = text(written[key]);
    if (label) asked(written, key, key);
    if (label && !found.has(form)) found.set(form, label);
  }
  return found;
}

/** One option, by its kind; a value the theme cannot use gives the default, and the check command says so. */
function option(
  source: Source,
  name: keyof typeof THEME_OPTIONS,
  description: OptionKind,
  pdfFormat: string | undefined,
): unknown {
  const pick = () => firstOf(source, [name], text);
  const unused = (value: unknown, allowed: string, fallback: string) =>
    dropped(source.get(name) ?? value, `not used: ${name} is ${allowed}; ${fallback} is used`);
  switch (description.kind) {
    case 'choice': {
      const given = pick();
      const written = given ?? (description.orPdfFormat ? pdfFormat : undefined);
      const chosen = description.values.find((value) => value.toLowerCase() === written?.toLowerCase());
      if (given && !chosen) unused(given, either(description.values), description.default);
      return chosen ?? description.default;
    }
    case 'flag': {
      const value = source.get(name);
      if (value === true || value === 'true') return true;
      return value === false || value === 'false' ? false : description.default;
    }
    case 'count': {
      const written = pick();
      const count = Number(written);
      if (written && !(Number.isInteger(count) && count >= 0))
        unused(written, 'a whole number from 0', String(description.default));
      return Number.isInteger(count) && count >= 0 && written !== undefined ? count : description.default;
    }
    case 'text':
      return pick();
    case 'texts':
      // Not shown on the page, so a longer list is cut without a mark.
      return (firstOf(source, [name], textLists) ?? []).slice(0, description.max);
    case 'sections': {
      const order = texts(source.get(name), false, text);
      return order.length > 0 ? [...new Set(order)] : undefined;
    }
    case 'labels':
      return labels(source);
  }
}

export function themeOptions(value: unknown, pdfRenderOptions: unknown): NThemeOptions {
  const source = new Source(isRecord(value) ? value : {});
  const pdfFormat = isRecord(pdfRenderOptions) ? firstOf(new Source(pdfRenderOptions), ['format'], text) : undefined;
  const read: Record<string, unknown> = {};
  for (const [name, description] of Object.entries(THEME_OPTIONS) as Array<[keyof typeof THEME_OPTIONS, OptionKind]>)
    read[name] = option(source, name, description, pdfFormat);
  return read as NThemeOptions;
}
