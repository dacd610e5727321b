/**
 * Reading BibTeX and BibLaTeX as researchers' files have them, entry by entry: an entry that
 * cannot be read is skipped with a problem naming it and its line, and the rest is read. Text
 * outside entries is a comment, as BibTeX has it (an e-mail address on a `%` line included).
 * Values are kept as written (LaTeX), `@string` macros expanded within a budget, so a file of
 * strings that double each other cannot grow without bound. One pass; linear in the file.
 */
import { capitalized } from '../format/case';
import { MONTH_NAMES } from '../format/dates';

export interface BibEntry {
  /** Lower case: "article", "inproceedings". */
  type: string;
  key: string;
  /** The 1-based line the entry starts on. */
  line: number;
  /** Field values as written, macros expanded; names in lower case, first occurrence kept. */
  fields: Map<string, string>;
}

export interface BibProblem {
  line: number;
  message: string;
}

export interface BibFile {
  entries: BibEntry[];
  /** Entries skipped, and what was wrong in entries that were read. */
  problems: BibProblem[];
}

/** A value longer than this (after macros) is refused: no field of a real entry comes near it. */
export const MAX_VALUE_CHARS = 100_000;

class Stop extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

const isSpace = (c: string | undefined) =>
  c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\v';
// Characters of entry types, field names, keys and macro names.
const isNameChar = (c: string | undefined) => c !== undefined && !isSpace(c) && !'{}()",=#%@\''.includes(c);

