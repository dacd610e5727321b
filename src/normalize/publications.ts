/** Publications: authors as written or as name parts, venue, date or status, links and honours. */
import { readMarks, splitAuthors } from '../format/authors';
import { ELLIPSIS, LIMITS } from '../limits';
import { dropped } from '../observe';
import { PUBLICATION_TYPES, type PublicationType } from '../publication-types';
import {
  foldWhiteSpace,
  isRecord,
  links,
  own,
  pick,
  pickDate,
  pickMarkdown,
  pickMarkdownList,
  rawText,
  readList,
  text,
  type Json,
  type NLink,
  type NMarkdown,
} from './read';

export interface NAuthor {
  /** The name as the paper prints it, without marks. */
  name: string;
  equal?: boolean;
  corresponding?: boolean;
}

export interface NPublication {
  /** A stable handle (the BibTeX key), when it is one an HTML id can carry. */
  id?: string;
  name?: string;
  publisher?: string;
  /** The venue's short name ("ICLR"), shown after the venue unless the venue already says it. */
  abbr?: string;
  type?: PublicationType;
  selected: boolean;
  volume?: string;
  issue?: string;
  pages?: string;
  /** Bare, without "https://doi.org/" or "doi:". */
  doi?: string;
  /** A date, or a status such as "Under review" (see the view model). */
  releaseDate?: string;
  url?: string;
  summary?: NMarkdown;
  highlights: NMarkdown[];
  authors: NAuthor[];
  /** The list ends with "et al." (BibTeX's "and others"): more authors than it names. */
  etAl: boolean;
  links: NLink[];
  honours: NLink[];
}

/** An author as written ("Park*") or as name parts with flags; marks on the name count as flags. */
function author(value: unknown): NAuthor | undefined {
  const written =
    text(value) ??
    (isRecord(value)
      ? (pick(value, 'literal', 'name') ?? [pick(value, 'given'), pick(value, 'family')].filter(Boolean).join(' '))
      : '');
  if (!written) return undefined;
  const { name, equal, corresponding } = readMarks(written);
  const flag = (key: string) => isRecord(value) && own(value, key) === true;
  const found: NAuthor = { name: name || written };
  if (equal || flag('equal')) found.equal = true;
  if (corresponding || flag('corresponding')) found.corresponding = true;
  return found;
}

function authors(value: unknown): NAuthor[] {
  if (value !== undefined && value !== null && typeof value !== 'string' && !Array.isArray(value))
    dropped(value, 'not shown: authors are a list, or one line');
  const list =
    typeof value === 'string'
      ? splitAuthors(foldWhiteSpace(rawText(value) ?? '', LIMITS.authorListChars))
      : Array.isArray(value)
        ? value
        : [];
  return readList(list, LIMITS.authorsPerPublication, author, { name: ELLIPSIS });
}

// "https://doi.org/10.1/x", "doi:10.1/x", "DOI 10.1/x" are all "10.1/x".
const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi: ?)/i;

export function bareDoi(written: string | undefined): string | undefined {
  const doi = written?.replace(DOI_PREFIX, '');
  return doi && doi.startsWith('10.') ? doi : undefined;
}

function publicationType(written: string | undefined): PublicationType | undefined {
  const type = written?.toLowerCase();
  return PUBLICATION_TYPES.find((known) => known === type);
}

// "et al.", "others" (BibTeX's "and others"), "...": not an author, a sign that the list goes on. ("…" is
// the mark a list cut at its cap ends with.)
const ET_AL = /^(?:et\.? al\.?|and others|others|\.\.\.)$/i;
// An id a page can carry as an anchor: what citation keys are made of, not too long.
const ANCHOR_ID = /^[A-Za-z0-9][\w.:+-]{0,99}$/;

export function publication(item: Json): NPublication {
  const selected = own(item, 'selected');
  const list = authors(own(item, 'authors') ?? own(item, 'author'));
  // Only after a name: "et al." alone names no one.
  const etAl = list.length > 1 && ET_AL.test(list[list.length - 1].name);
  if (etAl) list.pop();
  const id = pick(item, 'id');
  return {
    id: id !== undefined && ANCHOR_ID.test(id) ? id : undefined,
    name: pick(item, 'name', 'title'),
    publisher: pick(item, 'publisher', 'venue', 'journal', 'booktitle', 'conference'),
    abbr: pick(item, 'abbr'),
    type: publicationType(pick(item, 'type')),
    selected: selected === true || selected === 'true',
    volume: pick(item, 'volume'),
    issue: pick(item, 'issue', 'number'),
    pages: pick(item, 'pages', 'page'),
    doi: bareDoi(pick(item, 'doi')),
    releaseDate: pickDate(item, 'releaseDate', 'date', 'year'),
    url: pick(item, 'url', 'website', 'paperurl'),
    summary: pickMarkdown(item, 'summary', 'abstract', 'description', 'excerpt'),
    highlights: pickMarkdownList(item, 'highlights'),
    authors: list,
    etAl,
    links: links(own(item, 'links')),
    honours: links(own(item, 'honours') ?? own(item, 'honors') ?? own(item, 'awards')),
  };
}
