/**
 * `jsonresume-theme-scholar import <file.bib|file.json> [--into resume.json]`: publications from
 * BibTeX or CSL-JSON, printed as a JSON array or merged into a resume. Node-only: `render` never
 * loads this module, and the theme's bundles do not contain it. Every failure is one line naming
 * the file, and a non-zero exit.
 */
import type { Publication } from '../types';
import { decode, InputError, printable, readBytes } from './input';
import { mergeIntoText } from './merge';
import { readPublications } from './read';
import { replaceFile, WriteError } from './write';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = `Usage: jsonresume-theme-scholar import <file.bib|file.json> [--into resume.json]

Reads publications from BibTeX or BibLaTeX (al-folio's papers.bib, Google Scholar, DBLP,
arXiv, JabRef, Mendeley) or CSL-JSON (a Zotero export). Without --into, prints them as a JSON
array; with it, merges them into that resume's publications and prints how many were added,
updated and unchanged. Each paper keeps its citation key as "id"; a paper imported before is
matched by it, one written by hand by DOI, arXiv id, then title. Only the publications change:
the rest of the file stays byte for byte as it was.`;

function fileError(file: string, error: unknown): string {
  if (error instanceof InputError) return `${file}: ${error.message}`;
  const code = (error as NodeJS.ErrnoException).code;
  return `${file}: cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

/** Publications from a file, or undefined when it cannot be read (said on `io.err`). */
export function importFile(file: string, io: Io): Publication[] | undefined {
  let text: string;
  try {
    const decoded = decode(readBytes(file));
    text = decoded.text;
    if (decoded.encoding) io.err(printable(`${file}: not UTF-8; read as ${decoded.encoding}`));
  } catch (error) {
    io.err(printable(fileError(file, error)));
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

function mergeInto(target: string, publications: Publication[], io: Io): number {
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
  const { counts } = result;
  // Nothing new: the file is not touched at all, so it stays byte-identical.
  if (result.text !== text) {
    try {
      replaceFile(target, bytes, bom + result.text);
    } catch (error) {
      io.err(printable(`${target}: ${error instanceof WriteError ? error.message : String(error)}`));
      return 1;
    }
  }
  io.out(`${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged`);
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
  const [command, file, ...rest] = args;
  const into = rest[0] === '--into' ? rest[1] : undefined;
  if (command !== 'import' || !file || file.startsWith('-') || (rest.length > 0 && (!into || rest.length !== 2))) {
    io.err(USAGE);
    return 2;
  }
  try {
    const publications = importFile(file, io);
    if (!publications) return 1;
    if (!into) {
      io.out(JSON.stringify(publications, null, 2));
      return 0;
    }
    return mergeInto(into, publications, io);
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
