// Shared by the end-to-end tests: where things are, how to run a CLI, a browser, and PDF tools.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export function pdfInfo(file) {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(out.match(/^Pages:\s+(\d+)/m)[1]);
  const [, width, height] = out.match(/^Page size:\s+([\d.]+) x ([\d.]+) pts/m).map(Number);
  return { pages, width, height };
}

/**
 * The text of one page (1-based), or of all pages: by default in poppler's reading order (its layout
 * analysis, which most extractors approximate), with `raw` in the order the page draws it.
 */
export function pdfText(file, page, { raw = false } = {}) {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', [...range, ...(raw ? ['-raw'] : []), file, '-'], { encoding: 'utf8' });
}

/** The fonts of a PDF as pdffonts lists them: name, type ("CID TrueType", "Type 3", ...), embedded. */
export function pdfFonts(file) {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const [, name, type, emb] = line.match(/^(\S+)\s+(.+?)\s{2,}\S+\s+(yes|no)\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+$/);
    return { name, type, embedded: emb === 'yes' };
  });
}

// pdftohtml's XML escapes these five.
const xmlEntities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const xmlText = (xml) => xml.replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => xmlEntities[name]);

const pdfXml = (file) => execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', file], { encoding: 'utf8' });

/** The bookmarks of a PDF, in order (pdftohtml writes the outline into its XML). */
export function pdfOutline(file) {
  const xml = pdfXml(file);
  const outline = xml.slice(xml.indexOf('<outline>'));
  return [...outline.matchAll(/<item[^>]*>([^<]*)/g)].map((m) => xmlText(m[1]).trim());
}

/** The runs of text of a PDF with the name of the font each is set in, as pdffonts names it. */
export function pdfTextRuns(file) {
  const xml = pdfXml(file);
  const families = new Map([...xml.matchAll(/<fontspec id="(\d+)"[^>]* family="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  return [...xml.matchAll(/<text [^>]*font="(\d+)"[^>]*>([\s\S]*?)<\/text>/g)].map((m) => ({
    text: xmlText(m[2].replace(/<[^>]*>/g, '')),
    font: families.get(m[1]),
  }));
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

/**
 * What a printed page shows a reader, read in the browser (`page.evaluate(readPage)`), without
 * direction isolates: the parts of each entry head in document order (title, role, dates, place)
 * and in the order the page paints them (CSS `order`), every heading, and each section's heading
 * with its entries' heads.
 */
export function readPage() {
  const text = (element) => element.textContent.replace(/[\u2068\u2069]/g, '');
  const painted = (head) =>
    [...head.children].sort((a, b) => Number(getComputedStyle(a).order) - Number(getComputedStyle(b).order));
  const part = (head, name) => {
    const element = head.querySelector(`.entry__${name}`);
    return element ? text(element) : undefined;
  };
  return {
    heads: [...document.querySelectorAll('.entry__head')].map((head) => [...head.children].map(text)),
    paintedHeads: [...document.querySelectorAll('.entry__head')].map((head) => painted(head).map(text)),
    headings: [...document.querySelectorAll('h1, h2, h3')].map(text),
    sections: [...document.querySelectorAll('.section')].map((section) => ({
      id: section.className.replace(/^.*section--/, ''),
      heading: text(section.querySelector('.section__heading')),
      entries: [...section.querySelectorAll('.entry__head')].map((head) => ({
        title: part(head, 'title'),
        subtitle: part(head, 'subtitle'),
        parts: [...head.querySelectorAll('.entry__part')].map(text),
        dates: part(head, 'dates'),
      })),
    })),
  };
}

// Extraction may drop a hyphen where a line breaks, and spaces differ around dashes and brackets.
const squash = (text) => text.replace(/[\s\u00ad-]+/g, '').toLowerCase();

/** The entry-head parts that extracted text does not have in order, one entry after another. */
export function misread(text, heads) {
  const flatText = squash(text);
  const missing = [];
  let cursor = 0;
  for (const head of heads) {
    for (const part of head.map(squash)) {
      const at = flatText.indexOf(part, cursor);
      if (at < 0) missing.push(part);
      else cursor = at + part.length;
    }
  }
  return missing;
}

/**
 * Prints a resume like resumed 6.1.0 (the theme's pdfRenderOptions, then the resume's own) to
 * `file`, and returns what the page showed (readPage).
 */
export async function printResume(browser, resume, file) {
  const page = await browser.newPage();
  await page.setContent(theme.render(resume), { waitUntil: 'load' });
  const shown = await page.evaluate(readPage);
  writeFileSync(file, await page.pdf({ ...theme.pdfRenderOptions, ...resume.meta?.pdfRenderOptions }));
  await page.close();
  return shown;
}
