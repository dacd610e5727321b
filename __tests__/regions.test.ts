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

test("a regional locale names countries in its language; no other locale asks Intl", () => {
  expect(regionName('de', 'en-GB')).toBe('Germany');
  expect(regionName('DE', 'zh-HK')).toBe(regionName('DE', 'zh-Hant'));
  // chooseLocale never gives another locale; English's names stand in.
  expect(regionName('DE', 'nl')).toBe('Germany');
  expect(regionName('de', 'not a locale')).toBe('Germany');
});

test('what is no two-letter code is given back as it is, even where the table holds it across codes', () => {
  // The codes are one string, "AC|AD|AE|..."; "C|", "|A" and "AC|A" occur in it but name nothing.
  for (const written of ['C|', '|A', 'AC|A', 'A', 'ACAD', '', '|']) expect(regionName(written, 'en')).toBe(written);
});
