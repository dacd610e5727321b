/**
 * Merging imported publications into a resume's: each is matched to one already there by DOI,
 * then arXiv id, then title (case, accents and punctuation aside). A match gets the imported
 * fields and keeps every field the user added by hand; the rest are added. Importing the same
 * file twice changes nothing the second time.
 */
import { bareDoi } from '../normalize';
import { isRecord, type Json } from '../normalize/read';
import type { LabelledLink, Publication } from '../types';

export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** "What Do Self-Supervised ViTs Learn?" and "what do self supervised vits learn" are one title. */
function titleKey(title: unknown): string | undefined {
  if (typeof title !== 'string') return undefined;
  const key = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
  return key || undefined;
}

function arxivOf(publication: Json): string | undefined {
  const links = Array.isArray(publication.links) ? publication.links : [];
  for (const link of links) {
    const url = isRecord(link) && typeof link.url === 'string' ? link.url : '';
    const path = /arxiv\.org\/(?:abs|pdf)\/([^\s?#]+)/i.exec(url)?.[1];
    // "2401.01234v2.pdf" is 2401.01234: its version and file ending aside.
    const id = path?.replace(/\.pdf$/i, '').replace(/v\d+$/, '');
    if (id) return id.toLowerCase();
  }
  return undefined;
}

function doiOf(publication: Json): string | undefined {
  return typeof publication.doi === 'string' ? bareDoi(publication.doi)?.toLowerCase() : undefined;
}

/** The keys a publication is matched by, strongest first. */
function matchKeys(publication: Json): string[] {
  return [
    doiOf(publication) && `doi:${doiOf(publication)}`,
    arxivOf(publication) && `arxiv:${arxivOf(publication)}`,
    titleKey(publication.name ?? publication.title) && `title:${titleKey(publication.name ?? publication.title)}`,
  ].filter((key): key is string => Boolean(key));
}

/** Imported links replace those of the same label; links the user added stay, before them. */
function mergeLinks(existing: unknown, imported: LabelledLink[] | undefined): unknown {
  if (!imported) return existing;
  if (!Array.isArray(existing)) return imported;
  const labels = new Set(imported.map((link) => link.label?.toLowerCase()));
  const kept = existing.filter((link) => !(isRecord(link) && typeof link.label === 'string' && labels.has(link.label.toLowerCase())));
  return [...kept, ...imported];
}

/** Honours the user listed stay; imported ones are added once. */
function mergeHonours(existing: unknown, imported: Publication['honours']): unknown {
  if (!imported) return existing;
  if (!Array.isArray(existing)) return imported;
  const label = (honour: unknown) => (typeof honour === 'string' ? honour : isRecord(honour) ? String(honour.label) : '').toLowerCase();
  const known = new Set(existing.map(label));
  return [...existing, ...imported.filter((honour) => !known.has(label(honour)))];
}

function merged(existing: Json, imported: Publication): Json {
  const result: Json = { ...existing, ...imported };
  // A title the user wrote under "title" stays there.
  if ('title' in existing && !('name' in existing)) {
    result.title = imported.name;
    delete result.name;
  }
  if ('links' in imported) result.links = mergeLinks(existing.links, imported.links);
  if ('honours' in imported) result.honours = mergeHonours(existing.honours, imported.honours);
  // A selection the user made by hand is theirs.
  if ('selected' in existing) result.selected = existing.selected;
  return result;
}

/** The resume's publications with `imported` merged in, and what happened to each. */
export function mergePublications(current: unknown[], imported: Publication[]): { publications: unknown[]; counts: MergeCounts } {
  const publications = [...current];
  const index = new Map<string, number>();
  publications.forEach((publication, i) => {
    if (isRecord(publication)) for (const key of matchKeys(publication)) if (!index.has(key)) index.set(key, i);
  });
  const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0 };
  for (const publication of imported) {
    const keys = matchKeys(publication as Json);
    const at = keys.map((key) => index.get(key)).find((i) => i !== undefined);
    if (at === undefined) {
      publications.push(publication);
      for (const key of keys) index.set(key, publications.length - 1);
      counts.added++;
      continue;
    }
    const before = publications[at];
    const after = merged(isRecord(before) ? before : {}, publication);
    if (JSON.stringify(after) === JSON.stringify(before)) counts.unchanged++;
    else {
      publications[at] = after;
      counts.updated++;
    }
    for (const key of keys) if (!index.has(key)) index.set(key, at);
  }
  return { publications, counts };
}
