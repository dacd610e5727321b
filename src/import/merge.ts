/**
 * Imported publications merged into a resume's JSON text, changing only what must change: the
 * `publications` value (under whatever spelling the theme reads, such as `Publications`), and
 * in it only the records an import adds or updates. Every other byte stays as the user wrote it.
 *
 * Each imported entry updates at most one record, and each record takes at most one entry: a
 * record is never built from two entries. A record the importer wrote carries the entry's key as
 * `id` and is matched by it alone; a record written by hand (no `id`) is matched by DOI, arXiv
 * id, then title. Entries that look like one paper are all kept, with a warning naming them.
 */
import { createHash } from 'node:crypto';
import { publication_fields } from '../generated/readers';
import { arxivIdOf, bareDoi } from '../format/urls';
import { keyForm } from '../input/fields';
import { isRecord, type Json } from '../normalize/source';
import type { Publication } from '../types';
import { jsonTree, parseJson, type JsonNode } from './json-text';

export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Fields where the user's value differs from the .bib's and stays. */
  kept: number;
  conflicts: number;
}

export type MergeResult =
  | {
      text: string;
      counts: MergeCounts;
      warnings: string[];
      /** The keys of the records added, in the .bib's order. */
      added: string[];
      /** Every field of an existing record that takes the .bib's value, in the .bib's order. */
      changes: FieldChange[];
      /** Fields where the user's value differs from the .bib's and stays (`from` is the user's, `to` the .bib's). */
      kept: FieldChange[];
      /** Fields both the user and the .bib changed: the user's value stays. */
      conflicts: FieldChange[];
    }
  | { error: string };

// The names the theme reads each imported field under, in the order it reads them (the
// description's, src/input/fields.ts): an update goes to the one the user wrote, never beside it.
const ALIASES: Record<keyof Publication, readonly string[]> = publication_fields;

/** The key of `record` the theme reads for one of `names`: as written first, then by key form. */
function keyOf(record: Json, names: readonly string[]): string | undefined {
  const keys = Object.keys(record);
  for (const name of names) {
    if (Object.prototype.hasOwnProperty.call(record, name)) return name;
    const form = keyForm(name);
    const found = keys.find((key) => keyForm(key) === form);
    if (found !== undefined) return found;
  }
  return undefined;
}

function read(record: Json, field: keyof Publication): unknown {
  const key = keyOf(record, ALIASES[field]);
  return key === undefined ? undefined : record[key];
}

/** "What Do Self-Supervised ViTs Learn?" and "what do self supervised vits learn" are one title, in any script. */
export function titleKey(title: unknown): string | undefined {
  if (typeof title !== 'string') return undefined;
  const key = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return key || undefined;
}

function arxivOf(record: Json): string | undefined {
  const links = read(record, 'links');
  const urls = [
    read(record, 'url'),
    ...(Array.isArray(links) ? links.map((link) => (isRecord(link) ? read(link, 'url') : undefined)) : []),
  ];
  for (const url of urls) {
    const id = typeof url === 'string' ? arxivIdOf(url) : undefined;
    if (id) return id.toLowerCase();
  }
  return undefined;
}

/** What a record is matched by: its id; or, written by hand, its DOI, arXiv id and title. */
function identity(record: Json): { id?: string; keys: string[] } {
  const id = read(record, 'id');
  const doi = read(record, 'doi');
  const bare = typeof doi === 'string' ? bareDoi(doi.trim())?.toLowerCase() : undefined;
  const arxiv = arxivOf(record);
  const title = titleKey(read(record, 'name'));
  const keys = [bare && `DOI ${bare}`, arxiv && `arXiv id ${arxiv}`, title && `title ${title}`].filter(
    (key): key is string => Boolean(key),
  );
  return { id: typeof id === 'string' || typeof id === 'number' ? String(id) : undefined, keys };
}

