/**
 * The theme options (`meta.themeOptions`), described once. From this table come the schema's
 * `themeOptions` (scripts/schema.mjs), the exported `ThemeOptions` type, the normalized options'
 * type and their reader (src/normalize/options.ts): adding an option is one entry here, plus the
 * view that uses it.
 */
import { LIMITS } from '../limits';
import type { SectionKey } from './sections';

/** How an option is written and read. */
export type OptionKind =
  /** One of `values`, any case; anything else is the default. */
  | {
      kind: 'choice';
      values: readonly string[];
      default: string;
      /** Read from `meta.pdfRenderOptions.format` when not given (resumed passes that to Chromium). */
      orPdfFormat?: true;
    }
  /** `true` or `false` (or the strings); anything else is the default. */
  | { kind: 'flag'; default: boolean }
  /** A whole number from 0; anything else is the default. */
  | { kind: 'count'; default: number }
  /** One line of text, checked where it is used. */
  | { kind: 'text' }
  /** A list of lines, at most `max`. */
  | { kind: 'texts'; max: number }
  /** A list of section keys (standard ones, or a custom section's key). */
  | { kind: 'sections' }
  /** Headings by section key. */
  | { kind: 'labels' };

export const THEME_OPTIONS = {
  sections: {
    kind: 'sections',
    description: 'the sections to show, in order',
  },
  fileOrder: {
    kind: 'sections',
    description:
      'sections kept in the order of the file; otherwise publications and talks are shown newest first (other sections always keep the order of the file)',
  },
  labels: {
    kind: 'labels',
    description:
      'section headings that replace the defaults and the translations, by section key (custom sections too)',
  },
  accentColor: {
    kind: 'text',
    description: 'a CSS colour for headings and links: #rgb, #rrggbb, rgb(), hsl() or a colour name',
  },
  pageSize: {
    kind: 'choice',
    values: ['A4', 'Letter'],
    default: 'A4',
    orPdfFormat: true,
    description: 'the printed page size (default A4)',
  },
  dateStyle: {
    kind: 'choice',
    values: ['short', 'long', 'numeric'],
    default: 'short',
    description: 'Mar 2023, March 2023 or 03/2023 (default short)',
  },
  datePrecision: {
    kind: 'choice',
    values: ['year', 'month', 'day'],
    // Most files write "2022-11-01" for November 2022, so entries show the month at most.
    default: 'month',
    description: "the most precise part of an entry's date shown (default month)",
  },
  photo: { kind: 'flag', default: true, description: 'false hides basics.image' },
  nameForms: {
    kind: 'texts',
    max: LIMITS.nameForms,
    description: 'more ways your name is written in author lists, emphasized like basics.name',
  },
  groupPublications: { kind: 'flag', default: false, description: 'publications under subheadings by type' },
  selectedPublications: {
    kind: 'flag',
    default: false,
    description: 'only publications with selected: true, under Selected Publications',
  },
  grantTotals: {
    kind: 'flag',
    default: false,
    description: 'a line under grants with the awarded amounts summed per role and currency',
  },
  counts: {
    kind: 'flag',
    default: false,
    description: 'how many entries a section lists, in its heading: Publications (23)',
  },
  maxAuthors: {
    kind: 'count',
    default: 0,
    description: 'longer author lists are shortened to this many names and et al., the owner kept; 0 shows all',
  },
} as const satisfies Record<string, OptionKind & { description: string }>;

type Options = typeof THEME_OPTIONS;

/** An option's type as a resume writes it. */
type Written<D> = D extends { kind: 'choice'; values: readonly (infer V)[] }
  ? V
  : D extends { kind: 'flag' }
    ? boolean
    : D extends { kind: 'count' }
      ? number
      : D extends { kind: 'text' }
        ? string
        : D extends { kind: 'texts' }
          ? string[]
          : D extends { kind: 'sections' }
            ? Array<SectionKey | (string & {})>
            : Partial<Record<SectionKey, string>> & Record<string, string>;

/**
 * An option as the theme reads it: as written, except that text and a section order may be
 * missing, and headings are by the key form of their section's key, in a Map (a section named
 * "constructor" finds no inherited heading). A choice, flag or count always has a value.
 */
type Read<D> = D extends { kind: 'text' }
  ? string | undefined
  : D extends { kind: 'sections' }
    ? string[] | undefined
    : D extends { kind: 'labels' }
      ? Map<string, string>
      : Written<D>;

/** `meta.themeOptions` as a resume writes it; see THEME_OPTIONS for what each does. */
export type ThemeOptions = { -readonly [K in keyof Options]?: Written<Options[K]> };

/** `meta.themeOptions` as the view model reads it. */
export type NThemeOptions = { -readonly [K in keyof Options]: Read<Options[K]> };
