import fc from 'fast-check';
import { formatList, listParts } from '../src/format/lists';
import { listPatterns, regionalLocales } from '../src/generated/intl-tables';

describe('build-time list separators', () => {
  const keys = Object.keys(listPatterns);

  test('cover English and most shipped locales; Spanish (contextual "y"/"e") stays on Intl', () => {
    expect(keys).toEqual(expect.arrayContaining(['en|long', 'en|short', 'ko|long', 'de|long', 'ja|long', 'zh|long']));
    expect(keys).not.toContain('es|long');
  });

  // Intl's separators, but for the ampersand: CVs write "A, B & C", with no comma before it.
  const intlFormat = (intl: Intl.ListFormat, items: string[]) =>
    intl
      .formatToParts(items)
      // Around an empty item Intl merges separators into one literal (", , & ").
      .map((part) =>
        part.type === 'literal' && part.value.endsWith(', & ') ? `${part.value.slice(0, -4)} & ` : part.value,
      )
      .join('');

  // The regional locales ("en-GB" writes "A, B and C") from their own tables, or Intl for Spanish.
  const regional = Object.keys(regionalLocales).flatMap((locale) => [`${locale}|long`, `${locale}|short`]);

  test.each([...keys, ...regional])('%s matches Intl.ListFormat for any list', (key) => {
    const [locale, style] = key.split('|') as [string, Intl.ListFormatStyle];
    const intl = new Intl.ListFormat(locale, { type: 'conjunction', style });
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('Ana', 'Irene', '이순신', 'and')), { maxLength: 7 }),
        (items) => {
          expect(formatList(items, locale, style)).toBe(intlFormat(intl, items));
        },
      ),
      { numRuns: keys.includes(key) ? 300 : 30 },
    );
  });
});

test('parts mark which text is which item', () => {
  expect(listParts(['Namuk Park', 'Taekyu Lee', 'Songkuk Kim'], 'en')).toEqual([
    { text: 'Namuk Park', index: 0 },
    { text: ', ' },
    { text: 'Taekyu Lee', index: 1 },
    { text: ', and ' },
    { text: 'Songkuk Kim', index: 2 },
  ]);
});

test('English writes no comma before "&", in the table and through Intl alike', () => {
  expect(formatList(['2022', '2023', '2024'], 'en', 'short')).toBe('2022, 2023 & 2024');
  expect(formatList(['2022', '2023', '2024'], 'en-US', 'short')).toBe('2022, 2023 & 2024');
  expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
});

test('other locales use Intl at run time, with its contextual rules', () => {
  expect(formatList(['Ana', 'Irene'], 'es')).toBe('Ana e Irene');
  expect(formatList(['A', 'B', 'C'], 'sv')).toBe(new Intl.ListFormat('sv').format(['A', 'B', 'C']));
});
