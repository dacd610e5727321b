/**
 * The command line: `import`, `check` and `render`, and `jsonresume-theme-scholar < resume.json >
 * cv.html` as other themes have it. Node-only: the theme's builds never reach it, and it needs no
 * package (scripts/build.mjs bundles it into dist/cli.mjs). Every failure is one line and a
 * non-zero exit: 1 for a file that cannot be used, 2 for a usage error.
 */
import { readFileSync, watch, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { version } from '../generated/version';
import { fileError, main as importMain, type Io } from '../import/cli';
import { decode, printable, readBytes } from '../import/input';
import { parseJson, withoutComments } from '../import/json-text';
import { render } from '../render';
import { normalizeResume } from '../normalize';
import { isRecord, type Json } from '../normalize/source';
import { printPdf } from './pdf';
import { PRESETS } from '../variants/presets';
import { checkResume, type Finding } from './check';

export type { Io } from '../import/cli';

const USAGE = `Usage: jsonresume-theme-scholar <command>   (--version, and <command> --help)

  render [resume.json] [-o cv.html] [--variant NAME] [--watch]
      The resume as one HTML page: to cv.html, or to standard output. Without a file, the
      resume is read from standard input (jsonresume-theme-scholar < resume.json > cv.html).
      With --variant, the variant of meta.themeOptions.variants (or the preset: erc, dfg,
      common, short) of that name, over the file's own choice.
      With --watch (and a file and -o), renders again on each save and says what check would.
  check resume.json [--variant NAME]
      Lists what the page will not show as written, one line each with its JSON path, and the
      names fields were probably meant to have; with --variant, also each entry its limits
      leave out. Exits 0 when there is nothing to report, 1 otherwise.
  import <file.bib|file.json> [--into resume.json]
      Publications from BibTeX, BibLaTeX or CSL-JSON; see jsonresume-theme-scholar import --help.`;

const standardIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/**
 * A resume file's (or standard input's) JSON, or the one line that says why it cannot be read.
 * Comments (JSONC, as some site templates keep resume.json) are read past, and said.
 */
function readResume(file: string | undefined): { resume: unknown; comments?: boolean } | { error: string } {
  const name = file ?? 'standard input';
  let text: string;
  try {
    text = decode(file === undefined ? readFileSync(0) : readBytes(file)).text;
  } catch (error) {
    return { error: fileError(name, error) };
  }
  const parsed = parseJson(text);
  if ('value' in parsed) return { resume: parsed.value };
  const uncommented = withoutComments(text);
  const retried = uncommented === undefined ? undefined : parseJson(uncommented);
  if (retried && 'value' in retried) return { resume: retried.value, comments: true };
  return { error: `${name}: not JSON at line ${parsed.line}, column ${parsed.column} (${parsed.message})` };
}

/** The variants a resume may be rendered as: its own (meta.themeOptions.variants), then the presets. */
function knownVariants(resume: Record<string, unknown>): string[] {
  const meta = resume.meta;
  const options = isRecord(meta) && isRecord(meta.themeOptions) ? meta.themeOptions : {};
  const own = isRecord(options.variants) ? Object.keys(options.variants) : [];
  return [...new Set([...own, ...Object.keys(PRESETS)])];
}

/**
 * The resume as the variant `name` (the command line's) renders it: a copy whose
 * meta.themeOptions.variant is that name, the file itself untouched; or why it cannot be.
 */
function asVariant(resume: unknown, name: string | undefined): { resume: unknown } | { error: string } {
  if (name === undefined || !isRecord(resume)) return { resume };
  const known = knownVariants(resume);
  if (!known.includes(name)) return { error: `no variant is named "${name}"; known: ${known.join(', ')}` };
  const meta = isRecord(resume.meta) ? resume.meta : {};
  const options = isRecord(meta.themeOptions) ? meta.themeOptions : {};
  return { resume: { ...resume, meta: { ...meta, themeOptions: { ...options, variant: name } } } };
}

/** The page of a parsed resume, or why there is none (a file that holds no JSON object). */
function page(resume: unknown, name: string): { html: string } | { error: string } {
  if (typeof resume !== 'object' || resume === null || Array.isArray(resume))
    return { error: `${name}: not a resume: the file holds no JSON object` };
  return { html: render(resume) };
}

/** What check finds, and first, that the file holds comments. */
function withComments(read: { resume: unknown; comments?: boolean }): Finding[] {
  const comments: Finding[] = read.comments
    ? [
        {
          path: '',
          message:
            'holds comments, which JSON does not allow: the theme reads past them, resume-cli, resumed and the registry refuse the file',
        },
      ]
    : [];
  return [...comments, ...checkResume(read.resume)];
}

const findingLine = (finding: Finding) => printable(`${finding.path || '(the file)'}: ${finding.message}`);

function check(file: string, variant: string | undefined, io: Io): number {
  const read = readResume(file);
  const chosen = 'error' in read ? read : asVariant(read.resume, variant);
  if ('error' in chosen) {
    io.err(printable(chosen.error));
    return 1;
  }
  const findings = withComments({ ...read, resume: chosen.resume });
  for (const finding of findings) io.out(findingLine(finding));
  if (findings.length === 0) io.out(printable(`${file}: nothing to report`));
  return findings.length === 0 ? 0 : 1;
}

/**
 * Renders a read resume to `output` (or standard output); the exit code. An output ending in
 * .pdf is printed through Chrome or Chromium, and the code comes when it is written.
 */
function writePage(
  read: ReturnType<typeof readResume>,
  name: string,
  output: string | undefined,
  io: Io,
): number | Promise<number> {
  const result = 'error' in read ? read : page(read.resume, name);
  if ('error' in result) {
    io.err(printable(result.error));
    return 1;
  }
  if (output?.toLowerCase().endsWith('.pdf') && !('error' in read)) {
    const resume = read.resume as Json;
    const { themeOptions } = normalizeResume(resume).meta;
    const meta = isRecord(resume.meta) ? resume.meta : {};
    return printPdf(result.html, output, { ...themeOptions, pdfRenderOptions: meta.pdfRenderOptions }, io);
  }
  if (output === undefined) {
    process.stdout.write(result.html);
    return 0;
  }
  try {
    writeFileSync(output, result.html);
  } catch (error) {
    io.err(printable(`${output}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`));
    return 1;
  }
  return 0;
}

/** A resume read, as the variant the command line names. */
function readAs(file: string | undefined, variant: string | undefined): ReturnType<typeof readResume> {
  const read = readResume(file);
  if ('error' in read) return read;
  const chosen = asVariant(read.resume, variant);
  return 'error' in chosen ? chosen : { ...read, resume: chosen.resume };
}

/** Renders once; the exit code. */
function renderOnce(
  file: string | undefined,
  output: string | undefined,
  variant: string | undefined,
  io: Io,
): number | Promise<number> {
  return writePage(readAs(file, variant), file ?? 'standard input', output, io);
}

/** Renders on every save of `file` until stopped, saying each time what check would. */
function renderOnSave(file: string, output: string, variant: string | undefined, io: Io): void {
  const once = () => {
    // The file is read once per save, for the page and for what check says of it.
    const read = readAs(file, variant);
    const said = (code: number) => {
      if (code !== 0 || 'error' in read) return;
      const findings = withComments(read);
      io.err(printable(`${output}: rendered from ${file}${findings.length > 0 ? `; not shown as written:` : ''}`));
      for (const finding of findings) io.err(`  ${findingLine(finding)}`);
    };
    // A PDF says so once it is printed.
    const written = writePage(read, file, output, io);
    if (typeof written === 'number') said(written);
    else void written.then(said);
  };
  once();
  // The folder is watched, not the file: editors save by replacing the file with a new one.
  let pending: NodeJS.Timeout | undefined;
  watch(dirname(file), (_event, changed) => {
    if (changed !== null && changed !== basename(file)) return;
    clearTimeout(pending);
    pending = setTimeout(once, 50);
  });
}

/**
 * Runs a command; the exit code, or undefined while `render --watch` keeps running. Standard
 * input is the resume when no command is given and it is not a terminal.
 */
export function main(
  args: string[],
  io: Io = standardIo,
  stdinIsTerminal = Boolean(process.stdin.isTTY),
): number | Promise<number> | undefined {
  const [command, ...rest] = args;
  if (command === '--version' || command === '-v') {
    io.out(version);
    return 0;
  }
  if (command === 'import') return importMain(args, io);
  const help = rest.includes('--help') || rest.includes('-h');
  if (
    command === '--help' ||
    command === '-h' ||
    (command === undefined && stdinIsTerminal) ||
    ((command === 'render' || command === 'check') && help)
  ) {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === undefined) return renderOnce(undefined, undefined, undefined, io);
  // --variant NAME, for render and check.
  const variantAt = rest.indexOf('--variant');
  const variant = variantAt >= 0 ? rest[variantAt + 1] : undefined;
  const others = variantAt >= 0 ? rest.filter((_, i) => i !== variantAt && i !== variantAt + 1) : rest;
  const variantOk = variantAt < 0 || (variant !== undefined && !variant.startsWith('-'));
  if (command === 'check' && variantOk && others.length === 1 && !others[0].startsWith('-'))
    return check(others[0], variant, io);
  if (command === 'render' && variantOk) {
    const watching = others.includes('--watch');
    const words = others.filter((word) => word !== '--watch');
    const outAt = words.findIndex((word) => word === '-o' || word === '--output');
    const output = outAt >= 0 ? words[outAt + 1] : undefined;
    const files = words.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
    const valid =
      files.length <= 1 && !files.some((word) => word.startsWith('-')) && (outAt < 0 || output !== undefined);
    if (valid && !watching) return renderOnce(files[0], output, variant, io);
    if (valid && files[0] !== undefined && output !== undefined) {
      renderOnSave(files[0], output, variant, io);
      return undefined;
    }
  }
  io.err(USAGE);
  return 2;
}
