/**
 * `jsonresume-theme-scholar import <file.bib|file.json> [--into resume.json]`: publications from
 * BibTeX or CSL-JSON, printed as a JSON array or merged into a resume. Node-only: `render` never
 * loads this module, and the theme's bundles do not contain it.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Publication } from '../types';
import { mergePublications } from './merge';
import { toPublication } from './publication';
import { readPublications } from './read';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = `Usage: jsonresume-theme-scholar import <file.bib|file.json> [--into resume.json]

Reads publications from BibTeX or BibLaTeX (al-folio's papers.bib, Google Scholar, DBLP,
arXiv) or CSL-JSON (a Zotero export). Without --into, prints them as a JSON array; with it,
merges them into that resume's publications (matched by DOI, arXiv id, then title; fields you
added by hand are kept) and prints how many were added, updated and unchanged.`;

/** Publications from a file, or the reason there are none; warnings for entries left out. */
export function importFile(file: string, io: Io): Publication[] | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    io.err(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return undefined;
  }
  const { sources, problem } = readPublications(file, text);
  if (problem) {
    io.err(`${file}${problem.line === undefined ? '' : `: line ${problem.line}`}: ${problem.message}`);
    return undefined;
  }
  const publications: Publication[] = [];
  for (const source of sources) {
    const { publication, warnings } = toPublication(source);
    for (const warning of warnings) io.err(`${file}: ${warning}`);
    if (publication) publications.push(publication);
  }
  return publications;
}

/** Writes the whole file or nothing: a temporary file beside it, then a rename over it. */
function writeAtomically(file: string, text: string): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

function mergeInto(target: string, publications: Publication[], io: Io): number {
  let resume: unknown;
  try {
    resume = JSON.parse(readFileSync(target, 'utf8'));
  } catch (error) {
    io.err(`${target}: cannot be read as JSON (${error instanceof Error ? error.message : String(error)}); it was left as it was`);
    return 1;
  }
  if (typeof resume !== 'object' || resume === null || Array.isArray(resume)) {
    io.err(`${target}: not a resume (a JSON object); it was left as it was`);
    return 1;
  }
  const record = resume as Record<string, unknown>;
  const current = Array.isArray(record.publications) ? record.publications : [];
  const { publications: merged, counts } = mergePublications(current, publications);
  // Nothing new: the file is not touched at all, so it stays byte-identical.
  if (counts.added > 0 || counts.updated > 0) writeAtomically(target, `${JSON.stringify({ ...record, publications: merged }, null, 2)}\n`);
  io.out(`${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged`);
  return 0;
}

/** Runs the command; returns the exit code (0 done, 1 a file could not be used, 2 a usage error). */
export function main(args: string[], io: Io = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) }): number {
  if (args[0] === '--help' || args[0] === '-h') {
    io.out(USAGE);
    return 0;
  }
  const [command, file, ...rest] = args;
  const into = rest[0] === '--into' ? rest[1] : undefined;
  if (command !== 'import' || !file || file.startsWith('-') || (rest.length > 0 && (!into || rest.length !== 2))) {
    io.err(USAGE);
    return 2;
  }
  const publications = importFile(file, io);
  if (!publications) return 1;
  if (!into) {
    io.out(JSON.stringify(publications, null, 2));
    return 0;
  }
  return mergeInto(into, publications, io);
}
