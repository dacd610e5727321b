/**
 * One BibTeX entry or one CSL-JSON item as a publication of the theme's resume.json. A record is
 * built from its one entry only. Every absolute URL in an entry ends up as a link (labelled from
 * its field) or in a warning naming the entry; preprints are typed as preprints whatever the
 * entry type says (DBLP's `journal = {CoRR}`, Scholar's "arXiv preprint arXiv:…").
 */
import { capitalized } from '../format/case';
import { MONTH_NAMES } from '../format/dates';
import { pageRange } from '../format/pages';
import { bareDoi, safeUrl } from '../format/urls';
import type { PublicationType } from '../input/publication-types';
import type { Author, LabelledLink, Publication } from '../types';
import type { BibEntry } from './bibtex';
import { cleanText, latexToText, latexToVerbatim } from './latex';
import { readNames } from './names';

/** A publication as imported, and what was left out of it on the way. */
export interface Imported {
  publication?: Publication;
  warnings: string[];
  /** Exporters' own record fields holding an address (DBLP's biburl), left out: said once per file. */
  bookkeeping?: string[];
}

// Where an exporter records the entry itself (DBLP's biburl and bibsource): not the paper's links.
const BOOKKEEPING = new Set(['biburl', 'bibsource', 'bibtex', 'bib', 'timestamp']);

type Kind = PublicationType | 'proceedings' | 'misc';

// BibTeX and BibLaTeX entry types, and CSL types (what Zotero exports), as the theme's types;
// `proceedings` is a workshop paper when its venue says so, `misc` a preprint with an arXiv id.
const BIBTEX_TYPES = new Map<string, Kind>([
  ['article', 'journal'],
  ['inproceedings', 'proceedings'],
  ['conference', 'proceedings'],
  ['misc', 'misc'],
  ['unpublished', 'misc'],
  ['online', 'misc'],
  ['electronic', 'misc'],
  ['www', 'misc'],
  ['phdthesis', 'thesis'],
  ['mastersthesis', 'thesis'],
  ['thesis', 'thesis'],
  ['book', 'book'],
  ['mvbook', 'book'],
  ['booklet', 'book'],
  ['collection', 'book'],
  ['proceedings', 'book'],
  ['incollection', 'chapter'],
  ['inbook', 'chapter'],
  ['bookinbook', 'chapter'],
  ['techreport', 'report'],
  ['report', 'report'],
  ['manual', 'report'],
  ['patent', 'patent'],
]);
const CSL_TYPES = new Map<string, Kind>([
  ['article-journal', 'journal'],
  ['article-magazine', 'journal'],
  ['article-newspaper', 'other'],
  ['paper-conference', 'proceedings'],
  ['article', 'misc'],
  ['preprint', 'preprint'],
  ['manuscript', 'misc'],
  ['thesis', 'thesis'],
  ['book', 'book'],
  ['chapter', 'chapter'],
  ['report', 'report'],
  ['patent', 'patent'],
]);

// Venues that are preprint servers: "CoRR", "arXiv", "arXiv preprint arXiv:2101.00001", "bioRxiv".
const ARXIV_VENUE = /^(?:corr|arxiv)\b/i;
const PREPRINT_SERVER =
  /^(?:biorxiv|medrxiv|chemrxiv|psyarxiv|socarxiv|techrxiv|eartharxiv|ssrn|research square|preprints\.org|osf preprints)\b/i;

