import { regionName } from '../src/format/regions';
import { catalog } from '../src/i18n';
import { regionNames } from '../src/generated/intl-tables';

const letters = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));
const everyCode = letters.flatMap((first) => letters.map((second) => first + second));

describe('the build-time region names', () => {
  test('cover every shipped language', () => {
    expect(Object.keys(regionNames).sort()).toEqual(Object.keys(catalog).sort());
  });

  // The table must say exactly what Intl.DisplayNames says, known code or not, in either case.
  test.each(Object.keys(regionNames))('%s names every two-letter code as Intl.DisplayNames does', (locale) => {
    const intl = new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' });
    for (const code of everyCode) {
      expect(regionName(code, locale)).toBe(intl.of(code));
      expect(regionName(code.toLowerCase(), locale)).toBe(intl.of(code));
    }
  });
});

test('other locales ask Intl', () => {
  expect(regionName('de', 'en-GB')).toBe('Germany');
  expect(regionName('DE', 'nl')).toBe('Duitsland');
});

test('a locale Intl rejects leaves the code as written', () => {
  expect(regionName('de', 'not a locale')).toBe('de');
});
