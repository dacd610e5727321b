/**
 * A bibliography file as publications: BibTeX and BibLaTeX (al-folio's papers.bib, Google
 * Scholar, DBLP and arXiv exports, JabRef, Mendeley, BibDesk) or CSL-JSON (a Zotero export).
 * An entry that cannot be read is skipped with a warning naming it and its line; the rest is
 * read. Nothing here throws for anything a file holds.
 */
import type { Publication } from '../types';
import { readBibtex } from './bibtex';
import { parseJson } from './json-text';
import { fromBibtex, fromCsl, type Imported } from './publication';

export interface ReadResult {
  publications: Publication[];
  /** One line each: what was left out or read with doubt, naming the entry and its line. */
  warnings: string[];
  /** Why nothing could be read, when nothing could. */
  problem?: string;
}

/** Each entry's key made unique: a second entry with a key already used gets "key-2". */
function uniqueKeys(imported: Array<{ result: Imported; line: string }>, warnings: string[]): Publication[] {
  const used = new Map<string, string>();
  const publications: Publication[] = [];
  for (const { result, line } of imported) {
    warnings.push(...result.warnings);
    const publication = result.publication;
    if (!publication) continue;
    let key = publication.id ?? '';
    if (used.has(key) || !key) {
      let n = 2;
      const base = key || 'entry';
      while (used.has(`${base}-${n}`)) n++;
      const unique = `${base}-${n}`;
      warnings.push(
        key
          ? `${line}: the key "${key}" is also used at ${used.get(key)}; this entry is imported as "${unique}"`
          : `${line}: no key; imported as "${unique}"`,
      );
      key = unique;
    }
    used.set(key, line);
    publications.push({ ...publication, id: key });
  }
  return publications;
}

export function readBibtexFile(name: string, text: string): ReadResult {
  const { entries, problems } = readBibtex(text);
  const warnings = problems.map((problem) => `${name}: ${problem.message}`);
  if (entries.length === 0 && problems.length > 0)
    return { publications: [], warnings, problem: 'no BibTeX entry could be read' };
  const results = entries
    .filter((entry) => entry.type !== 'xdata' && entry.type !== 'set')
    .map((entry) => {
      const line = `line ${entry.line}`;
      return { result: fromBibtex(entry, `${name}: ${entry.key || '(no key)'} (${line})`), line };
    });
  const publications = uniqueKeys(results, warnings);
  const bookkeeping = results.filter(({ result }) => result.bookkeeping);
  if (bookkeeping.length > 0) {
    const fields = [...new Set(bookkeeping.flatMap(({ result }) => result.bookkeeping ?? []))].join(', ');
    warnings.push(
      `${name}: the addresses in ${fields} (the exporter's record of the entry, not a link of the paper) were not imported, in ${bookkeeping.length} entr${bookkeeping.length === 1 ? 'y' : 'ies'}`,
    );
  }
  return { publications, warnings };
}

export function readCslFile(name: string, text: string): ReadResult {
  const parsed = parseJson(text);
  if (!('value' in parsed))
    return { publications: [], warnings: [], problem: `line ${parsed.line}: not valid JSON (${parsed.message})` };
  const data = parsed.value;
  const items = Array.isArray(data) ? data : typeof data === 'object' && data !== null ? [data] : [];
  if (items.length === 0) return { publications: [], warnings: [], problem: 'not CSL-JSON: expected a list of items' };
  const warnings: string[] = [];
  const results = items.flatMap((item, i) => {
    const line = `item ${i + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      warnings.push(`${name}: ${line} is not an object; skipped`);
      return [];
    }
    const record = item as Record<string, unknown>;
    const key = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : '';
    return [{ result: fromCsl(record, key, `${name}: ${key || '(no id)'} (${line})`), line }];
  });
  return { publications: uniqueKeys(results, warnings), warnings };
}

/** What a file in which no entry was found looks like, where that is clear. */
function lookOf(text: string): string {
  if (text.trim() === '') return ': the file is empty';
  if (/^\s*<(?:!doctype\s+html|html|head|body|\?xml)\b/i.test(text)) return ': it looks like an HTML or XML page';
  return '';
}

/** CSL-JSON when the file is JSON (a Zotero export), BibTeX otherwise; a file with no entry is refused. */
export function readPublications(name: string, text: string): ReadResult {
  const json = name.toLowerCase().endsWith('.json') || /^\s*[[{]/.test(text);
  const result = json ? readCslFile(name, text) : readBibtexFile(name, text);
  if (result.problem || result.publications.length > 0) return result;
  // Entries were found, and each was skipped with a line of its own.
  if (result.warnings.length > 0) return { ...result, problem: 'no entry could be imported: each was skipped' };
  return { ...result, problem: `no BibTeX or CSL-JSON entry was found${lookOf(text)}` };
}