// "2401.01234", "2401.01234v2" or the old "math.GT/0309136", after an optional "arXiv:" or "abs/".
const ARXIV_ID =
  /(?:^|arxiv[.:/ ]\s?|abs\/|pdf\/)(\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?(?:\.pdf)?\s*$/i;
const ABSOLUTE_URL = /(?:https?|ftp):\/\/[^\s"'<>{}\\]+/gi;
const HREF = /href\s*=\s*["']?([^"'\s>]+)/i;

/** The address of an `<a href>` written in a field, if there is one. */
function anchorHref(text: string): string | undefined {
  return /<a\s/i.test(text) ? HREF.exec(text)?.[1] : undefined;
}

/** An address without the punctuation that ends the sentence it stands in. */
function trimUrl(url: string): string {
  let end = url.length;
  while (end > 0 && '.,;:)]'.includes(url[end - 1])) end--;
  return url.slice(0, end);
}

// Fields al-folio and others use for links, and the labels they get.
const LINK_LABELS = new Map([
  ['code', 'Code'],
  ['pdf', 'PDF'],
  ['html', 'HTML'],
  ['slides', 'Slides'],
  ['poster', 'Poster'],
  ['video', 'Video'],
  ['website', 'Website'],
  ['blog', 'Blog'],
  ['project', 'Project'],
  ['supp', 'Supplement'],
  ['supplementary', 'Supplement'],
  ['demo', 'Demo'],
  ['data', 'Data'],
  ['dataset', 'Data'],
  ['doi', 'DOI'],
  ['url', 'URL'],
  ['arxiv', 'arXiv'],
  ['eprint', 'arXiv'],
  ['github', 'GitHub'],
  ['openreview', 'OpenReview'],
  ['howpublished', 'Link'],
  ['note', 'Link'],
]);
// Fields imported as text: an address inside them stays there, so it needs no warning.
const TEXT_FIELDS = [
  'title',
  'journal',
  'journaltitle',
  'booktitle',
  'school',
  'institution',
  'publisher',
  'organization',
  'howpublished',
  'eventtitle',
];
// Fields of prose that may hold an address among their words, or be one address.
const PROSE_FIELDS = new Set(['note', 'howpublished']);
// Fields that hold a link's address whole when they hold one.
const LINK_VALUE = /^(?:https?|ftp):\/\/\S+$/i;

/** "huggingface_datasets" reads "Huggingface datasets"; "code_url" reads "Code". */
function labelOf(field: string): string {
  const known = LINK_LABELS.get(field);
  if (known) return known;
  const words =
    field
      .replace(/[_-]?(?:url|link|href)$/i, '')
      .replace(/[_-]+/g, ' ')
      .trim() || field;
  return LINK_LABELS.get(words.toLowerCase()) ?? capitalized(words);
}

function arxivIdIn(text: string | undefined): string | undefined {
  // An id is short: a long text is not searched (the pattern's cost grows with its length).
  return text === undefined || text.length > 300 ? undefined : ARXIV_ID.exec(text.trim())?.[1];
}

/** The addresses a verbatim value holds: an `<a href>`'s, `\url{}`'s, or written bare. */
function urlsIn(verbatim: string): string[] {
  const href = anchorHref(verbatim);
  const found = href ? [href] : [];
  for (const [url] of verbatim.matchAll(ABSOLUTE_URL)) found.push(trimUrl(url));
  return [...new Set(found)];
}

/** "2021-05" from year and month, or BibLaTeX's date ("2021-05-03", "2021-05/2021-06"). */
function bibDate(fields: Map<string, string>): string | undefined {
  const date = isoDateParts(latexToVerbatim(fields.get('date') ?? ''));
  const year = date?.[0] ?? Number(/\b(\d{4})\b/.exec(latexToVerbatim(fields.get('year') ?? ''))?.[1] ?? NaN);
  if (Number.isNaN(year)) return undefined;
  let month = date?.[1];
  let day = date?.[2];
  if (month === undefined) {
    const written = latexToVerbatim(fields.get('month') ?? '').toLowerCase();
    month = /^\d{1,2}$/.test(written)
      ? Number(written)
      : MONTH_NAMES.findIndex((name) => name.slice(0, 3) === written.slice(0, 3)) + 1 || undefined;
    const dayWritten = latexToVerbatim(fields.get('day') ?? '');
    day = /^\d{1,2}$/.test(dayWritten) ? Number(dayWritten) : undefined;
  }
  return datePartsText([year, month, day]);
}

/** "2021-05-03", "2021-05" or "2021" at the start of a text, as numbers. */
function isoDateParts(text: string): Array<number | undefined> | undefined {
  const date = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(text);
  return date
    ? [Number(date[1]), date[2] ? Number(date[2]) : undefined, date[3] ? Number(date[3]) : undefined]
    : undefined;
}

function datePartsText(parts: Array<number | undefined>): string | undefined {
  const [year, month, day] = parts;
  if (year === undefined || !Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  if (month === undefined || !Number.isInteger(month) || month < 1 || month > 12) return String(year);
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  return day !== undefined && Number.isInteger(day) && day >= 1 && day <= 31
    ? `${ym}-${String(day).padStart(2, '0')}`
    : ym;
}

/** What the publication record is built from, whichever format it came in. */
interface Parts {
  key: string;
  kind?: Kind;
  title?: string;
  venue?: string;
  authors: Author[];
  etAl: boolean;
  releaseDate?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  doi?: string;
  url?: string;
  arxiv?: string;
  /** Says it is on arXiv (eprinttype, archivePrefix). */
  onArxiv: boolean;
  abbr?: string;
  selected?: boolean;
  honours?: string[];
  /** BibTeX's note in words: "Oral", "Highlight", "Workshop Position Paper". */
  note?: string;
  links: LabelledLink[];
}

function build(parts: Parts, warnings: string[], where: string): Imported {
  if (!parts.title) return { warnings: [...warnings, `${where}: skipped, it has no title`] };
  const { kind } = parts;
  let { venue, volume, issue, pages } = parts;
  let arxiv = parts.arxiv;
  let type: PublicationType;
  if (venue !== undefined && ARXIV_VENUE.test(venue)) {
    // DBLP's CoRR and Scholar's "arXiv preprint arXiv:…" are preprints; their "volume" is the id.
    arxiv ??= arxivIdIn(venue) ?? arxivIdIn(volume);
    // Cited as arXiv cites itself ("arXiv:2106.09373"), so the venue does not just repeat the link's label.
    venue = arxiv ? `arXiv:${arxiv}` : 'arXiv';
    volume = issue = pages = undefined;
    type = 'preprint';
  } else if (venue !== undefined && PREPRINT_SERVER.test(venue)) type = 'preprint';
  else if (kind === 'proceedings') type = venue !== undefined && /workshop/i.test(venue) ? 'workshop' : 'conference';
  else if (kind === 'misc' || kind === undefined) type = arxiv || parts.onArxiv ? 'preprint' : 'other';
  else type = kind;
  const links: LabelledLink[] = [];
  if (arxiv) links.push({ label: 'arXiv', url: `https://arxiv.org/abs/${arxiv}` });
  for (const link of parts.links)
    if (!links.some((known) => known.url === link.url) && link.url !== parts.url) links.push(link);
  const authors = parts.etAl ? [...parts.authors, 'et al.'] : parts.authors;
  const publication: Publication = {
    id: parts.key,
    name: parts.title,
    ...(authors.length > 0 ? { authors } : {}),
    ...(venue ? { publisher: venue } : {}),
    type,
    ...(parts.releaseDate ? { releaseDate: parts.releaseDate } : {}),
    ...(volume ? { volume } : {}),
    // A patent's number is its number (US 5,668,842), not an issue of a journal.
    ...(issue ? (type === 'patent' ? { number: issue } : { issue }) : {}),
    ...(pages ? { pages: pageRange(pages) } : {}),
    ...(parts.doi ? { doi: parts.doi } : {}),
    ...(parts.url ? { url: parts.url } : {}),
    ...(parts.abbr ? { abbr: parts.abbr } : {}),
    ...(parts.selected ? { selected: true } : {}),
    ...(parts.honours?.length ? { honours: parts.honours } : {}),
    ...(parts.note ? { note: parts.note } : {}),
    ...(links.length > 0 ? { links } : {}),
  };
  return { publication, warnings };
}

/** A BibTeX entry as a publication; `where` names it in warnings ("papers.bib: smith2020 (line 12)"). */
export function fromBibtex(entry: BibEntry, where: string): Imported {
  const { fields } = entry;
  const warnings: string[] = [];
  const textOf = (...names: string[]): string | undefined => {
    for (const name of names) {
      const value = fields.get(name);
      const decoded = value === undefined ? '' : latexToText(value);
      if (decoded) return decoded;
    }
    return undefined;
  };
  const names = readNames(fields.get('author') ?? fields.get('editor') ?? '');
  const parts: Parts = {
    key: entry.key,
    kind: BIBTEX_TYPES.get(entry.type),
    title: textOf('title'),
    authors: names.authors,
    etAl: names.etAl,
    releaseDate: bibDate(fields),
    volume: textOf('volume'),
    issue: textOf('number', 'issue'),
    pages: textOf('pages'),
    onArxiv: /arxiv/i.test(`${fields.get('eprinttype') ?? ''} ${fields.get('archiveprefix') ?? ''}`),
    abbr: textOf('abbr'),
    selected: ['true', 'yes'].includes(latexToVerbatim(fields.get('selected') ?? '').toLowerCase()),
    honours: [textOf('award_name', 'award')].filter((honour): honour is string => honour !== undefined),
    links: [],
  };
  const thesisOrReport = parts.kind === 'thesis' || parts.kind === 'report';
  const venueFields = thesisOrReport
    ? ['school', 'institution', 'journal', 'booktitle', 'publisher']
    : ['journal', 'journaltitle', 'booktitle', 'school', 'institution', 'eventtitle'];
  const howpublished = fields.get('howpublished');
  const howpublishedText =
    howpublished !== undefined && urlsIn(latexToVerbatim(howpublished)).length === 0 ? ['howpublished'] : [];
  parts.venue = textOf(...venueFields, ...howpublishedText, 'publisher', 'organization');
  // A note in words is shown after the venue; one that holds an address is a link, or said below.
  const note = fields.get('note');
  if (note !== undefined && urlsIn(latexToVerbatim(note)).length === 0) parts.note = textOf('note');

  // Addresses: the DOI, the arXiv id, the main URL, then every other field that holds one.
  const doi = bareDoi(latexToVerbatim(fields.get('doi') ?? ''));
  if (doi) parts.doi = doi;
  const consumed = new Set<string>();
  if (doi) consumed.add('doi');
  for (const field of ['eprint', 'arxiv', 'arxivid', 'arxiv_id']) {
    const id = arxivIdIn(latexToVerbatim(fields.get(field) ?? ''));
    if (id === undefined) continue;
    parts.arxiv ??= id;
    consumed.add(field);
  }
  const bookkeeping: string[] = [];
  for (const [field, written] of fields) {
    if (consumed.has(field)) continue;
    const verbatim = latexToVerbatim(written);
    const urls = urlsIn(verbatim);
    if (BOOKKEEPING.has(field)) {
      if (urls.length > 0) bookkeeping.push(field);
      continue;
    }
    const whole = verbatim.replace(/^<a\s[^>]*>|<\/a>$/gi, '');
    const namedForLinks = (LINK_LABELS.has(field) && !PROSE_FIELDS.has(field)) || /url$/i.test(field);
    const isLinkField =
      urls.length > 0 &&
      (LINK_VALUE.test(whole) ||
        anchorHref(whole) !== undefined ||
        /^\s*\\(?:url|href)\b/.test(written) ||
        namedForLinks);
    // "www.springer.com/series/…": an address without its scheme, linked over https as render links it.
    // A host and a path, or www.: "paper.pdf" alone is a file on the author's site, not a host.
    const schemeless =
      urls.length === 0 && namedForLinks && !/\s/.test(whole) && (/^www\./i.test(whole) || whole.includes('/'))
        ? safeUrl(whole)
        : undefined;
    if (schemeless?.startsWith('https://')) {
      if (field === 'url' && parts.url === undefined) parts.url = schemeless;
      else parts.links.push({ label: labelOf(field), url: schemeless });
    } else if (isLinkField) {
      for (const url of urls) {
        const id = arxivIdIn(url);
        if (id && /arxiv\.org/i.test(url)) parts.arxiv ??= id;
        else if (field === 'url' && parts.url === undefined) parts.url = url;
        else parts.links.push({ label: labelOf(field), url });
      }
    } else if (urls.length > 0 && !TEXT_FIELDS.includes(field)) {
      warnings.push(
        `${where}: the address${urls.length > 1 ? 'es' : ''} in "${field}" ${urls.length > 1 ? 'were' : 'was'} not imported: ${urls.join(' ')}`,
      );
    } else if (
      LINK_LABELS.has(field) &&
      !PROSE_FIELDS.has(field) &&
      !['doi', 'url', 'arxiv', 'eprint'].includes(field) &&
      whole
    ) {
      // al-folio's pdf = {paper.pdf} is a file on the author's own site, not an address.
      warnings.push(`${where}: left out ${field} = ${whole} (not a full URL)`);
    } else if (field === 'doi' && !doi && whole)
      warnings.push(`${where}: left out doi = ${whole} (not a DOI or a full URL)`);
  }
  return { ...build(parts, warnings, where), ...(bookkeeping.length > 0 ? { bookkeeping } : {}) };
}

/** CSL-JSON text: a string as is, a number as written; HTML markup dropped. */
function cslText(value: unknown): string | undefined {
  const text =
    typeof value === 'string'
      ? cleanText(value)
      : typeof value === 'number' && Number.isFinite(value)
        ? String(value)
        : undefined;
  return text || undefined;
}

function cslName(value: unknown): Author | undefined {
  if (typeof value === 'string') return cleanText(value) ? { literal: cleanText(value) } : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const name = value as Record<string, unknown>;
  const family = [cslText(name['non-dropping-particle']), cslText(name.family), cslText(name.suffix)]
    .filter(Boolean)
    .join(' ');
  const given = [cslText(name.given), cslText(name['dropping-particle'])].filter(Boolean).join(' ');
  const literal = cslText(name.literal);
  if (family) return given ? { given, family } : { family };
  const whole = literal ?? given;
  if (whole) return { literal: whole };
  return undefined;
}

function cslDate(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const date = value as Record<string, unknown>;
  const parts =
    Array.isArray(date['date-parts']) && Array.isArray(date['date-parts'][0])
      ? (date['date-parts'][0] as unknown[]).map(Number)
      : undefined;
  if (parts) return datePartsText(parts);
  const raw = isoDateParts(cslText(date.raw) ?? cslText(date.literal) ?? '');
  return raw ? datePartsText(raw) : undefined;
}

/** A CSL-JSON item (a Zotero export) as a publication. */
export function fromCsl(item: Record<string, unknown>, key: string, where: string): Imported {
  const warnings: string[] = [];
  const authorList = Array.isArray(item.author) ? item.author : item.author === undefined ? [] : [item.author];
  const authors: Author[] = [];
  for (const written of authorList) {
    const author = cslName(written);
    if (author) authors.push(author);
    else
      warnings.push(
        `${where}: an author that is not a name was left out (${JSON.stringify(written) ?? String(written)})`,
      );
  }
  const type = cslText(item.type);
  const urlText = cslText(item.URL);
  const parts: Parts = {
    key,
    kind: type === undefined ? undefined : CSL_TYPES.get(type),
    title: cslText(item.title),
    venue: cslText(item['container-title']) ?? cslText(item.publisher),
    authors,
    etAl: false,
    releaseDate: cslDate(item.issued),
    volume: cslText(item.volume),
    // CSL gives a patent's number as `number`, a journal's issue as `issue`.
    issue: cslText(item.issue) ?? (type === 'patent' ? cslText(item.number) : undefined),
    pages: cslText(item.page),
    doi: bareDoi(cslText(item.DOI)),
    url: urlText && LINK_VALUE.test(urlText) ? urlText : undefined,
    arxiv: /arxiv/i.test(`${cslText(item.archive)} ${cslText(item.publisher)} ${cslText(item['container-title'])}`)
      ? arxivIdIn(cslText(item.number))
      : undefined,
    onArxiv: false,
    links: [],
  };
  if (urlText && !parts.url) warnings.push(`${where}: left out URL = ${urlText} (not a full URL)`);
  return build(parts, warnings, where);
}
