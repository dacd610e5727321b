import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '../src';
import { chooseLocale, fillMessage, messagesOf } from '../src/i18n';
import { shippedLanguages } from '../src/i18n/tables';
import { safeColor } from '../src/format/colors';
import { headings, sectionOrder, validationErrors, visibleText, withoutMetadata } from './helpers/html';

import cv from '../resume.json';
const withMeta = (meta: object, resume = cv) => ({ ...resume, meta: { ...resume.meta, ...meta } });
const shape = (value: unknown): unknown =>
  typeof value === 'object' && value !== null
    ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
    : typeof value;

describe('message files', () => {
  const dir = join(__dirname, '..', 'src', 'i18n', 'messages');
  const files = readdirSync(dir);

  test('ship at least en, ko, de, fr, es, ja and zh, each loaded', () => {
    expect(files).toEqual(
      expect.arrayContaining(['en.json', 'ko.json', 'de.json', 'fr.json', 'es.json', 'ja.json', 'zh.json']),
    );
    expect([...shippedLanguages].sort()).toEqual(files.map((f) => f.replace('.json', '')).sort());
  });

  test.each(files)('%s has exactly the keys of en.json, all non-empty', (file) => {
    const language = file.replace('.json', '');
    const messages = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    expect(messagesOf(language)).toEqual(messages);
    // A plural message has a form for each of the language's plural categories, no more.
    const { moreEntries, ...rest } = messages;
    const english: Record<string, unknown> = { ...messagesOf('en') };
    delete english.moreEntries;
    expect(shape(rest)).toEqual(shape(english));
    expect(Object.keys(moreEntries as object).sort()).toEqual(
      [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort(),
    );
    expect(JSON.stringify(messages)).not.toMatch(/""/);
    expect(messages.updated).toContain('{date}');
  });
});

describe('choosing the language', () => {
  test.each([
    ['ko', 'ko', 'ko'],
    ['de-AT', 'de-AT', 'de'],
    ['pt-BR', 'pt-BR', 'pt'],
    ['zh-TW', 'zh-TW', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant-HK', 'zh-Hant'],
    ['zh-CN', 'zh-CN', 'zh'],
    ['sv', 'sv', 'sv'],
    ['sw', 'sw', 'en'],
    ['not a tag!', 'en', 'en'],
    [undefined, 'en', 'en'],
  ])('%p renders lang=%p with %p labels', (language, lang, labels) => {
    const choice = chooseLocale(language);
    expect(choice.lang).toBe(lang);
    expect(choice.messages).toBe(messagesOf(labels));
  });
});

describe('the CV in Korean', () => {
  const html = render(withMeta({ language: 'ko', themeOptions: { sections: cv.meta.themeOptions.sections } }));
  const text = visibleText(html);

  test('sets lang, Korean headings and Korean dates', () => {
    expect(html).toContain('<html lang="ko">');
    expect(headings(html)).toEqual(['요약', '경력', '논문', '학력', '수상', '강연', '기술', '학술 활동']);
    expect(text).toContain('2023년 3월 – 현재');
    expect(text).toContain('2023년 12월 6일 업데이트');
    expect(text).toContain('학위 논문: Practical Bayesian Neural Networks');
    expect(text).toContain('지도 교수: Prof. Songkuk Kim');
  });

  test('is valid HTML', async () => {
    expect(await validationErrors(html)).toEqual([]);
  });
});

describe('the CV in German', () => {
  const html = render(withMeta({ language: 'de', themeOptions: {} }));
  const text = visibleText(html);
  test('reads "März 2023 – heute" with German headings', () => {
    expect(html).toContain('<html lang="de">');
    expect(text).toContain('März 2023 – heute');
    expect(text).toContain('Stand: 6. Dezember 2023');
    expect(headings(html)).toContain('Berufserfahrung');
    expect(headings(html)).toContain('Vorträge');
    expect(text).toContain('Namuk Park, Wonjae Kim, Byeongho Heo, Taekyung Kim und Sangdoo Yun');
  });
});

test.each(['fr', 'es', 'ja', 'zh', 'zh-TW', 'pt-BR'])(
  'the CV in %s has translated headings and no English "Present"',
  (language) => {
    const html = render(withMeta({ language, themeOptions: {} }));
    const { messages } = chooseLocale(language);
    expect(headings(html)).toContain(messages.sections.publications);
    expect(visibleText(html)).toContain(messages.present);
    expect(visibleText(html)).not.toContain('Present');
  },
);

test('a language without a message file is named by <html lang> and speaks English throughout', () => {
  const html = render(withMeta({ language: 'sw', themeOptions: {} }));
  expect(html).toContain('<html lang="sw">');
  expect(headings(html)).toContain('Experience');
  // Not "mars 2023 – Present": dates, lists and labels in one language.
  expect(visibleText(html)).toContain('Mar 2023 – Present');
});

test('a region changes dates and lists only where the tables have its locale', () => {
  const dates = (language: string) =>
    visibleText(
      render({
        basics: { name: 'A' },
        work: [{ name: 'L', startDate: '2023-03-05', endDate: '2023-04-09' }],
        meta: { language, themeOptions: { datePrecision: 'day' } },
      }),
    );
  expect(dates('en-GB')).toContain('5 Mar 2023 – 9 Apr 2023');
  expect(dates('en-US')).toContain('Mar 5, 2023 – Apr 9, 2023');
  // No table for French in Germany: French as in France.
  expect(dates('fr-DE')).toBe(dates('fr'));
  expect(chooseLocale('fr-DE').locale).toBe('fr');
  expect(chooseLocale('zh-HK').locale).toBe('zh-HK');
  expect(chooseLocale('sw-KE').locale).toBe('en');
});

test('labels in themeOptions win over the translations', () => {
  const html = render(withMeta({ language: 'ko', themeOptions: { labels: { publications: 'Selected Papers' } } }));
  expect(headings(html)).toContain('Selected Papers');
  expect(headings(html)).toContain('경력');
});

describe('theme options', () => {
  const base = {
    basics: { name: 'Namuk Park', image: 'data:image/png;base64,iVBORw0KGgo=' },
    work: [{ name: 'X', startDate: '2023-03-05' }],
  };

  test.each([
    ['short', 'Mar 5, 2023'],
    ['long', 'March 5, 2023'],
    ['numeric', '03/05/2023'],
  ])('dateStyle %s, to the day with datePrecision day', (dateStyle, expected) => {
    expect(
      visibleText(render({ ...base, meta: { themeOptions: { dateStyle, datePrecision: 'day' } } } as never)),
    ).toContain(expected);
  });

  test('photo: false hides the photo', () => {
    expect(render(base)).toContain('<img class="header__photo"');
    expect(render({ ...base, meta: { themeOptions: { photo: false } } })).not.toContain('<img');
  });

  test('nameForms are emphasized like basics.name', () => {
    const html = render({
      ...base,
      publications: [{ name: 'P', authors: ['박나묵', 'Songkuk Kim'] }],
      meta: { themeOptions: { nameForms: ['박나묵'] } },
    });
    expect(html).toContain('<strong class="publication__owner">박나묵</strong>');
    expect(html).not.toContain('<strong class="publication__owner">Songkuk Kim</strong>');
  });

  test('pageSize Letter (or meta.pdfRenderOptions.format Letter) sets the printed page size', () => {
    expect(render({ ...base, meta: { themeOptions: { pageSize: 'Letter' } } })).toContain('@page{size:letter}');
    expect(render({ ...base, meta: { pdfRenderOptions: { format: 'letter' } } } as never)).toContain(
      '@page{size:letter}',
    );
    expect(
      render({ ...base, meta: { pdfRenderOptions: { format: 'Letter' }, themeOptions: { pageSize: 'A4' } } } as never),
    ).not.toContain('size:letter');
    expect(render(base)).not.toContain('size:letter');
  });

  test('a valid accent colour reaches the stylesheet, for print and light screens', () => {
    const html = render({ ...base, meta: { themeOptions: { accentColor: '#7a1f1f' } } });
    expect(html).toContain('@media print,not all and (prefers-color-scheme:dark){:root{--accent:#7a1f1f}}');
  });

  test.each([
    'red;}body{display:none',
    '#fff}</style><script>alert(1)</script>',
    'url(https://evil.example/x.png)',
    'expression(alert(1))',
    'rgb(1,2,3);background:url(x)',
    'notacolour',
    '#12345',
  ])('accent colour %p is ignored', (accentColor) => {
    const html = render({ ...base, meta: { themeOptions: { accentColor } } });
    expect(html).not.toContain('--accent:' + accentColor.slice(0, 4));
    expect(withoutMetadata(html)).not.toMatch(/<script|evil\.example|display:none|expression\(/);
  });
});

test.each([
  ['#1d4f91', '#1d4f91'],
  ['#ABC', '#ABC'],
  ['rgb(29, 79, 145)', 'rgb(29, 79, 145)'],
  ['hsl(215 67% 34%)', 'hsl(215 67% 34%)'],
  ['rgba(0,0,0,.5)', 'rgba(0,0,0,.5)'],
  ['DarkRed', 'darkred'],
  ['javascript:alert(1)', undefined],
  ['red !important', undefined],
])('safeColor(%p) is %p', (input, expected) => {
  expect(safeColor(input)).toBe(expected);
});

test('sections from themeOptions that have no content are still skipped', () => {
  expect(
    sectionOrder(render({ basics: { name: 'A' }, meta: { themeOptions: { sections: ['publications', 'talks'] } } })),
  ).toEqual([]);
});

describe('right-to-left languages', () => {
  test.each([
    ['ar', true],
    ['he-IL', true],
    ['fa', true],
    ['ur-PK', true],
    ['az-Arab', true],
    ['ku-Latn', false],
    ['en', false],
    ['ko', false],
  ])('%s: rtl %p', (language, rtl) => {
    expect(chooseLocale(language).rtl).toBe(rtl);
    const html = render({ basics: { name: 'A' }, meta: { language } });
    expect(html.includes(`<html lang="${chooseLocale(language).lang}" dir="rtl">`)).toBe(rtl);
  });
});

describe('fillMessage', () => {
  // What it replaced: a pattern with a callback, which fills exactly the same placeholders.
  const byPattern = (template: string, values: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? values[key] : whole));

  test('fills every known placeholder once and leaves the rest as written', () => {
    expect(fillMessage('{studyType} in {area}', { studyType: 'PhD', area: 'Physics' })).toBe('PhD in Physics');
    expect(fillMessage('{{a}} {b} {a', { a: '{b}', b: 'x' })).toBe('{{b}} x {a');
    expect(fillMessage('{toString} {constructor}', { a: 'x' })).toBe('{toString} {constructor}');
    expect(fillMessage('no placeholder', { a: 'x' })).toBe('no placeholder');
  });

  test('gives what the pattern gave, for any template and values', () => {
    const piece = fc.constantFrom('{', '}', 'a', 'b', 'ab', ' ', '_', '-', 'é', '{a}', '{b}', '{c}', '{}');
    const template = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
    const values = fc.dictionary(fc.constantFrom('a', 'b', 'ab', '_'), fc.constantFrom('', 'x', '{a}', '}', '{'));
    fc.assert(
      fc.property(template, values, (text, given) => {
        expect(fillMessage(text, given)).toBe(byPattern(text, given));
      }),
      { numRuns: 20000 },
    );
  });
});
