import { regionName } from '../src/format/regions';
import { languageTables, shippedLanguages } from '../src/i18n/tables';

const letters = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));
const everyCode = letters.flatMap((first) => letters.map((second) => first + second));

describe('the build-time region names', () => {
  test('cover every shipped language', () => {
    for (const language of shippedLanguages) expect(languageTables(language)?.regionNames).toEqual(expect.any(String));
  });

  // The table must say exactly what Intl.DisplayNames says, known code or not, in either case.
  test.each(shippedLanguages)('%s names every two-letter code as Intl.DisplayNames does', (locale) => {
    const intl = new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' });
    for (const code of everyCode) {
      expect(regionName(code, locale)).toBe(intl.of(code));
      expect(regionName(code.toLowerCase(), locale)).toBe(intl.of(code));
    }
  });
});

test('a regional locale names countries in its language; no other locale asks Intl', () => {
  expect(regionName('de', 'en-GB')).toBe('Germany');
  expect(regionName('DE', 'zh-HK')).toBe(regionName('DE', 'zh-Hant'));
  // chooseLocale never gives another locale; English's names stand in.
  expect(regionName('DE', 'sw')).toBe('Germany');
  expect(regionName('de', 'not a locale')).toBe('Germany');
});

test('what is no two-letter code is given back as it is, even where the table holds it across codes', () => {
  // The codes are one string, "AC|AD|AE|..."; "C|", "|A" and "AC|A" occur in it but name nothing.
  for (const written of ['C|', '|A', 'AC|A', 'A', 'ACAD', '', '|']) expect(regionName(written, 'en')).toBe(written);
});

test('a three-letter code (ISO 3166-1 alpha-3) names the same country as its two-letter code', () => {
  const pairs = {
    CAN: 'CA',
    DEU: 'DE',
    USA: 'US',
    GBR: 'GB',
    KOR: 'KR',
    JPN: 'JP',
    CHN: 'CN',
    FRA: 'FR',
    BRA: 'BR',
    IND: 'IN',
    ZAF: 'ZA',
    NZL: 'NZ',
    AND: 'AD',
    ZWE: 'ZW',
  };
  for (const [alpha3, alpha2] of Object.entries(pairs)) {
    for (const locale of ['en', 'de', 'ko']) {
      expect(regionName(alpha3, locale)).toBe(regionName(alpha2, locale));
      expect(regionName(alpha3.toLowerCase(), locale)).toBe(regionName(alpha2, locale));
    }
  }
  expect(regionName('CAN', 'en')).toBe('Canada');
  expect(regionName('DEU', 'de')).toBe('Deutschland');
  // Three letters that are no code stay as written; no match across codes ("---|AND" holds "-|A").
  for (const written of ['XYZ', 'Abc', '-|A', '---', 'ND|']) expect(regionName(written, 'en')).toBe(written);
});
