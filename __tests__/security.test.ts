/**
 * Every string of a full resume, replaced by XSS payloads. The page must keep no script, no
 * event handler, no dangerous URL and nothing that fetches. The same corpus is loaded in real
 * Chromium by the end-to-end tests; this file checks the markup itself.
 */
import { render } from '../src';
import { validationErrors, withoutMetadata } from './helpers/html';

import { hostileResumes } from './fixtures/hostile';

import cv from '../resume.json';
import sample from '@jsonresume/schema/sample.resume.json';
// The CV brings the extensions, the sample every standard field.
const base = { ...sample, ...cv, basics: { ...sample.basics, ...cv.basics }, meta: cv.meta };
const pages: string[] = hostileResumes(base).map((resume: object) => render(resume as never));

/** Every tag of the page with its attributes, outside the style element and the JSON-LD block (data, whose JSON must parse). */
function tags(html: string): string[] {
  const body = withoutMetadata(html).replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
  return body.match(/<[a-zA-Z][^>]*>/g) ?? [];
}

const ALLOWED_TAGS = new Set(
  'html head meta title style body header main section div h1 h2 h3 p ul ol li a strong em sup code pre del br hr blockquote figure figcaption time span img table thead tbody tr th td input'.split(
    ' ',
  ),
);

describe.each(pages.map((html, i): [number, string] => [i, html]))('hostile resume #%i', (_, html) => {
  test('has only the tags the theme and marked write', () => {
    for (const tag of tags(html)) expect(ALLOWED_TAGS).toContain(tag.match(/^<(\w+)/)![1].toLowerCase());
  });

  test('has no event handler, style attribute or unexpected attribute', () => {
    for (const tag of tags(html)) {
      // Attribute values are always double-quoted: Handlebars escapes any quote inside them.
      for (const [, name] of tag.matchAll(/\s([^\s=>"']+)(?:="[^"]*")?/g)) {
        expect([
          'class',
          'id',
          'href',
          'datetime',
          'lang',
          'charset',
          'name',
          'content',
          'aria-labelledby',
          'src',
          'alt',
          'width',
          'height',
          'start',
          'align',
          'type',
          'checked',
          'disabled',
          // A publication's COinS: its ContextObject, escaped like every attribute.
          'title',
        ]).toContain(name.toLowerCase());
      }
    }
  });

  test('every link is http(s), mailto or tel, and every image is an embedded raster', () => {
    for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) expect(href).toMatch(/^(?:https?:\/\/|mailto:|tel:)/);
    for (const [, src] of html.matchAll(/\ssrc="([^"]*)"/g))
      expect(src).toMatch(/^data:image\/(?:png|jpe?g|gif|webp);base64,/);
  });

  test('the stylesheet is the theme’s own: no injected rule, import or url()', () => {
    const css = html.match(/<style>([\s\S]*?)<\/style>/)![1];
    expect(css).not.toMatch(/url\(|@import|expression|<\/?script|attacker/i);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html.match(/<title>/g)).toHaveLength(1);
  });

  test('nothing can load from attacker.invalid; a link to it stays a plain, closed attribute', () => {
    expect(html).not.toMatch(/src="[^"]*attacker/);
    for (const [, rest] of html.matchAll(/\shref="[^"]*attacker[^"]*"(.)/g)) expect(rest).toBe('>');
  });

  test('is still one valid document', async () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(await validationErrors(html)).toEqual([]);
  });
});
