// Thirty languages: the CV and an academic fixture (grants, students, teaching, talks, ongoing
// work) in each, read as a reader of that language would: its own headings, words for "now",
// months as Intl writes them, direction, and counts in the plural forms its grammar needs.
import { render } from '../src';
import { messagesOf } from '../src/i18n';
import { shippedLanguages } from '../src/i18n/tables';
import { LIMITS } from '../src/limits';
import { visibleText } from './helpers/html';

import cv from '../resume.json';
import academic from './fixtures/academic/sections.resume.json';

const LANGUAGES = [
  ...['en', 'ar', 'cs', 'da', 'de', 'el', 'es', 'fa', 'fi', 'fr', 'he', 'hi', 'hu', 'id', 'it'],
  ...['ja', 'ko', 'nb', 'nl', 'nn', 'pl', 'pt', 'ro', 'ru', 'sv', 'tr', 'uk', 'vi', 'zh', 'zh-Hant'],
];
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa']);

/** The month a date "2023-03" is in, as Intl writes it in a language's Gregorian calendar (what format() gives). */
function intlMonth(language: string, month: 'short' | 'long'): string {
  const gregorian = new Intl.DateTimeFormat(language).resolvedOptions().calendar === 'gregory';
  const format = new Intl.DateTimeFormat(gregorian ? language : `${language}-u-ca-gregory`, {
    year: 'numeric',
    month,
    timeZone: 'UTC',
  });
  return format.format(Date.UTC(2023, 2, 1));
}

/** Each section's key and heading, in page order. */
const sectionHeadings = (html: string) =>
  [...html.matchAll(/<section class="section section--([\w-]+)"[^>]*>\n<h2[^>]*>([^<]*)<\/h2>/g)].map(
    ([, key, heading]) => [key, visibleText(heading).replace(/[\u2068\u2069]/g, '')],
  );
/** The visible text, without the direction isolates that keep each part in its own direction. */
const textOf = (html: string) => visibleText(html).replace(/[\u2068\u2069]/g, '');

const ongoing = { name: 'Example Lab', position: 'Research Scientist', startDate: '2023-03' };
const cvIn = (language: string) => ({ ...cv, meta: { language, themeOptions: { dateStyle: 'short' } } });
const academicIn = (language: string) => ({
  ...academic,
  work: [ongoing],
  meta: { ...academic.meta, language, themeOptions: { ...academic.meta.themeOptions, counts: false } },
});

test('the theme ships exactly these thirty languages', () => {
  expect([...shippedLanguages].sort()).toEqual([...LANGUAGES].sort());
});

describe.each(LANGUAGES)('%s', (language) => {
  const messages = messagesOf(language)!;
  const english = messagesOf('en')!;
  // The fixtures as JSON gives them: strings where the types name a choice of words.
  const pages = { cv: render(cvIn(language) as never), academic: render(academicIn(language) as never) };

  test.each(Object.keys(pages))('the %s names its language and direction', (name) => {
    const html = pages[name as keyof typeof pages];
    const dir = RIGHT_TO_LEFT.has(language) ? ' dir="rtl"' : '';
    expect(html).toContain(`<html lang="${language}"${dir}>`);
  });

  test.each(Object.keys(pages))("the %s's headings are the language's own, none left in English", (name) => {
    const found = sectionHeadings(pages[name as keyof typeof pages]);
    expect(found.length).toBeGreaterThanOrEqual(4);
    for (const [key, heading] of found) {
      expect(heading).toBe(messages.sections[key as keyof typeof messages.sections]);
      if (language !== 'en' && heading === english.sections[key as keyof typeof english.sections])
        // A word English shares ("Publications" in French) is that language's word too.
        expect(['fr', 'da', 'nb', 'nn', 'sv', 'nl', 'id']).toContain(language);
    }
  });

  test('ongoing work and dates read in the language: its word for now, its months', () => {
    const text = textOf(pages.academic);
    expect(text).toContain(`${intlMonth(language, 'short')} – ${messages.present}`);
    if (language !== 'en') expect(text).not.toMatch(/\bPresent\b/);
    expect(textOf(pages.cv)).toContain(intlMonth(language, 'short'));
  });

  test('grants, students and teaching are labelled in the language', () => {
    const text = textOf(pages.academic);
    for (const label of [messages.terms, messages.enrolment, messages.grantTotals, messages.thesis, messages.now])
      expect(text).toContain(label);
    expect(text).toContain(messages.grantStatus.pending);
    expect(text).toContain(messages.studentLevels.phd);
  });
});

// Counts in the plural forms of Polish, Russian, Ukrainian and Czech (Intl.PluralRules), where a
// section runs past LIMITS.entriesPerSection: 1, 2-4 (and 22-24 but in Czech), 5 and up.
describe.each([
  ['pl', ['1 pozycja', '2 pozycje', '5 pozycji', '22 pozycje']],
  ['ru', ['1 запись', '2 записи', '5 записей', '22 записи']],
  ['uk', ['1 запис', '2 записи', '5 записів', '22 записи']],
  ['cs', ['1 další položka', '2 další položky', '5 dalších položek', '22 dalších položek']],
])('%s counts', (language, forms) => {
  test.each(forms)('%s', (form) => {
    const left = Number(form.split(' ')[0]);
    const work = Array.from({ length: LIMITS.entriesPerSection + left }, (_, i) => ({ name: `Lab ${i}` }));
    const note = /<p class="section__truncated">([^<]*)<\/p>/.exec(render({ work, meta: { language } }))?.[1];
    expect(note).toContain(form);
  });
});

test('a Persian page writes counts and years in Persian digits', () => {
  const html = render({ ...academic, meta: { ...academic.meta, language: 'fa' } } as never);
  const headings = sectionHeadings(html).map(([, heading]) => heading);
  expect(headings).toContain('انتشارات (۳)');
  expect(textOf(html)).toContain('مارس ۲۰۲۴');
  expect(textOf(html)).not.toMatch(/\(\d+\)/);
});

describe('a calendar the tag asks for', () => {
  const page = (language: string) =>
    textOf(
      render({
        basics: { name: 'A' },
        work: [{ name: 'Lab', startDate: '2023-03' }],
        meta: { language, lastModified: '2023-12-06' },
      }),
    );

  test('shows a date written to the day in it, and a month as written, in the Gregorian', () => {
    const persian = page('fa-u-ca-persian');
    expect(persian).toContain('۱۵ آذر ۱۴۰۲');
    expect(persian).toContain('مارس ۲۰۲۳');
    expect(page('fa')).toContain('۶ دسامبر ۲۰۲۳');
    expect(page('he-u-ca-hebrew')).toContain('23 בכסלו 5784');
  });

  test("is one of the language's own, else the Gregorian stays", () => {
    expect(page('en-u-ca-persian')).toContain('December 6, 2023');
    expect(page('fa-u-ca-hebrew')).toContain('۶ دسامبر ۲۰۲۳');
  });
});
