import { HtmlValidate } from 'html-validate';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

const INLINE_TAG = /<\/?(?:a|strong|em|b|i|time|span|code|del)\b[^>]*>/gi;

/**
 * The text a reader sees: no head, no tags, entities decoded, white space folded. Inline tags
 * vanish; block tags become a space, or a line break (to tell blocks apart).
 */
export function visibleText(html: string, separator: ' ' | '\n' = ' '): string {
  const text = html
    .replace(/<head>[\s\S]*?<\/head>/i, ' ')
    .replace(INLINE_TAG, '')
    .replace(/<[^>]+>/g, separator)
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (whole, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#') && name !== '#39') return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name] ?? whole;
    });
  const folded =
    separator === '\n' ? text.replace(/[^\S\n]+/g, ' ').replace(/\s*\n\s*/g, '\n') : text.replace(/\s+/g, ' ');
  return folded.trim();
}

const JSON_LD = /<script type="application\/ld\+json">([^<]*)<\/script>/;

/**
 * The page without its one JSON-LD block (data, not script: themeOptions.metadata), which must be
 * JSON that parses, with no "<" in it: so that a test of "no script" reads the rest of the page.
 */
export function withoutMetadata(html: string): string {
  const found = JSON_LD.exec(html);
  if (!found) return html;
  JSON.parse(found[1]);
  return html.replace(found[0], '');
}

// Phone numbers keep their own spaces and hyphens (so copying and search find them) and stay on
// one line through CSS: the rule's documented option for a class that sets white-space: nowrap.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'tel-non-breaking': ['error', { ignoreClasses: ['contacts__phone'] }] },
});

/** html-validate's recommended rules; returns the messages so a failure shows what is wrong. */
export async function validationErrors(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((result) =>
    result.messages.map((m) => `${m.ruleId} at ${m.line}:${m.column}: ${m.message}`),
  );
}

/** The `id` of each rendered section, in page order. */
export function sectionOrder(html: string): string[] {
  return [...html.matchAll(/<section class="section section--([\w-]+)"/g)].map((m) => m[1]);
}

/** The section headings, in page order, as a reader sees them. */
export function headings(html: string): string[] {
  return [...html.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => visibleText(m[1]));
}

/** Freezes a value and all it holds (typed arrays cannot be frozen and are left as they are). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
