import fc from 'fast-check';
import { displayUrl, embeddedImage, mailtoUrl, plainWebUrl, safeUrl, telUrl } from '../src/format/urls';

describe('safeUrl', () => {
  test.each([
    ['https://example.com/a?b=1&c=2', 'https://example.com/a?b=1&c=2'],
    ['http://example.com', 'http://example.com/'],
    ['mailto:a@b.co', 'mailto:a@b.co'],
    ['tel:+1-555-0100', 'tel:+1-555-0100'],
    ['HTTPS://EXAMPLE.COM/X', 'https://example.com/X'],
    ['namukpark.com', 'https://namukpark.com/'],
    ['www.example.org/me', 'https://www.example.org/me'],
    ['//cdn.example.com/x', 'https://cdn.example.com/x'],
  ])('%p is kept as %p', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml;base64,PHN2Zz4=',
    '&#106;avascript:alert(1)',
    'file:///etc/passwd',
    'ftp://example.com',
    '/relative/path',
    '#top',
    'not a url',
    '',
    undefined,
  ])('%p is dropped', (input) => {
    expect(safeUrl(input)).toBeUndefined();
  });
});

test('mailtoUrl accepts addresses only', () => {
  expect(mailtoUrl('namuk.park@gmail.com')).toBe('mailto:namuk.park@gmail.com');
  expect(mailtoUrl('a@b.co?subject=<x>')).toBeUndefined();
  expect(mailtoUrl('javascript:alert(1)//@x.com')).toBeUndefined();
  expect(mailtoUrl('nobody')).toBeUndefined();
});

test('telUrl keeps digits and a leading plus', () => {
  expect(telUrl('(912) 555-4321')).toBe('tel:9125554321');
  expect(telUrl('+82 10-1234-5678')).toBe('tel:+821012345678');
  expect(telUrl('call me')).toBeUndefined();
});

test('embeddedImage accepts only raster data URIs', () => {
  expect(embeddedImage('data:image/png;base64,iVBORw0KGgo=')).toBe('data:image/png;base64,iVBORw0KGgo=');
  expect(embeddedImage('https://example.com/me.jpg')).toBeUndefined();
  expect(embeddedImage('data:image/svg+xml;base64,PHN2Zz4=')).toBeUndefined();
  expect(embeddedImage('data:image/png;base64,AAAA" onerror="alert(1)')).toBeUndefined();
});

test('displayUrl drops the scheme, www and a trailing slash', () => {
  expect(displayUrl('https://www.example.com/me/')).toBe('example.com/me');
  expect(displayUrl('https://namukpark.com/')).toBe('namukpark.com');
});

describe('plain web addresses', () => {
  // Pieces that sit on every rule of the one-scan reading: case, dots, dot segments, punycode,
  // IPv4-like hosts, ports, user info, percent escapes, queries, fragments, spaces and backslashes.
  // Mostly what the scan takes, with a fifth of pieces that it must leave to URL.
  const mostly = <T>(usual: T[], unusual: T[]) =>
    fc.oneof(
      { arbitrary: fc.constantFrom(...usual), weight: 4 },
      { arbitrary: fc.constantFrom(...unusual), weight: 1 },
    );
  const label = fc
    .array(mostly(['a', 'z', 'x', 'n', '0', '7', '-'], ['xn--', 'A', 'é', '']), { minLength: 1, maxLength: 3 })
    .map((parts) => parts.join(''));
  const host = fc
    .tuple(fc.array(label, { maxLength: 3 }), mostly(['com', 'org', 'io'], ['a7', '0x1', '12', 'Com', '']))
    .map(([labels, top]) => [...labels, top].join('.'));
  const pathPiece = mostly(
    ['/', 'a', 'A', '0', '_', '~', '-', '.', '(', ')'],
    ['/.', '/..', '..', '%2e', '%', '?q', '#f', ':80', '@', ' ', '\t', '\\', 'é'],
  );
  const address = fc
    .tuple(mostly(['https://', 'http://'], ['HTTPS://', 'https:/', '']), host, fc.array(pathPiece, { maxLength: 6 }))
    .map(([scheme, name, path]) => scheme + name + path.join(''));

  test('are written back exactly as the URL parser writes them', () => {
    let taken = 0;
    fc.assert(
      fc.property(address, (text) => {
        const plain = plainWebUrl(text);
        if (plain === undefined) return;
        taken++;
        expect(plain).toBe(new URL(text).href);
        expect(safeUrl(text)).toBe(plain);
      }),
      { numRuns: 30000 },
    );
    // The property says something only if the scan takes a fair share of what it is given.
    expect(taken).toBeGreaterThan(1000);
  });

  test.each([
    'https://example.org',
    'https://www.example.org/about/me',
    'http://a-b.example.co.uk/A_b~c/',
    'http://en.wikipedia.org/wiki/Silicon_Valley_(TV_series)',
  ])('%p is read in one scan', (text) => {
    expect(plainWebUrl(text)).toBe(new URL(text).href);
  });

  test.each([
    'https://localhost/x',
    'https://1.2.3.4/',
    'https://xn--nxasmq6b.com/',
    'https://EXAMPLE.org/',
    'https://example.org/./a',
    'https://example.org/a/../b',
    'https://example.org/%2e%2e/',
    'https://example.org:443/',
    'https://example.org/?q',
    'https://a..b.org/',
    'https://example.org./',
  ])('%p is left to the URL parser', (text) => {
    expect(plainWebUrl(text)).toBeUndefined();
  });
});
