// Printing through Chromium with the theme's pdfRenderOptions, as resumed does (resume-cli is
// covered in consumers.test.mjs): page count and size, text, links, page numbers, no entry or
// heading left split across a page break; and the PDF as machines read it: fonts whose text
// extracts with its spaces, entry heads in reading order, bookmarks, tags and language. CI has
// fonts-noto-cjk installed, whose CFF faces Chromium embeds as Type 3.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  A4,
  root,
  LETTER,
  cv,
  isSize,
  launchBrowser,
  pdfFonts,
  pdfInfo,
  pdfLinks,
  pdfOutline,
  pdfText,
  pdfTextRuns,
  misread,
  printResume,
  require,
  sample,
  tempDir,
} from './helpers.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Prints a resume once per name (see printResume); what its page showed is kept in `shown`. */
async function print(resume, name) {
  if (printed.has(name)) return printed.get(name);
  const file = join(tempDir('pdf'), `${name}.pdf`);
  shown.set(name, await printResume(browser, resume, file));
  printed.set(name, file);
  return file;
}
const printed = new Map();

const shown = new Map();

const flat = (text) => text.replace(/\s+/g, ' ').toLowerCase();
const words = (text, count, from = 'start') => {
  const list = text.replace(/[*“”]/g, '').split(/\s+/);
  return (from === 'start' ? list.slice(0, count) : list.slice(-count)).join(' ').toLowerCase();
};

test('the CV prints on at most 3 A4 pages, numbered, with its text and links', async () => {
  const file = await print(cv, 'cv');
  const info = pdfInfo(file);
  assert.ok(info.pages <= 3, `${info.pages} pages`);
  // Tagged, titled with the name, and in the page's language.
  const details = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  assert.match(details, /^Tagged:\s+yes$/m);
  assert.match(details, new RegExp(`^Title:\\s+${cv.basics.name}$`, 'm'));
  assert.match(readFileSync(file, 'latin1'), /\/Lang \(en\)/);
  assert.ok(isSize(info, A4), `${info.width} x ${info.height}`);
  for (let page = 1; page <= info.pages; page++) {
    assert.match(
      pdfText(file, page),
      new RegExp(`\\b${page}\\s*/\\s*${info.pages}\\b`),
      `page ${page} has no page number`,
    );
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
    ...cv.publications.map((item, i) => [
      `[${cv.publications.length - i}] ${words(item.name, 3)}`,
      words(item.summary, 4, 'end'),
    ]),
    ...cv.projects.map((talk) => [`${talk.name} ${talk.events[0].name}`, talk.events.at(-1).name]),
    // An award's title may recur as a paper's honour; with its awarder after it, it is the award.
    ...cv.awards
      .filter((award) => award.awarder)
      .map((award) => [`${award.title} ${award.awarder}`, flat(award.summary ?? award.awarder)]),
  ];
  // The start of each entry is unique; its end (an awarder may recur) must be on the same page.
  for (const [start, end] of entries) {
    assert.ok(pages[pageOf(start) - 1].includes(flat(end)), `"${start}" … "${end}" is split`);
  }
  const firstEntries = {
    'industry experience': cv.work[0].position,
    publications: '[4] what do',
    'awards & honors': cv.awards[0].title,
    'invited talks': `${cv.projects[0].name} ${cv.projects[0].events[0].name}`,
  };
  for (const [heading, first] of Object.entries(firstEntries)) {
    assert.equal(pageOf(heading), pageOf(flat(first)), `heading "${heading}" is stranded`);
  }
});

test('pageSize Letter, or meta.pdfRenderOptions.format Letter, prints on Letter paper', async () => {
  const viaTheme = await print(
    { ...cv, meta: { ...cv.meta, themeOptions: { ...cv.meta.themeOptions, pageSize: 'Letter' } } },
    'letter-theme',
  );
  assert.ok(isSize(pdfInfo(viaTheme), LETTER), 'themeOptions.pageSize');
  const viaMeta = await print(
    { ...sample, meta: { ...sample.meta, pdfRenderOptions: { format: 'Letter' } } },
    'letter-meta',
  );
  assert.ok(isSize(pdfInfo(viaMeta), LETTER), 'meta.pdfRenderOptions.format');
});

test('the sample resume prints on A4 with its text extractable', async () => {
  const file = await print(sample, 'sample');
  assert.ok(isSize(pdfInfo(file), A4));
  const text = flat(pdfText(file));
  for (const fact of [
    sample.basics.name,
    sample.work[0].name,
    sample.education[0].institution,
    sample.publications[0].name,
  ]) {
    assert.ok(text.includes(fact.toLowerCase()), `PDF text lacks ${fact}`);
  }
});

const complete = require('@jsonresume/sample-data/complete-resume.json');
const academic = JSON.parse(readFileSync(join(root, '__tests__/fixtures/academic/sections.resume.json'), 'utf8'));
const english = { cv, sample, complete, academic };

