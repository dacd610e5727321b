export { render } from './render';
export type * from './types';

/**
 * How resume-cli and resumed should print the page with Chromium: print styles, backgrounds
 * kept, margins left to the stylesheet's `@page` rule, and a tagged PDF whose bookmarks are the
 * headings (puppeteer 22 and later; older ones ignore both).
 */
export const pdfRenderOptions = {
  format: 'A4',
  mediaType: 'print',
  printBackground: true,
  preferCSSPageSize: true,
  tagged: true,
  outline: true,
} as const;
