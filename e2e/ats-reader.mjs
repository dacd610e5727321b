// The PDF as an applicant-tracking parser built on pdf.js reads it: text items (string, font,
// bold, position) joined into lines; section headings as lines that are a single bold item
// in capitals or a known heading word; a section split into entries where the gap between lines
// grows or a bold line follows a plain one. Written after the parsers' documented heuristics, not
// after this theme's markup: it knows nothing of the page but the PDF.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** @typedef {{ text: string, eol: boolean, bold: boolean, y: number }} Item */
/** @typedef {{ items: Item[], page: number, y: number }} Line */

// Words a heading of a CV is known by, in English, as such parsers list them (and an academic's).
const HEADING_WORDS =
  /\b(?:summary|profile|objective|experience|employment|work|education|skills?|projects?|awards?|honou?rs?|publications?|papers|talks|presentations|teaching|grants?|funding|service|students|supervision|patents?|volunteer\w*|certificat\w*|languages|interests|references|research|review\w*|committees?|memberships?)\b/i;

/** The items of every page in drawing order, with the real font name (pdf.js loads fonts under its own). */
async function readItems(file) {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    await page.getOperatorList(); // loads the fonts into commonObjs
    const items = [];
    for (const item of content.items) {
      const font = item.fontName ? page.commonObjs.get(item.fontName).name : '';
      items.push({
        text: item.str,
        eol: item.hasEOL,
        bold: /bold|black|heavy/i.test(font),
        y: item.transform[5],
      });
    }
    pages.push(items);
  }
  await pdf.destroy();
  return pages;
}

/** The most frequent value of a list (the first of equals). */
function mode(values) {
  const counts = new Map();
  let best;
  for (const value of values) {
    counts.set(value, (counts.get(value) ?? 0) + 1);
    if (best === undefined || counts.get(value) > counts.get(best)) best = value;
  }
  return best;
}

/**
 * The lines of a PDF: items up to each end of line, blank ones dropped, each item as pdf.js gives
 * it (such parsers take an item as a unit: a heading drawn letter by letter is no heading). Page
 * numbers ("2 / 3"), which Chromium draws before a page's content, are left out as the page
 * furniture they are.
 */
export async function pdfLines(file) {
  const lines = [];
  for (const [index, items] of (await readItems(file)).entries()) {
    let line = [];
    for (const item of items) {
      if (item.text.trim()) line.push({ ...item, text: item.text.trim() });
      if (item.eol && line.length > 0) {
        lines.push({ items: line, page: index + 1, y: line[0].y });
        line = [];
      }
    }
    if (line.length > 0) lines.push({ items: line, page: index + 1, y: line[0].y });
  }
  return lines.filter((line) => !/^\d+ \/ \d+$/.test(lineText(line)));
}

/** A line's text, its items joined by spaces. */
export const lineText = (line) => line.items.map((item) => item.text).join(' ');

const hasLetters = (text) => /\p{L}/u.test(text);

/** A section heading: a line of one bold item, in capitals or a known heading word. */
export function isHeading(line) {
  if (line.items.length !== 1) return false;
  const [item] = line.items;
  if (!item.bold || !hasLetters(item.text)) return false;
  return item.text === item.text.toUpperCase() || (item.text.split(/\s+/).length <= 4 && HEADING_WORDS.test(item.text));
}

/**
 * The resume as such a reader takes it apart: the lines before the first heading (the profile),
 * then each section's heading and its entries, each entry a list of lines.
 */
export function readResume(lines) {
  const profile = [];
  const sections = [];
  for (const [index, line] of lines.entries()) {
    // The first two lines are the name and what follows it, never a heading.
    if (index >= 2 && isHeading(line)) sections.push({ heading: line.items[0].text, lines: [] });
    else (sections.at(-1)?.lines ?? profile).push(line);
  }
  for (const section of sections) section.entries = entriesOf(section.lines);
  return { profile, sections };
}

/** A section's lines cut into entries where the gap grows past 1.4 of its commonest gap, or a bold line follows a plain one. */
function entriesOf(lines) {
  const gapOf = (line, previous) => (line.page === previous.page ? Math.round(previous.y - line.y) : undefined);
  const gaps = lines.slice(1).flatMap((line, i) => gapOf(line, lines[i]) ?? []);
  const typical = mode(gaps) ?? 0;
  const entries = [];
  for (const [index, line] of lines.entries()) {
    const previous = lines[index - 1];
    const gap = previous && gapOf(line, previous);
    const starts =
      !previous || (gap !== undefined && gap > typical * 1.4) || (line.items[0].bold && !previous.items[0].bold);
    if (starts) entries.push([line]);
    else entries.at(-1).push(line);
  }
  return entries;
}
