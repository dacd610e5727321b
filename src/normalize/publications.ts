/** Publications: authors as written or as name parts, venue, date or status, links and honours. */
import { ELLIPSIS, LIMITS } from '../limits';
import { foldWhiteSpace, isRecord, links, own, pick, pickDate, pickMarkdown, pickMarkdownList, rawText, readList, text, type Json, type NLink } from './read';

export interface NAuthor {
  /** The name as the paper prints it. */
  name: string;
}

export interface NPublication {
  name?: string;
  publisher?: string;
  /** A date, or a status such as "Under review" (see the view model). */
  releaseDate?: string;
  url?: string;
  summary?: string;
  highlights: string[];
  authors: NAuthor[];
  links: NLink[];
  honours: NLink[];
}

/**
 * "A, B and C", "A; B" or BibTeX's "Park, N. and Kim, S." as a list of names. White space is
 * folded first, so the separators below match single spaces and never rescan a long run.
 */
export function splitAuthors(list: string): string[] {
  const folded = foldWhiteSpace(list, LIMITS.authorListChars);
  if (folded.includes(';')) return folded.split(';').map((s) => s.trim()).filter(Boolean);
  const byAnd = folded.split(/ and /i);
  if (byAnd.length > 1 && byAnd.every((name) => name.indexOf(',') >= 0 && name.indexOf(',') === name.lastIndexOf(','))) {
    return byAnd.map((s) => s.trim());
  }
  return folded
    .split(/ ?, ?(?:and |& ?)?| and | ?& ?/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

function author(value: unknown): NAuthor | undefined {
  const name = text(value);
  if (name) return { name };
  if (!isRecord(value)) return undefined;
  const literal = pick(value, 'literal', 'name');
  if (literal) return { name: literal };
  const full = [pick(value, 'given'), pick(value, 'family')].filter(Boolean).join(' ');
  return full ? { name: full } : undefined;
}

function authors(value: unknown): NAuthor[] {
  const list = typeof value === 'string' ? splitAuthors(rawText(value) ?? '') : Array.isArray(value) ? value : [];
  return readList(list, LIMITS.authorsPerPublication, author, { name: ELLIPSIS });
}

export function publication(item: Json): NPublication {
  return {
    name: pick(item, 'name', 'title'),
    publisher: pick(item, 'publisher', 'venue', 'journal', 'booktitle', 'conference'),
    releaseDate: pickDate(item, 'releaseDate', 'date', 'year'),
    url: pick(item, 'url', 'website', 'paperurl'),
    summary: pickMarkdown(item, 'summary', 'abstract', 'description', 'excerpt'),
    highlights: pickMarkdownList(item, 'highlights'),
    authors: authors(own(item, 'authors') ?? own(item, 'author')),
    links: links(own(item, 'links')),
    honours: links(own(item, 'honours') ?? own(item, 'honors') ?? own(item, 'awards')),
  };
}
