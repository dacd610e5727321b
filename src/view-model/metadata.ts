/**
 * The page as scholarly metadata: a COinS span per publication (Z39.88-2004 ContextObjects, which
 * Zotero's connector and other reference managers pick works off a page by) and one schema.org
 * JSON-LD block with the person and their works, talks and grants, for search engines. Data, not
 * script: the block is `application/ld+json`, which no browser runs, serialised so that no string
 * of the resume can close it or comment it out, and parsing back to exactly the resume's strings.
 */
import { pageRange } from '../format/pages';
import { arxivIdOf, safeUrl } from '../format/urls';
import type { NGrant, NormalizedResume, NPublication, NTalk } from '../normalize';
import type { Context } from './context';
import { orcidAddress } from './header';
import { listedPublications } from './publications';

/** Each kind's ContextObject format, genre and the key its own title goes under (Zotero's COinS mapping). */
const COINS: Record<string, { format: string; genre?: string; title: string; venue?: string }> = {
  journal: { format: 'journal', genre: 'article', title: 'atitle', venue: 'jtitle' },
  preprint: { format: 'journal', genre: 'preprint', title: 'atitle', venue: 'jtitle' },
  conference: { format: 'book', genre: 'proceeding', title: 'atitle', venue: 'btitle' },
  workshop: { format: 'book', genre: 'proceeding', title: 'atitle', venue: 'btitle' },
  chapter: { format: 'book', genre: 'bookitem', title: 'atitle', venue: 'btitle' },
  book: { format: 'book', genre: 'book', title: 'btitle', venue: 'pub' },
  report: { format: 'book', genre: 'report', title: 'btitle', venue: 'pub' },
  thesis: { format: 'dissertation', title: 'title', venue: 'inst' },
  patent: { format: 'patent', title: 'title' },
  other: { format: 'book', genre: 'unknown', title: 'btitle', venue: 'pub' },
};

/** The arXiv id of a paper's links, if one is there. */
function arxivOf(item: NPublication): string | undefined {
  for (const link of item.links) {
    const id = arxivIdOf(link.url);
    if (id) return id;
  }
  return undefined;
}

// A lone surrogate, on which encodeURIComponent throws: written as U+FFFD, as a UTF-8 page shows it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function uriComponent(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(LONE_SURROGATE, '\ufffd'));
  }
}

/** A key and value of a ContextObject, after others: "&amp;key=value", or nothing without a value. */
function pair(key: string, value: string | undefined): string {
  return value ? `&amp;${key}=${uriComponent(value)}` : '';
}

/**
 * A publication's ContextObject, as the `title` of its COinS span, already written for the
 * attribute: every value passes through encodeURIComponent, which leaves no quote, "<", ">" or "&",
 * and the pairs are joined by "&amp;", so the page writes it as it is (escaping every "=" and "&"
 * of a hundred works took a fifth of a render). `names` are its authors as the list writes them.
 */
export function coins(item: NPublication, names: readonly string[]): string | undefined {
  if (!item.name) return undefined;
  const kind = COINS[item.type ?? 'other'] ?? COINS.other;
  let out = `ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3A${kind.format}`;
  out += pair('rft.genre', kind.genre);
  out += pair(`rft.${kind.title}`, item.name);
  if (kind.venue) out += pair(`rft.${kind.venue}`, item.publisher);
  const author = item.type === 'patent' ? 'rft.inventor' : 'rft.au';
  for (const name of names) out += pair(author, name);
  out += pair('rft.date', item.releaseDate?.iso);
  out += pair('rft.volume', item.volume);
  out += item.type === 'patent' ? pair('rft.number', item.number) : pair('rft.issue', item.issue);
  out += pair('rft.pages', item.pages && pageRange(item.pages));
  out += pair('rft_id', item.doi && `info:doi/${item.doi}`);
  const arxiv = arxivOf(item);
  out += pair('rft_id', arxiv && `info:arxiv/${arxiv}`);
  return out + pair('rft_id', safeUrl(item.url));
}

/** schema.org's type for each kind of work. */
const WORK_TYPES: Record<string, string> = {
  journal: 'ScholarlyArticle',
  conference: 'ScholarlyArticle',
  workshop: 'ScholarlyArticle',
  preprint: 'ScholarlyArticle',
  chapter: 'Chapter',
  book: 'Book',
  thesis: 'Thesis',
  report: 'Report',
  patent: 'CreativeWork',
  other: 'CreativeWork',
};

type Node = Record<string, unknown>;
const PERSON = '#person';