/** The start of an entry at `at`: "@", a name, optional space, then "{" or "(". */
const ENTRY_START = /@[ \t]*([A-Za-z][\w-]*)[ \t\r\n]*[{(]/y;
// A line that starts an entry: where reading resumes after a broken one.
const LINE_ENTRY_START = /\n[ \t]*@[ \t]*[A-Za-z][\w-]*[ \t]*[{(]/g;

export function readBibtex(text: string): BibFile {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const entries: BibEntry[] = [];
  const problems: BibProblem[] = [];
  const strings = new Map<string, string>(MONTH_NAMES.map((month) => [month.slice(0, 3), capitalized(month)]));
  // What macro expansion may add in all: generous for real files, bounded for a doubling bomb.
  let expansionBudget = 4 * text.length + 1_000_000;
  let i = 0;

  // Between tokens, a "%" starts a comment to the end of its line, as biber reads it.
  const skipSpace = () => {
    for (;;) {
      while (isSpace(text[i])) i++;
      if (text[i] !== '%') return;
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
    }
  };
  const name = (): string => {
    const start = i;
    while (isNameChar(text[i])) i++;
    return text.slice(start, i);
  };
  /** A braced or quoted piece; a new entry starting on a line inside it means it was never closed. */
  const delimited = (open: string): string => {
    const start = i;
    const close = open === '{' ? '}' : '"';
    let depth = 0;
    i++;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '{') depth++;
      else if (c === '}') {
        if (depth === 0) {
          if (close === '}') return text.slice(start + 1, i++);
          throw new Stop(i, `an extra "}" at line ${lineOf(i)}`);
        }
        depth--;
      } else if (c === '"' && close === '"' && depth === 0) return text.slice(start + 1, i++);
      else if (c === '\n') {
        ENTRY_START.lastIndex = i + 1;
        while (isSpace(text[ENTRY_START.lastIndex]) && text[ENTRY_START.lastIndex] !== '\n') ENTRY_START.lastIndex++;
        if (text[ENTRY_START.lastIndex] === '@' && ENTRY_START.test(text))
          throw new Stop(i, `the value opened at line ${lineOf(start)} is not closed`);
      }
      if (i - start > MAX_VALUE_CHARS)
        throw new Stop(
          i,
          `a value longer than ${MAX_VALUE_CHARS.toLocaleString('en')} characters at line ${lineOf(start)}`,
        );
    }
    throw new Stop(i, `the value opened at line ${lineOf(start)} is not closed`);
  };
  /** A value: pieces joined by "#"; each macro's text is counted against the expansion budget. */
  const value = (warn: (message: string) => void): string => {
    let out = '';
    for (;;) {
      skipSpace();
      const c = text[i];
      if (c === '{' || c === '"') out += delimited(c);
      else if (c !== undefined && c >= '0' && c <= '9') {
        const start = i;
        while (text[i] >= '0' && text[i] <= '9') i++;
        out += text.slice(start, i);
      } else if (isNameChar(c)) {
        const macro = name();
        const expansion = strings.get(macro.toLowerCase());
        if (expansion === undefined) {
          warn(`unknown @string "${macro}", kept as written`);
          out += macro;
        } else {
          expansionBudget -= expansion.length;
          if (expansionBudget < 0) throw new Stop(i, '@string macros expand to more text than the file could need');
          out += expansion;
        }
      } else
        throw new Stop(i, c === undefined ? 'the file ends inside it' : `a value was expected at line ${lineOf(i)}`);
      if (out.length > MAX_VALUE_CHARS)
        throw new Stop(
          i,
          `a value longer than ${MAX_VALUE_CHARS.toLocaleString('en')} characters at line ${lineOf(i)}`,
        );
      skipSpace();
      if (text[i] !== '#') return out;
      i++;
    }
  };
  /** After a broken entry: the next line that starts an entry. */
  const resume = (from: number) => {
    LINE_ENTRY_START.lastIndex = Math.max(from - 1, 0);
    const next = LINE_ENTRY_START.exec(text);
    i = next ? next.index + 1 : text.length;
  };

  while (i < text.length) {
    const c = text[i];
    if (c === '%') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (c !== '@') {
      i++;
      continue;
    }
    ENTRY_START.lastIndex = i;
    const start = ENTRY_START.exec(text);
    if (!start) {
      i++; // an "@" in text outside entries: a comment, as BibTeX reads it
      continue;
    }
    const entryAt = i;
    const type = start[1].toLowerCase();
    const closer = text[ENTRY_START.lastIndex - 1] === '(' ? ')' : '}';
    i = ENTRY_START.lastIndex;
    const line = lineOf(entryAt);
    if (type === 'comment' || type === 'preamble') {
      // Skipped whole: braces balanced, or up to the next line that starts an entry.
      i--;
      try {
        if (closer === '}') delimited('{');
        else resume(i);
      } catch (error) {
        if (!(error instanceof Stop)) throw error;
        problems.push({ line, message: `@${type} at line ${line}: ${error.message}; skipped` });
        resume(error.at);
      }
      continue;
    }
    let key = '';
    try {
      if (type === 'string') {
        skipSpace();
        const macro = name();
        skipSpace();
        if (!macro || text[i] !== '=') throw new Stop(i, `"name = value" was expected at line ${lineOf(i)}`);
        i++;
        const expansion = value((message) => problems.push({ line, message: `@string at line ${line}: ${message}` }));
        skipSpace();
        if (text[i] !== closer) throw new Stop(i, `"${closer}" was expected at line ${lineOf(i)}`);
        i++;
        strings.set(macro.toLowerCase(), expansion);
        continue;
      }
      skipSpace();
      const keyStart = i;
      while (i < text.length && text[i] !== ',' && text[i] !== closer && !isSpace(text[i])) i++;
      key = text.slice(keyStart, i);
      skipSpace();
      // "@article{title = …": no key at all.
      if (text[i] === '=') {
        i = keyStart;
        key = '';
      }
      const fields = new Map<string, string>();
      const warnings: string[] = [];
      for (;;) {
        // "a = {x},  , b = {y}": an empty field between commas is nothing.
        while (text[i] === ',' || isSpace(text[i])) i++;
        skipSpace();
        if (text[i] === closer) {
          i++;
          break;
        }
        if (i >= text.length) throw new Stop(i, 'the file ends inside it');
        const fieldAt = i;
        const field = name().toLowerCase();
        skipSpace();
        if (!field || text[i] !== '=')
          throw new Stop(
            i,
            `a field ("name = value") was expected at line ${lineOf(fieldAt)}, not "${text.slice(fieldAt, fieldAt + 20).split('\n')[0]}"`,
          );
        i++;
        const written = value((message) => warnings.push(`${message} (${field})`));
        if (fields.has(field)) warnings.push(`a second "${field}" at line ${lineOf(fieldAt)} was left out`);
        else fields.set(field, written);
        skipSpace();
        if (text[i] !== ',' && text[i] !== closer) {
          throw new Stop(
            i,
            `"," or "${closer}" was expected after ${field} at line ${lineOf(i)}, not "${text.slice(i, i + 20).split('\n')[0]}" (an extra "}" or a missing ","?)`,
          );
        }
      }
      // Fields written after the entry closed mean a "}" ended it early: the entry is not whole.
      const after = /^[ \t\r\n]*(?:,[ \t\r\n]*)?[A-Za-z][\w-]*[ \t]*=[ \t]*["{\d]/.exec(text.slice(i, i + 200));
      if (after) throw new Stop(i, `it ends at line ${lineOf(i - 1)} before its fields do (an extra "}"?)`);
      entries.push({ type, key, line, fields });
      for (const message of warnings)
        problems.push({ line, message: `${key || '(no key)'} at line ${line}: ${message}` });
    } catch (error) {
      if (!(error instanceof Stop)) throw error;
      const what = type === 'string' ? '@string' : `@${type}{${key}`;
      problems.push({ line, message: `${what} at line ${line}: ${error.message}; skipped` });
      resume(Math.max(error.at, entryAt + 1));
    }
  }
  return { entries, problems };
}
