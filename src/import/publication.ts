/** One `Source` (a BibTeX entry or a CSL-JSON item) as a publication of the theme's resume.json. */
import { readMarks } from '../format/authors';
import { bareDoi } from '../normalize';
import type { Author, LabelledLink, Publication } from '../types';
import { decodeLatex, type CslItem, type CslName, type Source } from './read';

/** A publication as imported, and what was left out of it on the way. */
export interface Imported {
  publication?: Publication;
  warnings: string[];
}

type PublicationType = NonNullable<Publication['type']>;

// BibTeX entry types, and CSL types (what Zotero exports), as the theme's publication types;
// `inproceedings` is a workshop paper when its venue says so, `misc` a preprint with an arXiv id.
const BIBTEX_TYPES: Record<string, PublicationType | 'proceedings' | 'misc'> = {
  article: 'journal',
  inproceedings: 'proceedings',
  conference: 'proceedings',
  misc: 'misc',
  unpublished: 'misc',
  online: 'misc',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  thesis: 'thesis',
  book: 'book',
  incollection: 'chapter',
  inbook: 'chapter',
  techreport: 'report',
  report: 'report',
  patent: 'patent',
};
const CSL_TYPES: Record<string, PublicationType | 'proceedings' | 'misc'> = {
  'article-journal': 'journal',
  'paper-conference': 'proceedings',
  article: 'misc',
  preprint: 'preprint',
  manuscript: 'misc',
  thesis: 'thesis',
  book: 'book',
  chapter: 'chapter',
  report: 'report',
  patent: 'patent',
};

function typeOf(source: Source, venue: string | undefined): PublicationType {
  const { entryType, fields, item } = source;
  const kind = entryType === undefined ? CSL_TYPES[item.type ?? ''] : BIBTEX_TYPES[entryType];
  if (kind === 'proceedings') return venue !== undefined && /workshop/i.test(venue) ? 'workshop' : 'conference';
  if (kind === 'misc') return arxivId(source) || /arxiv/i.test(`${fields.archiveprefix ?? ''} ${item.archive ?? ''}`) ? 'preprint' : 'other';
  return kind ?? 'other';
}

/** A name as `{ given, family }`, its marks (* equal contribution, † corresponding) read off it. */
function author(name: CslName): Author | undefined {
  const parts = [name.given, name.family, name.literal].map((part) => (part === undefined ? undefined : readMarks(part)));
  const [given, family, literal] = parts.map((part) => part?.name.trim() || undefined);
  const flags = {
    ...(parts.some((part) => part?.equal) ? { equal: true } : {}),
    ...(parts.some((part) => part?.corresponding) ? { corresponding: true } : {}),
  };
  if (family) return { ...(given ? { given } : {}), family, ...flags };
  if (literal ?? given) return { literal: (literal ?? given) as string, ...flags };
  return undefined;
}

/** "2021-05", from CSL's date parts. */
function releaseDate(item: CslItem): string | undefined {
  const parts = item.issued?.['date-parts']?.[0]?.map(Number).filter((part) => Number.isInteger(part));
  if (!parts || parts.length === 0 || parts[0] < 1000) return undefined;
  return [String(parts[0]), ...parts.slice(1, 3).map((part) => String(part).padStart(2, '0'))].join('-');
}

// BibTeX fields al-folio and others use for links, and the labels they get.
const LINK_FIELDS: Array<[string, string]> = [
  ['code', 'Code'],
  ['pdf', 'PDF'],
  ['html', 'HTML'],
  ['slides', 'Slides'],
  ['poster', 'Poster'],
  ['video', 'Video'],
  ['website', 'Website'],
  ['blog', 'Blog'],
  ['project', 'Project'],
];

// "2401.01234", "2401.01234v2" or the old "math.GT/0309136", after an optional "arXiv:".
const ARXIV_ID = /^(\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?$/i;

/** The arXiv id of a source: BibTeX `eprint` or `arxiv`, or Zotero's "arXiv:2101.00001". */
export function arxivId(source: Source): string | undefined {
  const written = source.fields.eprint ?? source.fields.arxiv ?? (/arxiv/i.test(source.item.archive ?? '') ? source.item.number : undefined) ?? source.item.number;
  return written === undefined ? undefined : ARXIV_ID.exec(written.trim().replace(/^arxiv: ?/i, ''))?.[1];
}

function links(source: Source, warnings: string[]): LabelledLink[] {
  const found: LabelledLink[] = [];
  const arxiv = arxivId(source);
  if (arxiv) found.push({ label: 'arXiv', url: `https://arxiv.org/abs/${arxiv}` });
  for (const [field, label] of LINK_FIELDS) {
    const url = source.fields[field]?.trim();
    if (!url) continue;
    // al-folio's pdf = {paper.pdf} is a file on the author's own site, not an address.
    if (/^https?:\/\//i.test(url)) found.push({ label, url });
    else warnings.push(`${source.key}: left out ${field} = ${url} (not a full URL)`);
  }
  return found;
}

function text(value: string | number | undefined): string | undefined {
  const written = value === undefined ? undefined : String(value).replace(/\s+/g, ' ').trim();
  return written || undefined;
}

/** The source as a publication; a source without a title is left out, with a warning naming it. */
export function toPublication(source: Source): Imported {
  const { item, fields } = source;
  const warnings: string[] = [];
  const name = text(item.title);
  if (!name) return { warnings: [`${source.key}: skipped, it has no title`] };
  // The venue: a journal or proceedings; a thesis's school; howpublished; a publisher.
  const venue = text(item['container-title']) ?? (fields.howpublished ? text(decodeLatex(fields.howpublished)) : undefined) ?? text(item.publisher);
  const authors = (item.author ?? []).map(author).filter((a): a is Author => a !== undefined);
  const award = fields.award_name ?? fields.award;
  const publication: Publication = {
    name,
    ...(authors.length > 0 ? { authors } : {}),
    ...(venue ? { publisher: venue } : {}),
    type: typeOf(source, venue),
    ...(releaseDate(item) ? { releaseDate: releaseDate(item) } : {}),
    ...(text(item.volume) ? { volume: text(item.volume) } : {}),
    ...(text(item.issue) ? { issue: text(item.issue) } : {}),
    ...(text(item.page) ? { pages: (text(item.page) as string).replace(/-+/g, '–') } : {}),
    ...(bareDoi(text(item.DOI)) ? { doi: bareDoi(text(item.DOI)) } : {}),
    ...(text(item.URL ?? fields.url) ? { url: text(item.URL ?? fields.url) } : {}),
    ...(fields.abbr ? { abbr: text(decodeLatex(fields.abbr)) } : {}),
    ...(/^true$/i.test(fields.selected ?? '') ? { selected: true } : {}),
    ...(award ? { honours: [text(decodeLatex(award)) as string] } : {}),
  };
  const found = links(source, warnings);
  if (found.length > 0) publication.links = found;
  return { publication, warnings };
}
