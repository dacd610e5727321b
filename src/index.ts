export { render } from './render';
export type * from './types';

/**
 * How resume-cli and resumed should print the page with Chromium: print styles, backgrounds
 * kept, and margins left to the stylesheet's `@page` rule.
 */
export const pdfRenderOptions = {
  format: 'A4',
  mediaType: 'print',
  printBackground: true,
  preferCSSPageSize: true,
} as const;
