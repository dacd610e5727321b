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
  | { kind: 'labels' }
  /** Named variants of the CV, each a set of these options. */
  | { kind: 'variants' }
  /** At most so many entries, by section key. */
  | { kind: 'limits' }
  /** A year or year-month ("2015", "2015-09") or a span back from the CV's date ("10y"); one for all sections, or by section key. */
  | { kind: 'since' }
  /** Publications in lists of their own, each with its heading, its kinds or tags and its limit. */
  | { kind: 'publicationLists' };

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
  variant: {
    kind: 'text',
    description:
      "the variant to render: a name of `variants`, or a preset (erc, dfg, common, short); the command line's --variant wins",
  },
  variants: {
    kind: 'variants',
    description:
      'named variants of the CV from this one file: each any of these options, with tags, since, limits and a preset to start from',
  },
  preset: {
    kind: 'text',
    description: 'inside a variant: the built-in variant it starts from (erc, dfg, common, short)',
  },
  tags: {
    kind: 'texts',
    max: LIMITS.itemsPerList,
    description:
      'in each section where some entry has tags, only the entries with one of these tags (untagged ones too are left out)',
  },
  since: {
    kind: 'since',
    description:
      'dated entries older than this are left out (undated ones stay): "2015", "2015-09", or "10y" back from the CV\'s date (meta.lastModified, else its newest date); or such a value by section key',
  },
  limits: {
    kind: 'limits',
    description:
      'at most this many entries by section key, e.g. { "publications": 10 }: selected ones first, then the newest',
  },
  newestFirst: {
    kind: 'sections',
    description:
      'sections shown newest first by their start, e.g. ["work", "education"] (publications and talks always are)',
  },
  publicationLists: {
    kind: 'publicationLists',
    description:
      'publications in lists of their own, in order: each { "label", "types" or "tags", "limit" }; a paper goes to the first list it fits, one that fits none is left out',
  },
  metadata: {
    kind: 'flag',
    default: true,
    description:
      'the works as data for reference managers (COinS) and search engines (schema.org JSON-LD); false leaves both out, for a page embedded elsewhere',
  },
  pageLimit: {
    kind: 'count',
    default: 0,
    description:
      'the most pages the printed CV may have, as a funder allows: render -o cv.pdf says when it is longer (0: no limit)',
  },
  narratives: {
    kind: 'flag',
    default: false,
    description: "a publication's narrative (why it matters, your part in it) shown under it",
  },
  maxAuthors: {
    kind: 'count',
    default: 0,
    description: 'longer author lists are shortened to this many names and et al., the owner kept; 0 shows all',
  },
} as const satisfies Record<string, OptionKind & { description: string }>;

type Options = typeof THEME_OPTIONS;

/** One list of `publicationLists` as a resume writes it. */
export interface PublicationList {
  /** Its heading. */
  label: string;
  /** The kinds of work it holds (src/input/publication-types.ts); all when neither these nor tags are given. */
  types?: string[];
  /** Or the works with one of these tags. */
  tags?: string[];
  /** At most so many: selected ones first, then the newest. */
  limit?: number;
}

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
            : D extends { kind: 'variants' }
              ? Record<string, ThemeOptions>
              : D extends { kind: 'limits' }
                ? Partial<Record<SectionKey, number>> & Record<string, number>
                : D extends { kind: 'since' }
                  ? string | (Partial<Record<SectionKey, string>> & Record<string, string>)
                  : D extends { kind: 'publicationLists' }
                    ? PublicationList[]
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
      : D extends { kind: 'variants' }
        ? Map<string, Json>
        : D extends { kind: 'limits' }
          ? Map<string, number>
          : D extends { kind: 'since' }
            ? Map<string, string>
            : D extends { kind: 'publicationLists' }
              ? NPublicationList[] | undefined
              : Written<D>;

/** One publication list as the theme reads it. */
export interface NPublicationList {
  label: string;
  types?: string[];
  tags?: string[];
  limit?: number;
}

type Json = Record<string, unknown>;

/** `meta.themeOptions` as a resume writes it; see THEME_OPTIONS for what each does. */
export type ThemeOptions = { -readonly [K in keyof Options]?: Written<Options[K]> };

/** `meta.themeOptions` as the view model reads it. */
export type NThemeOptions = { -readonly [K in keyof Options]: Read<Options[K]> };
