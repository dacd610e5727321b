/**
 * `jsonresume-theme-scholar import <file.bib|file.json> [--into resume.json]`: publications from
 * BibTeX or CSL-JSON, printed as a JSON array or merged into a resume. Node-only: `render` never
 * loads this module, and the theme's bundles do not contain it. Every failure is one line naming
 * the file, and a non-zero exit.
 */
import type { Publication } from '../types';
import { decode, InputError, NotTextError, printable, readBytes } from './input';
import { mergeIntoText, type FieldChange, type MergeCounts } from './merge';
import { readPublications } from './read';
import { replaceFile, WriteError } from './write';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const USAGE = `Usage: jsonresume-theme-scholar import <file.bib|file.json> [--into resume.json] [--dry-run]

Reads publications from BibTeX or BibLaTeX (al-folio's papers.bib, Google Scholar, DBLP,
arXiv, JabRef, Mendeley) or CSL-JSON (a Zotero export). Without --into, prints them as a JSON
array; with it, merges them into that resume's publications. Each paper keeps its citation key
as "id"; a paper imported before is matched by it, one written by hand by DOI, arXiv id, then
title. A re-import keeps your edits: a field the .bib did not change since the last import
keeps your value; one you both changed keeps yours and is named as a conflict. Only the
publications change: the rest of the file stays byte for byte as it was.

  --dry-run   print what would change, field by field, and write nothing`;

/** One line for a file that cannot be read: "no such file", never an error code alone. */
export function fileError(file: string, error: unknown): string {
  if (error instanceof InputError) return `${file}: ${error.message}`;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EACCES' || code === 'EPERM') return `${file}: cannot be read (permission denied)`;
  return `${file}: cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

/** A value for one line of output: as JSON, cut at 80 characters. */
function shown(value: unknown): string {
  if (value === undefined) return '(none)';
  const json = JSON.stringify(value);
  const characters = [...json];
  return characters.length > 80 ? `${characters.slice(0, 79).join('')}…` : json;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The summary line: what was added and updated, and what of the user's was kept. */
export function summary(counts: MergeCounts): string {
  return `${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged, ${plural(counts.kept, 'edit', 'edits')} of yours kept, ${plural(counts.conflicts, 'conflict', 'conflicts')}`;
}

const changeLine = (change: FieldChange) =>
  `${change.id}: ${change.field}: ${shown(change.from)} → ${change.to === undefined ? '(removed)' : shown(change.to)}`;

const keptLine = (change: FieldChange) =>
  `${change.id}: ${change.field}: yours is kept, ${shown(change.from)} (the .bib has ${shown(change.to)})`;

const conflictLine = (change: FieldChange) =>
  `${change.id}: ${change.field}: changed by you and in the .bib; yours is kept, ${shown(change.from)} (the .bib has ${shown(change.to)})`;

/** Publications from a file, or undefined when it cannot be read (said on `io.err`). */
export function importFile(file: string, io: Io): Publication[] | undefined {
  let text: string;
  try {
    const decoded = decode(readBytes(file));
    text = decoded.text;
    if (decoded.encoding) io.err(printable(`${file}: not UTF-8; read as ${decoded.encoding}`));
  } catch (error) {
    io.err(
      printable(
        error instanceof NotTextError
          ? `${file}: no BibTeX or CSL-JSON entry was found: it ${error.message}`
          : fileError(file, error),
      ),
    );
    return undefined;
  }
  const { publications, warnings, problem } = readPublications(file, text);
  for (const warning of warnings) io.err(printable(warning));
  if (problem) {
    io.err(printable(`${file}: ${problem}`));
    return undefined;
  }
  return publications;
}

function mergeInto(target: string, publications: Publication[], dryRun: boolean, io: Io): number {
  let bytes: Buffer;
  let text: string;
  let bom: string;
  try {
    bytes = readBytes(target);
    const decoded = decode(bytes);
    if (decoded.encoding) throw new InputError(`is not UTF-8 (${decoded.encoding}); it was left as it was`);
    ({ text, bom } = decoded);
  } catch (error) {
    io.err(printable(fileError(target, error)));
    return 1;
  }
  const result = mergeIntoText(text, publications);
  if ('error' in result) {
    io.err(
      printable(
        `${target}: ${result.error}${result.error.includes('nothing was written') ? '' : '; it was left as it was'}`,
      ),
    );
    return 1;
  }
  for (const warning of result.warnings) io.err(printable(`${target}: ${warning}`));
  for (const conflict of result.conflicts) io.err(printable(`${target}: ${conflictLine(conflict)}`));
  const { counts } = result;
  if (dryRun) {
    for (const id of result.added) io.out(printable(`${id}: added`));
    for (const change of result.changes) io.out(printable(changeLine(change)));
    for (const change of result.kept) io.out(printable(keptLine(change)));
    io.out(`${summary(counts)}; --dry-run: ${target} was not written`);
    return 0;
  }
  // Nothing new: the file is not touched at all, so it stays byte-identical.
  if (result.text !== text) {
    try {
      replaceFile(target, bytes, bom + result.text);
    } catch (error) {
      io.err(printable(`${target}: ${error instanceof WriteError ? error.message : String(error)}`));
      return 1;
    }
  }
  io.out(summary(counts));
  return 0;
}

/** Runs the command; returns the exit code (0 done, 1 a file could not be used, 2 a usage error). */
export function main(
  args: string[],
  io: Io = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) },
): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const dryRun = args.includes('--dry-run');
  const [command, file, ...rest] = args.filter((arg) => arg !== '--dry-run');
  const into = rest[0] === '--into' ? rest[1] : undefined;
  if (
    command !== 'import' ||
    !file ||
    file.startsWith('-') ||
    (rest.length > 0 && (!into || rest.length !== 2)) ||
    (dryRun && !into)
  ) {
    io.err(dryRun && !into && command === 'import' && file ? '--dry-run goes with --into resume.json' : USAGE);
    return 2;
  }
  try {
    const publications = importFile(file, io);
    if (!publications) return 1;
    if (!into) {
      io.out(JSON.stringify(publications, null, 2));
      return 0;
    }
    return mergeInto(into, publications, dryRun, io);
  } catch (error) {
    // A fault of the importer's own: still one line, and the files as they were.
    io.err(
      printable(
        `jsonresume-theme-scholar import: internal error (${error instanceof Error ? error.message : String(error)}); no file was changed`,
      ),
    );
    return 1;
  }
}
