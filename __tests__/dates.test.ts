import fc from 'fast-check';
// Dates are calendar dates: they must read the same in every time zone. Jest's global setup
// puts the whole run west of UTC, where a naive `new Date('2022-06-01')` prints May 31.
import { dateView, formatPartialDate, isoOf, periodView, readDate, type DateContext } from '../src/format/dates';
import { languageTables, shippedLanguages } from '../src/i18n/tables';
import { regionalLocales } from '../src/generated/intl-tables';
import dateFields from '../src/format/date-fields.json';

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" with any digits, months up to 13 and days up to 32: ISO-shaped, not always real. */
const isoShaped = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.integer({ min: 1, max: 3 }),
  )
  .map(([year, month, day, parts]) =>
    [String(year).padStart(4, '0'), String(month).padStart(2, '0'), String(day).padStart(2, '0')]
      .slice(0, parts)
      .join('-'),
  );

const en: DateContext = { locale: 'en', style: 'short', precision: 'day', present: 'Present' };

test('the time zone really is behind UTC here', () => {
  expect(new Date('2022-06-01').getDate()).toBe(31);
});

describe('readDate: the date a field names', () => {
  test.each([
    ['2022', { year: 2022 }],
    ['2022-06', { year: 2022, month: 6 }],
    ['2022-06-01', { year: 2022, month: 6, day: 1 }],
    ['2022-6-1', { year: 2022, month: 6, day: 1 }],
    ['2025-06-15T09:00:00', { year: 2025, month: 6, day: 15 }],
    [' 2021-12 ', { year: 2021, month: 12 }],
    // The forms real files use.
    ['2024.02', { year: 2024, month: 2 }],
    ['2024/02', { year: 2024, month: 2 }],
    ['08/2013', { year: 2013, month: 8 }],
    ['5/2015', { year: 2015, month: 5 }],
    ['2025-3-15', { year: 2025, month: 3, day: 15 }],
    ['March 2020', { year: 2020, month: 3 }],
    ['Mar. 2020', { year: 2020, month: 3 }],
    ['Sept 2020', { year: 2020, month: 9 }],
    ['june 2022', { year: 2022, month: 6 }],
    // A day the month does not have: the month is still true.
    ['2020-02-31', { year: 2020, month: 2 }],
    ['2022-06-32', { year: 2022, month: 6 }],
    ['2020-02-29', { year: 2020, month: 2, day: 29 }],
    ['2021-02-29', { year: 2021, month: 2 }],
  ])('%p', (input, expected) => {
    expect(readDate(input).date).toEqual(expect.objectContaining(expected));
  });

  test('an impossible day is dropped, not moved to another month', () => {
    expect(readDate('2020-02-31').date).toEqual({ year: 2020, month: 2 });
  });

  test.each(['', 'Spring 2020', '2022-13', '2022-00', '13/2020', 'Marchy 2020', 'Ma 2020', '22'])(
    '%p is not a date we read',
    (input) => {
      expect(readDate(input).date).toBeUndefined();
    },
  );
});

test('property: ISO dates read without a pattern read as the general pattern reads them', () => {
  // The general reading of year-first dates, as readDate did before its ISO shortcut.
  const reference = (value: string) => {
    const found = /^(\d{4})(?:[-./](\d{1,2})(?:[-./](\d{1,2}))?)?$/.exec(value.trim());
    if (!found) return 'other';
    const [year, month, day] = [found[1], found[2], found[3]].map((part) =>
      part === undefined ? undefined : Number(part),
    );
    if (month !== undefined && (month < 1 || month > 12)) return undefined;
    const days = month === undefined ? 0 : new Date(Date.UTC(2000 + (year! % 400), month, 0)).getUTCDate();
    return month === undefined || day === undefined || day < 1 || day > days ? { year, month } : { year, month, day };
  };
  const digit = fc.constantFrom(...'0123456789');
  const piece = fc.oneof({ arbitrary: digit, weight: 8 }, fc.constantFrom('-', '.', ' ', 'x'));
  const written = fc.oneof(
    fc.array(piece, { maxLength: 11 }).map((parts) => parts.join('')),
    isoShaped,
  );
  // Leap years by every rule, which random dates seldom reach.
  for (const value of [
    '1900-02-29',
    '2000-02-29',
    '2023-02-29',
    '2024-02-29',
    '2100-02-29',
    '2400-02-29',
    '0000-02-29',
  ]) {
    expect(readDate(value).date).toEqual(reference(value));
  }
  fc.assert(
    fc.property(written, (value) => {
      const expected = reference(value);
      if (expected !== 'other') expect(readDate(value).date).toEqual(expected);
    }),
    { numRuns: 20000 },
  );
});