/** The first characters of a SHA-256 of a value's canonical JSON: what the memory keeps of a field. */
function digest(value: unknown): string | undefined {
  return value === undefined
    ? undefined
    : createHash('sha256').update(canonical(value)).digest('base64url').slice(0, 12);
}

/** One field's outcome for a record, said by --dry-run and as a conflict. */
export interface FieldChange {
  id: string;
  field: string;
  /** The file's value before, undefined where it had none. */
  from: unknown;
  /** The value after, undefined where the field is removed. */
  to: unknown;
}

interface RecordMerge {
  record: Json;
  /** Fields that take the .bib's value. */
  changes: FieldChange[];
  /** Fields where the file's value differs from the .bib's and stays: the user's edits. */
  kept: FieldChange[];
  /** Fields both the user and the .bib changed since the last import: the user's value stays. */
  conflicts: FieldChange[];
}

/** The memory a record carries of the last import (field → digest), or undefined where it has none. */
function memoryOf(record: Json): Record<string, string> | undefined {
  const memory = read(record, 'imported');
  if (!isRecord(memory)) return undefined;
  return Object.values(memory).every((value) => typeof value === 'string')
    ? (memory as Record<string, string>)
    : undefined;
}

/**
 * The record merged three ways, field by field, as version control merges a file: the last
 * import (the memory's digests) is the base, the file is ours, the .bib is theirs. A field the
 * .bib did not change keeps the file's value; one only the .bib changed takes it; one both changed
 * keeps the user's and is a conflict. A record with no memory (written by hand, or imported before
 * the memory existed) is all the user's: only the fields a hand-written record lacks are filled.
 */
function merged(existing: Json, imported: Publication): RecordMerge {
  const result: Json = { ...existing };
  const id = imported.id as string;
  const memory = memoryOf(existing);
  // A record the importer wrote (it has an id) lacks a field because the user deleted it.
  const fills = memory === undefined && read(existing, 'id') === undefined;
  const outcome: RecordMerge = { record: result, changes: [], kept: [], conflicts: [] };
  // The key is what matched a hand-written record: it gains it, and is matched by it from then on.
  if (read(existing, 'id') === undefined) {
    result.id = id;
    outcome.changes.push({ id, field: 'id', from: undefined, to: id });
  }
  const fields = new Set([...Object.keys(imported), ...Object.keys(memory ?? {})]);
  const remembered: Record<string, string> = {};
  for (const name of fields) {
    if (name === 'id' || name === 'imported' || !Object.prototype.hasOwnProperty.call(ALIASES, name)) continue;
    const field = name as keyof Publication;
    const key = keyOf(existing, ALIASES[field]) ?? field;
    const mine = existing[key];
    const theirs = imported[field];
    const theirDigest = digest(theirs);
    if (theirDigest !== undefined) remembered[field] = theirDigest;
    if (canonical(mine) === canonical(theirs)) continue;
    // Without a memory there is no last import to tell what changed: what the file has is the user's.
    const bibChanged = memory !== undefined && theirDigest !== memory[field];
    const userChanged = memory === undefined || digest(mine) !== memory[field];
    if ((memory === undefined && mine === undefined && fills) || (bibChanged && !userChanged)) {
      if (theirs === undefined) delete result[key];
      else result[key] = theirs;
      outcome.changes.push({ id, field, from: mine, to: theirs });
    } else if (bibChanged) outcome.conflicts.push({ id, field, from: mine, to: theirs });
    // The .bib did not change it: the file's value, edited or deleted by the user, stays.
    else outcome.kept.push({ id, field, from: mine, to: theirs });
  }
  const memoryKey = keyOf(existing, ALIASES.imported) ?? 'imported';
  delete result[memoryKey];
  result[memoryKey] = remembered;
  return outcome;
}

/** A publication as first written: with the memory of what the .bib gave. */
function withMemory(publication: Publication): Json {
  const remembered: Record<string, string> = {};
  for (const [field, value] of Object.entries(publication))
    if (field !== 'id' && value !== undefined) remembered[field] = digest(value) as string;
  return { ...publication, imported: remembered };
}