test('grants, students, teaching, patents and the ORCID iD print as text, the iD linked', async () => {
  const file = await print(academic, 'academic');
  const text = flat(pdfText(file));
  for (const line of [
    'pi · $1,200,000',
    'proof repair at scale sloan foundation 2025 pending',
    'total awarded: $1,650,000 (pi) · €300,000 (co-i)',
    'terms: fall 2023 (enrolment: 180) · fall 2024 (enrolment: 210)',
    'phd students (2)',
    'now: assistant professor, example institute of technology',
    'us 10,123,456 b2, granted',
    'https://orcid.org/0000-0002-1825-0097',
  ])
    assert.ok(text.includes(line), `PDF text lacks "${line}"`);
  // The iD mark is a drawing: it adds no text before the iD.
  assert.ok(!/\bid\s+https:\/\/orcid/.test(text), 'the iD mark reads as text');
  assert.ok(pdfLinks(file).includes('https://orcid.org/0000-0002-1825-0097'));
});

test('English pages set no text in a Type 3 font, and raw extraction keeps the spaces between words', async () => {
  for (const [name, resume] of Object.entries(english)) {
    const file = await print(resume, name);
    const fonts = pdfFonts(file);
    assert.ok(fonts.length > 0, `${name}: no fonts`);
    assert.deepEqual(
      fonts.filter((font) => font.type === 'Type 3' || !font.embedded),
      [],
      `${name}: Type 3 or unembedded fonts`,
    );
    const sentence = words(resume.basics.summary, 12);
    assert.ok(
      flat(pdfText(file, undefined, { raw: true })).includes(sentence),
      `${name}: raw text lacks "${sentence}"`,
    );
  }
});

// pdftotext's layout analysis reads the title column before the dates column, as the page's
// document order has it; -raw reads the text as drawn, line by line: title and dates, role and place.
test('entry heads read in order: title, role, dates, place; line by line in raw pdftotext', async () => {
  for (const [name, resume] of Object.entries(english)) {
    const file = await print(resume, name);
    const { heads, paintedHeads } = shown.get(name);
    assert.ok(heads.length >= 6 && heads.some((head) => head.length >= 3), `${name}: ${heads.length} heads`);
    assert.deepEqual(misread(pdfText(file), heads), [], `${name}: out of order`);
    assert.deepEqual(
      misread(pdfText(file, undefined, { raw: true }), paintedHeads),
      [],
      `${name} (-raw): out of order`,
    );
  }
});

test('the outline lists every heading as written, its words apart where it wraps', async () => {
  for (const [name, resume] of Object.entries(english)) {
    const file = await print(resume, name);
    assert.deepEqual(pdfOutline(file), shown.get(name).headings, name);
  }
  // The section titles, not upper-cased; and the CV's longest award title wraps on paper.
  const outline = pdfOutline(await print(cv, 'cv'));
  assert.ok(outline.includes('Research Summary') && outline.includes('Awards & Honors'));
  const longest = cv.awards.map((award) => award.title).sort((a, b) => b.length - a.length)[0];
  assert.ok(longest.length > 100 && outline.includes(longest), longest);
});

const korean = {
  basics: { name: '김하늘', label: '연구원', summary: '저는 기계 학습으로 단백질 구조를 연구합니다.' },
  work: [
    {
      name: '한빛연구소',
      position: '선임 연구원',
      location: '대전',
      startDate: '2021-03',
      highlights: ['Protein design with diffusion models and language models'],
    },
  ],
  education: [
    { institution: '한국과학기술원', studyType: '박사', area: '전산학', startDate: '2015-03', endDate: '2021-02' },
  ],
  meta: { language: 'ko' },
};

test('a Korean page embeds its Hangul, extractable, and keeps its Latin text out of Type 3 fonts', async () => {
  const file = await print(korean, 'ko');
  const fonts = pdfFonts(file);
  assert.deepEqual(
    fonts.filter((font) => !font.embedded),
    [],
  );
  const text = pdfText(file);
  for (const hangul of [
    korean.basics.name,
    korean.basics.label,
    korean.basics.summary,
    '선임 연구원',
    '한국과학기술원',
    '전산학 박사',
    '현재',
  ]) {
    assert.ok(text.includes(hangul), `PDF text lacks ${hangul}`);
  }
  // The English line is set in a named TrueType font (pdftohtml gives a Type 3 font no name).
  const latin = pdfTextRuns(file).find((run) => run.text.startsWith('Protein'));
  const latinFont = fonts.find((font) => font.name === latin?.font);
  assert.ok(latinFont && latinFont.type !== 'Type 3', `the English line is set in ${latin?.font}`);
  assert.ok(flat(pdfText(file, undefined, { raw: true })).includes(flat(korean.work[0].highlights[0])));
});
