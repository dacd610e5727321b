import { displayUrl, embeddedImage, mailtoUrl, safeUrl, telUrl } from '../src/format/urls';

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