/** Canonical JSON: equal values, whatever their key order, give one text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** The file's own style: line ends, indentation unit, what follows a key's colon. */
interface Style {
  eol: string;
  unit: string;
  colon: string;
}

function styleOf(text: string): Style {
  // A file written on one line (minified) stays on one line.
  if (!text.trim().includes('\n')) return { eol: '', unit: '', colon: ':' };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = /\n([ \t]+)["{[]/.exec(text)?.[1] ?? '  ';
  return { eol, unit, colon: ': ' };
}

/** A value as JSON in the file's style, its lines after the first indented by `indent`. */
function serialize(value: unknown, indent: string, style: Style): string {
  return style.unit
    ? JSON.stringify(value, null, style.unit)
        .split('\n')
        .join(style.eol + indent)
    : JSON.stringify(value);
}

/** The white space before `offset` on its line, when the line holds nothing else before it. */
function indentAt(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  return /^[ \t]*$/.test(before) ? before : undefined;
}

/** Where each publication of `imported` goes: which existing record it updates, if any. */
function match(current: unknown[], imported: Publication[], warnings: string[]): Array<number | undefined> {
  const byId = new Map<string, number>();
  const byKey = new Map<string, number>();
  // Records with an id, by their other keys: only to say that a new entry looks like one of them.
  const idByKey = new Map<string, string>();
  current.forEach((record, i) => {
    if (!isRecord(record)) return;
    const { id, keys } = identity(record);
    if (id !== undefined) {
      if (!byId.has(id)) byId.set(id, i);
      for (const key of keys) if (!idByKey.has(key)) idByKey.set(key, id);
    } else for (const key of keys) if (!byKey.has(key)) byKey.set(key, i);
  });
  const claimed = new Set<number>();
  const seen = new Map<string, string>();
  return imported.map((publication) => {
    const id = publication.id as string;
    const { keys } = identity(publication as Json);
    for (const key of keys) {
      const other = seen.get(key);
      if (other !== undefined)
        warnings.push(
          `"${other}" and "${id}" look like one paper (the same ${key.startsWith('title ') ? 'title' : key}); both are kept`,
        );
      else seen.set(key, id);
    }
    let at = byId.get(id);
    if (at === undefined) {
      for (const key of keys) {
        const candidate = byKey.get(key);
        if (candidate !== undefined && !claimed.has(candidate)) {
          at = candidate;
          break;
        }
      }
    }
    if (at !== undefined && claimed.has(at)) at = undefined;
    if (at === undefined) {
      const known = keys.map((key) => [key, idByKey.get(key)]).find(([, other]) => other !== undefined && other !== id);
      if (known)
        warnings.push(
          `"${id}" looks like "${known[1]}", already in the file (the same ${known[0]?.startsWith('title ') ? 'title' : known[0]}); both are kept (was its key renamed?)`,
        );
      return undefined;
    }
    claimed.add(at);
    return at;
  });
}

/** The resume's JSON text with `imported` merged into its publications; or why it cannot be. */
export function mergeIntoText(text: string, imported: Publication[]): MergeResult {
  const parsed = parseJson(text);
  if (!('value' in parsed)) return { error: `line ${parsed.line}: not valid JSON (${parsed.message})` };
  if (!isRecord(parsed.value)) return { error: 'not a resume (a JSON object)' };
  const root = jsonTree(text);
  if (root.kind !== 'object') return { error: 'not a resume (a JSON object)' };
  const style = styleOf(text);
  const { eol, unit, colon } = style;
  // The member the theme reads: "publications" as written (the last one, as JSON.parse keeps), else the first of its key form.
  const exact = root.members.filter((member) => member.key === 'publications');
  const formed = root.members.find((member) => keyForm(member.key) === 'publications');
  const member =
    exact.length > 0 ? exact[exact.length - 1] : formed && root.members.filter((m) => m.key === formed.key).pop();
  const node: JsonNode | undefined = member?.value;
  if (node && node.kind !== 'array') {
    const value = parsed.value[member!.key];
    const what = value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
    return { error: `"${member?.key}" holds ${what}, not a list of publications; nothing was written` };
  }
  const items = node?.kind === 'array' ? node.items : [];
  const current = items.map((item) => JSON.parse(text.slice(item.start, item.end)) as unknown);
  const warnings: string[] = [];
  const targets = match(current, imported, warnings);
  const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0, kept: 0, conflicts: 0 };
  const addedIds: string[] = [];
  const changes: FieldChange[] = [];
  const conflicts: FieldChange[] = [];
  const kept: FieldChange[] = [];
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const memberIndent = (member && indentAt(text, member.keyStart)) ?? unit;
  const firstItemIndent = items.length > 0 ? indentAt(text, items[0].start) : undefined;
  const itemIndent = firstItemIndent ?? memberIndent + unit;
  const added: unknown[] = [];
  imported.forEach((publication, n) => {
    const at = targets[n];
    if (at === undefined) {
      added.push(withMemory(publication));
      addedIds.push(publication.id as string);
      counts.added++;
      return;
    }
    const before = current[at];
    const outcome = merged(isRecord(before) ? before : {}, publication);
    const after = outcome.record;
    counts.kept += outcome.kept.length;
    kept.push(...outcome.kept);
    counts.conflicts += outcome.conflicts.length;
    changes.push(...outcome.changes);
    conflicts.push(...outcome.conflicts);
    if (outcome.changes.length > 0) counts.updated++;
    else counts.unchanged++;
    // Only the memory may differ (a record imported before the memory existed): still written.
    if (canonical(after) === canonical(before)) return;
    const item = items[at];
    const indent = indentAt(text, item.start) ?? itemIndent;
    edits.push({
      start: item.start,
      end: item.end,
      text: recordText(text, item, after, before as Json, indent, style),
    });
  });
  if (added.length > 0) {
    const addedText = added
      .map((publication) => itemIndent + serialize(publication, itemIndent, style))
      .join(`,${eol}`);
    if (node?.kind === 'array' && items.length > 0) {
      const last = items[items.length - 1];
      edits.push({ start: last.end, end: last.end, text: `,${eol}${addedText}` });
    } else if (node) {
      edits.push({ start: node.start, end: node.end, text: `[${eol}${addedText}${eol}${memberIndent}]` });
    } else {
      const list = `[${eol}${added.map((publication) => unit + unit + serialize(publication, unit + unit, style)).join(`,${eol}`)}${eol}${unit}]`;
      const lastMember = root.members[root.members.length - 1];
      if (lastMember)
        edits.push({
          start: lastMember.value.end,
          end: lastMember.value.end,
          text: `,${eol}${unit}"publications"${colon}${list}`,
        });
      else edits.push({ start: root.start, end: root.end, text: `{${eol}${unit}"publications"${colon}${list}${eol}}` });
    }
  }
  let result = text;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return { text: result, counts, warnings, added: addedIds, changes, kept, conflicts };
}

/** An updated record: members the update did not change keep their text as written. */
function recordText(text: string, node: JsonNode, after: Json, before: Json, indent: string, style: Style): string {
  const raw = new Map<string, string>();
  if (node.kind === 'object')
    for (const member of node.members) raw.set(member.key, text.slice(member.value.start, member.value.end));
  const inner = indent + style.unit;
  const members = Object.keys(after).map((key) => {
    const kept = key in before && canonical(before[key]) === canonical(after[key]) ? raw.get(key) : undefined;
    return `${inner}${JSON.stringify(key)}${style.colon}${kept ?? serialize(after[key], inner, style)}`;
  });
  return `{${style.eol}${members.join(`,${style.eol}`)}${style.eol}${indent}}`;
}
