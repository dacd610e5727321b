// Printing through Chromium with the theme's pdfRenderOptions, as resumed does (resume-cli is
// covered in consumers.test.mjs): page count and size, text, links, page numbers, and no entry
// or heading left split across a page break.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { A4, LETTER, cv, isSize, launchBrowser, pdfInfo, pdfLinks, pdfText, sample, tempDir, theme } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Prints a resume like resumed 6.1.0: the theme's options, then the resume's own. */
async function print(resume, name) {
  const page = await browser.newPage();
  await page.setContent(theme.render(resume), { waitUntil: 'load' });
  const file = join(tempDir('pdf'), `${name}.pdf`);
  writeFileSync(file, await page.pdf({ ...theme.pdfRenderOptions, ...resume.meta?.pdfRenderOptions }));
  await page.close();
  return file;
}

const flat = (text) => text.replace(/\s+/g, ' ').toLowerCase();
const words = (text, count, from = 'start') => {
  const list = text.replace(/[*“”]/g, '').split(/\s+/);
  return (from === 'start' ? list.slice(0, count) : list.slice(-count)).join(' ').toLowerCase();
};

test('the CV prints on at most 3 A4 pages, numbered, with its text and links', async () => {
  const file = await print(cv, 'cv');
  const info = pdfInfo(file);
  assert.ok(info.pages <= 3, `${info.pages} pages`);
  assert.ok(isSize(info, A4), `${info.width} x ${info.height}`);
  for (let page = 1; page <= info.pages; page++) {
    assert.match(pdfText(file, page), new RegExp(`\\b${page}\\s*/\\s*${info.pages}\\b`), `page ${page} has no page number`);
  }
  const links = pdfLinks(file);
  for (const publication of cv.publications) {
    for (const link of publication.links) assert.ok(links.includes(link.url), `no link to ${link.url}`);
  }
});

test('no entry is split across pages and no heading is left at the bottom of a page', async () => {
  const file = await print(cv, 'cv');
  const pages = Array.from({ length: pdfInfo(file).pages }, (_, i) => flat(pdfText(file, i + 1)));
  const pageOf = (text) => {
    const fragment = flat(text);
    const found = pages.flatMap((text, i) => (text.includes(fragment) ? [i + 1] : []));
    assert.equal(found.length, 1, `"${fragment}" found on pages [${found}]`);
    return found[0];
  };
  const entries = [
    ...cv.work.map((item) => [item.position, words(item.highlights.at(-1), 4, 'end')]),
    ...cv.publications.map((item, i) => [`[${cv.publications.length - i}] ${words(item.name, 3)}`, words(item.summary, 4, 'end')]),
    ...cv.projects.map((talk) => [`${talk.name} ${talk.events[0].name}`, talk.events.at(-1).name]),
    ...cv.awards.filter((award) => award.awarder).map((award) => [words(award.title, 3), flat(award.summary ?? award.awarder)]),
  ];
  // The start of each entry is unique; its end (an awarder may recur) must be on the same page.
  for (const [start, end] of entries) {
    assert.ok(pages[pageOf(start) - 1].includes(flat(end)), `"${start}" … "${end}" is split`);
  }
  const firstEntries = { 'industry experience': cv.work[0].position, publications: '[4] what do', 'awards & honors': cv.awards[0].title, 'invited talks': `${cv.projects[0].name} ${cv.projects[0].events[0].name}` };
  for (const [heading, first] of Object.entries(firstEntries)) {
    assert.equal(pageOf(heading), pageOf(flat(first)), `heading "${heading}" is stranded`);
  }
});

test('pageSize Letter, or meta.pdfRenderOptions.format Letter, prints on Letter paper', async () => {
  const viaTheme = await print({ ...cv, meta: { ...cv.meta, themeOptions: { ...cv.meta.themeOptions, pageSize: 'Letter' } } }, 'letter-theme');
  assert.ok(isSize(pdfInfo(viaTheme), LETTER), 'themeOptions.pageSize');
  const viaMeta = await print({ ...sample, meta: { ...sample.meta, pdfRenderOptions: { format: 'Letter' } } }, 'letter-meta');
  assert.ok(isSize(pdfInfo(viaMeta), LETTER), 'meta.pdfRenderOptions.format');
});

test('the sample resume prints on A4 with its text extractable', async () => {
  const file = await print(sample, 'sample');
  assert.ok(isSize(pdfInfo(file), A4));
  const text = flat(pdfText(file));
  for (const fact of [sample.basics.name, sample.work[0].name, sample.education[0].institution, sample.publications[0].name]) {
    assert.ok(text.includes(fact.toLowerCase()), `PDF text lacks ${fact}`);
  }
});