function work(item: NPublication, ctx: Context, names: readonly string[]): Node | undefined {
  if (!item.name) return undefined;
  const type = WORK_TYPES[item.type ?? 'other'] ?? 'CreativeWork';
  const doi = item.doi && safeUrl(`https://doi.org/${item.doi}`);
  const node: Node = { '@type': type, name: item.name };
  if (item.authors.length > 0)
    node.author = item.authors.map((author, i) =>
      ctx.isOwner(author) ? { '@id': PERSON } : { '@type': 'Person', name: names[i] },
    );
  if (item.releaseDate?.iso) node.datePublished = item.releaseDate.iso;
  if (item.publisher) {
    // A book's or report's publisher; an article's or chapter's container.
    const published = type === 'Book' || type === 'Report' || type === 'CreativeWork';
    node[published ? 'publisher' : 'isPartOf'] = {
      '@type': published ? 'Organization' : type === 'Chapter' ? 'Book' : 'Periodical',
      name: item.publisher,
    };
  }
  if (doi) {
    node.identifier = { '@type': 'PropertyValue', propertyID: 'DOI', value: item.doi };
    node.sameAs = doi;
  }
  const url = safeUrl(item.url);
  if (url) node.url = url;
  return node;
}

function event(talk: NTalk): Node[] {
  return talk.events.map((given) => {
    const node: Node = { '@type': 'Event', name: talk.title ?? given.name, performer: { '@id': PERSON } };
    if (given.name && talk.title) node.location = { '@type': 'Place', name: given.name };
    if (given.date?.iso) node.startDate = given.date.iso;
    return node;
  });
}

function grant(item: NGrant): Node | undefined {
  if (!item.title) return undefined;
  const node: Node = { '@type': 'MonetaryGrant', name: item.title };
  if (item.awarder) node.funder = { '@type': 'Organization', name: item.awarder };
  if (item.number) node.identifier = item.number;
  return node;
}

/** The person: name, job title, affiliation, e-mail, address and the profiles the page links. */
function person(resume: NormalizedResume): Node {
  const { basics } = resume;
  const node: Node = { '@type': 'Person', '@id': PERSON };
  if (basics.name) node.name = basics.name;
  if (basics.label) node.jobTitle = basics.label;
  const current = resume.work.find((job) => job.dates.startDate && !job.dates.endDate);
  if (current?.name) node.affiliation = { '@type': 'Organization', name: current.name };
  if (basics.email) node.email = basics.email;
  const url = safeUrl(basics.url);
  if (url) node.url = url;
  // The ORCID iD as its address, then the other profiles the page links.
  const sameAs = new Set<string>();
  const addOrcid = (written: string | undefined) => {
    const orcid = written && orcidAddress(written);
    if (orcid) sameAs.add(orcid);
  };
  addOrcid(basics.orcid);
  // Loops, not a spread of flatMap's list: this ran on every render and cost more than the rest of the person.
  for (const profile of basics.profiles) {
    addOrcid(profile.username);
    addOrcid(profile.url);
  }
  for (const profile of basics.profiles) {
    const link = safeUrl(profile.url);
    if (link && !link.startsWith('https://orcid.org/')) sameAs.add(link);
  }
  if (sameAs.size > 0) node.sameAs = [...sameAs];
  return node;
}

/** The JSON-LD graph of the page. */
export function jsonLd(resume: NormalizedResume, ctx: Context): string {
  const graph: Node[] = [person(resume)];
  // The works the page lists, in its order, their authors written as the list writes them.
  const listed = listedPublications(resume.publications, ctx, resume.meta.themeOptions);
  for (const item of listed.ordered) {
    const node = work(item, ctx, listed.names(item));
    if (node) graph.push(node);
  }
  for (const talk of resume.talks) graph.push(...event(talk));
  for (const item of resume.grants) {
    const node = grant(item);
    if (node) graph.push(node);
  }
  return scriptJson({ '@context': 'https://schema.org', '@graph': graph });
}

const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/;
const SCRIPT_UNSAFE_ALL = /[<>&\u2028\u2029]/g;

/**
 * JSON for the inside of a script element: what HTML would read as markup or as the end of the
 * block ("<", ">", "&") and what old parsers take for line ends (U+2028, U+2029) written as \u
 * escapes, which JSON reads back as the same characters.
 */
function scriptJson(value: unknown): string {
  const json = JSON.stringify(value);
  // Tested first, as escapeHtml does: most pages have none, and a replace that finds nothing costs more.
  return SCRIPT_UNSAFE.test(json)
    ? json.replace(SCRIPT_UNSAFE_ALL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : json;
}
