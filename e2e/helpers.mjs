// Shared by the end-to-end tests: where things are, how to run a CLI, a browser, and PDF tools.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer';

export const e2eDir = dirname(fileURLToPath(import.meta.url));
export const root = join(e2eDir, '..');
export const bin = (name) => join(e2eDir, 'node_modules', '.bin', name);
export const require = createRequire(import.meta.url);
export const cv = JSON.parse(readFileSync(join(root, 'resume.json'), 'utf8'));
export const sample = require('@jsonresume/schema/sample.resume.json');
export const theme = require(join(root, 'index.js'));
export const chromiumPath = process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium';

export const tempDir = (prefix) => mkdtempSync(join(tmpdir(), `scholar-${prefix}-`));

/** Runs a command; throws with its output when it fails, returns stdout and stderr. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 180_000, ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  }
  return `${result.stdout}\n${result.stderr}`;
}

/** Chromium as every consumer here launches it: no sandbox (root), no background traffic. */
export function launchBrowser() {
  return puppeteer.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export function pdfInfo(file) {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(out.match(/^Pages:\s+(\d+)/m)[1]);
  const [, width, height] = out.match(/^Page size:\s+([\d.]+) x ([\d.]+) pts/m).map(Number);
  return { pages, width, height };
}

/** The text of one page (1-based), or of all pages, in reading order (right columns apart). */
export function pdfText(file, page) {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' });
}

/** The link targets of a PDF: Chromium writes its link annotations as plain /URI entries. */
export function pdfLinks(file) {
  const raw = readFileSync(file, 'latin1');
  return [...new Set([...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]))];
}

export const A4 = { width: 595.28, height: 841.89 };
export const LETTER = { width: 612, height: 792 };
/** Sizes from pdfinfo are rounded differently by Chromium versions; a point either way is the same paper. */
export const isSize = (info, size) => Math.abs(info.width - size.width) < 2 && Math.abs(info.height - size.height) < 2;
