/**
 * Reading the files researchers keep their papers in: BibTeX and BibLaTeX (al-folio's
 * _bibliography/papers.bib, Google Scholar, DBLP and arXiv exports) through citation-js, and
 * CSL-JSON (a Zotero export). Both become `Source` entries: a CSL item, decoded from LaTeX, with
 * the raw fields BibTeX had beside it (al-folio's `selected`, `abbr`, `code`, `award`, ...).
 * Nothing here throws: a malformed file is a `problem` with the line it is on.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';

/** The CSL-JSON fields the importer reads. */
export interface CslName {
  given?: string;
  family?: string;
  literal?: string;
}

export interface CslItem {
  id?: string;
  type?: string;
  title?: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  issued?: { 'date-parts'?: Array<Array<number | string>> };
  volume?: string | number;
  issue?: string | number;
  page?: string;
  DOI?: string;
  URL?: string;
  archive?: string;
  number?: string;
  genre?: string;
}

export interface Source {
  /** The citation key, or the CSL id: named in warnings. */
  key: string;
  /** The BibTeX entry type ("inproceedings"), lower case; undefined for CSL-JSON. */
  entryType?: string;
  item: CslItem;
  /** BibTeX's fields as written (field names in lower case), for what CSL has no place for. */
  fields: Record<string, string>;
}

export interface ReadResult {
  sources: Source[];
  /** Why the file could not be read, and where. */
  problem?: { line?: number; message: string };
}

interface RawEntry {
  type: string;
  label: string;
  properties: Record<string, unknown>;
}

const { chainLink } = plugins.input;

function isRawEntry(value: unknown): value is RawEntry {
  const entry = value as RawEntry;
  return typeof entry === 'object' && entry !== null && typeof entry.type === 'string' && typeof entry.properties === 'object';
}

/** Text with its LaTeX decoded ("{\"U}ber \\& mehr" is "Über & mehr"), as citation-js decodes titles. */
export function decodeLatex(text: string): string {
  try {
    const [item] = chainLink([{ type: 'misc', label: 'x', properties: { title: text } }]) as CslItem[];
    return item?.title ?? text;
  } catch {
    return text;
  }
}

function problemOf(error: unknown): { line?: number; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  const line = /line (\d+)/.exec(message)?.[1];
  return { line: line === undefined ? undefined : Number(line), message: message.split('\n')[0] };
}

export function readBibtex(text: string): ReadResult {
  let raw: unknown;
  try {
    // An empty file, or one with only front matter and comments, has no entries.
    if (!text.includes('@')) return { sources: [] };
    raw = chainLink(text);
  } catch (error) {
    return { sources: [], problem: problemOf(error) };
  }
  if (!Array.isArray(raw)) return { sources: [], problem: { message: 'no BibTeX entries found' } };
  const sources = raw.filter(isRawEntry).flatMap((entry): Source[] => {
    const fields = Object.fromEntries(Object.entries(entry.properties).map(([name, value]) => [name.toLowerCase(), String(value)]));
    try {
      const [item] = chainLink([entry]) as CslItem[];
      return item ? [{ key: entry.label, entryType: entry.type.toLowerCase(), item, fields }] : [];
    } catch {
      // An entry citation-js cannot convert still has its raw fields.
      return [{ key: entry.label, entryType: entry.type.toLowerCase(), item: { title: fields.title && decodeLatex(fields.title) }, fields }];
    }
  });
  return { sources };
}

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

const JSON_TOKEN = /\s*(?:"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|[{}[\]:,])/y;

/**
 * Where JSON text first goes wrong: Node 20's JSON.parse no longer says. Tokens are checked
 * against what may come next (a value, a key, ":", "," or a closing bracket), with a stack of
 * the brackets open; linear in the text.
 */
function errorOffset(text: string): number {
  const open: string[] = [];
  let expect: 'value' | 'key' | 'colon' | 'after' = 'value';
  let at = 0;
  for (;;) {
    JSON_TOKEN.lastIndex = at;
    const match = JSON_TOKEN.exec(text);
    if (!match) return /^\s*$/.test(text.slice(at)) && open.length === 0 && expect === 'after' ? text.length : at + (text.slice(at).length - text.slice(at).trimStart().length);
    const token = match[0].trim();
    const start = match.index + match[0].length - token.length;
    at = JSON_TOKEN.lastIndex;
    const closes = token === '}' || token === ']';
    if (expect === 'key') {
      if (token.startsWith('"')) expect = 'colon';
      else if (token === '}' && text[start - 1] !== ',' && open[open.length - 1] === '{') {
        open.pop();
        expect = 'after';
      } else return start;
    } else if (expect === 'colon') {
      if (token !== ':') return start;
      expect = 'value';
    } else if (expect === 'value') {
      if (token === '{') (open.push('{'), (expect = 'key'));
      else if (token === '[') (open.push('['), (expect = 'value'));
      else if (token === ']' && open[open.length - 1] === '[') (open.pop(), (expect = 'after'));
      else if (closes || token === ':' || token === ',') return start;
      else expect = 'after';
    } else {
      const inner = open[open.length - 1];
      if (token === ',' && inner) expect = inner === '{' ? 'key' : 'value';
      else if ((token === '}' && inner === '{') || (token === ']' && inner === '[')) open.pop();
      else return start;
    }
  }
}

export function readCslJson(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { sources: [], problem: { line: lineAt(text, errorOffset(text)), message: message.split('\n')[0] } };
  }
  const items = Array.isArray(data) ? data : typeof data === 'object' && data !== null ? [data] : [];
  if (items.length === 0) return { sources: [], problem: { message: 'not CSL-JSON: expected a list of items' } };
  return {
    sources: items.flatMap((item, i): Source[] =>
      typeof item === 'object' && item !== null && !Array.isArray(item) ? [{ key: String((item as CslItem).id ?? `item ${i + 1}`), item: item as CslItem, fields: {} }] : [],
    ),
  };
}

/** CSL-JSON when the file is JSON (a Zotero export), BibTeX otherwise. */
export function readPublications(fileName: string, text: string): ReadResult {
  const json = fileName.toLowerCase().endsWith('.json') || /^\s*[[{]/.test(text);
  return json ? readCslJson(text) : readBibtex(text);
}