describe('formatPartialDate keeps the precision it was given', () => {
  test.each([
    ['2022', 'short', '2022'],
    ['2022-06', 'short', 'Jun 2022'],
    ['2022-06-01', 'short', 'Jun 1, 2022'],
    ['2022-06', 'long', 'June 2022'],
    ['2023-12-06', 'long', 'December 6, 2023'],
    ['2022-06', 'numeric', '06/2022'],
    ['2022-01-01', 'short', 'Jan 1, 2022'],
    ['2022-12-31', 'short', 'Dec 31, 2022'],
  ] as const)('%s (%s) reads %p', (input, style, expected) => {
    expect(formatPartialDate(readDate(input).date!, 'en', style)).toBe(expected);
  });

  test('other locales use their own month names', () => {
    expect(formatPartialDate({ year: 2023, month: 3 }, 'de', 'long')).toBe('März 2023');
    expect(formatPartialDate({ year: 2023, month: 3 }, 'ko', 'short')).toBe('2023년 3월');
  });
});

/** A date field as normalize reads it: nothing for nothing. */
const read = (written?: string) => (written ? readDate(written) : undefined);

describe('dateView', () => {
  test('carries a machine-readable datetime for ISO input', () => {
    expect(dateView(read('2022-06'), en)).toEqual({ text: 'Jun 2022', iso: '2022-06' });
  });
  test('keeps non-ISO text as the author wrote it', () => {
    expect(dateView(read('Spring 2020'), en)).toEqual({ text: 'Spring 2020' });
  });
  test('"present" in any case reads Present', () => {
    expect(dateView(read('PRESENT'), en)).toEqual({ text: 'Present' });
  });
  test('nothing stays nothing', () => {
    expect(dateView(undefined, en)).toBeUndefined();
  });
  test('property: the datetime is the date read, written as isoOf writes it, however the date was written', () => {
    // ISO input is its own datetime; a test that it is exactly what isoOf would write.
    const piece = fc.oneof(
      { arbitrary: fc.constantFrom(...'0123456789'), weight: 8 },
      fc.constantFrom('-', '/', '.', ' ', 'T', ':'),
    );
    const written = fc.oneof(
      fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join('')),
      isoShaped,
    );
    let dated = 0;
    fc.assert(
      fc.property(written, (value) => {
        const date = readDate(value).date;
        if (date) dated++;
        expect(dateView(read(value), en)?.iso).toBe(date ? isoOf(date) : undefined);
      }),
      { numRuns: 20000 },
    );
    expect(dated).toBeGreaterThan(5000);
  });
});

describe('periodView', () => {
  const texts = (start?: string, end?: string) => periodView(read(start), read(end), en).map((d) => d.text);

  test.each([undefined, '', 'present', 'Present', 'current'])('a start with end %p is ongoing', (end) => {
    expect(texts('2023-03', end)).toEqual(['Mar 2023', 'Present']);
  });
  test('a closed range shows both ends', () => {
    expect(texts('2022-02', '2022-11')).toEqual(['Feb 2022', 'Nov 2022']);
  });
  test('an end alone is one date', () => {
    expect(texts(undefined, '2021')).toEqual(['2021']);
  });
  test('"Present" alone says nothing and is left out', () => {
    expect(texts(undefined, 'present')).toEqual([]);
  });
  test('equal ends collapse to one date', () => {
    expect(texts('2020-05', '2020-05')).toEqual(['May 2020']);
  });
});

describe('the build-time date tables', () => {
  // formatPartialDate uses the tables alone; Intl is the reference.
  const fields = dateFields as Record<string, Record<string, Intl.DateTimeFormatOptions>>;
  const keys = [...shippedLanguages, ...Object.keys(regionalLocales)].flatMap((locale) =>
    Object.entries(JSON.parse(languageTables(locale)!.datePatterns) as Record<string, object>).flatMap(
      ([style, byPrecision]) => Object.keys(byPrecision).map((precision) => `${locale}|${style}|${precision}`),
    ),
  );

  test('cover every shipped locale, style and precision', () => {
    expect(keys).toEqual(
      expect.arrayContaining(['en|short|year', 'en|short|month', 'en|short|day', 'en|long|day', 'en|numeric|day']),
    );
  });

  test.each(keys)('%s matches Intl.DateTimeFormat for every month and day', (key) => {
    const [locale, style, precision] = key.split('|');
    // In the Gregorian calendar, which a file's dates are in (Persian's default is the Solar Hijri).
    const gregorian = new Intl.DateTimeFormat(locale).resolvedOptions().calendar === 'gregory';
    const intl = new Intl.DateTimeFormat(gregorian ? locale : `${locale}-u-ca-gregory`, {
      ...fields[style][precision],
      timeZone: 'UTC',
    });
    // The regional locales' patterns come from the same code: one year is enough for them.
    for (const year of shippedLanguages.includes(locale) ? [1000, 1999, 2023, 9999] : [2023]) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 2, 9, 10, 11, 21, 28, 31]) {
          const date = precision === 'year' ? { year } : precision === 'month' ? { year, month } : { year, month, day };
          const utc = new Date(Date.UTC(year, month - 1, day));
          if (utc.getUTCMonth() !== month - 1) continue;
          expect(formatPartialDate(date, locale, style as never)).toBe(intl.format(utc));
        }
      }
    }
  });

  test('years outside four digits are written by the same patterns', () => {
    expect(formatPartialDate({ year: 999, month: 6 }, 'en', 'short')).toBe('Jun 999');
  });
});
