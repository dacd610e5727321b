// The printed PDF as an applicant-tracking parser reads it through pdf.js (see ats-reader.mjs):
// the name first, every section heading found as one bold item, and every employer, job title,
// date range, school and degree of the file on a line of its own kind, each entry cut where it
// starts. Printed like resumed (A4, the theme's print styles and PDF options) on this machine's
// Chromium, for the registry's complete sample, the schema's sample and the repo's CV.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { isHeading, lineText, pdfLines, readResume } from './ats-reader.mjs';
import { cv, launchBrowser, printResume, require, sample, tempDir } from './helpers.mjs';

const resumes = { complete: require('@jsonresume/sample-data/complete-resume.json'), sample, cv };
// The sections of entries each shows (the CV's volunteering is reviewing, a list under Service).
const entrySections = {
  complete: ['work', 'volunteer', 'education'],
  sample: ['work', 'volunteer', 'education'],
  cv: ['work', 'education'],
};
const read = new Map();

before(async () => {
  const browser = await launchBrowser();
  const dir = tempDir('ats');
  try {
    for (const [name, resume] of Object.entries(resumes)) {
      const file = join(dir, `${name}.pdf`);
      const page = await printResume(browser, resume, file);
      read.set(name, { page, lines: await pdfLines(file) });
    }
  } finally {
    await browser.close();
  }
});
after(() => read.clear());

const lines = (name) => read.get(name).lines;
const page = (name) => read.get(name).page;
const items = (line) => line.items.map((item) => item.text);

for (const name of Object.keys(resumes)) {
  const resume = resumes[name];

  test(`${name}: the name is the first line, one bold item`, () => {
    const [first] = lines(name);
    assert.deepEqual(items(first), [resume.basics.name]);
    assert.ok(first.items[0].bold, 'the name is not bold');
  });

  test(`${name}: every section heading is one bold item on a line of its own, as written`, () => {
    const headings = page(name).sections.map((section) => section.heading);
    assert.ok(headings.length >= 3, `${headings.length} sections`);
    for (const heading of headings) {
      const line = lines(name).find((candidate) => lineText(candidate) === heading);
      assert.ok(line, `no line reads "${heading}"`);
      assert.deepEqual(items(line), [heading], `"${heading}" is ${line.items.length} items`);
      assert.ok(isHeading(line), `"${heading}" does not read as a heading`);
    }
    // The reader finds exactly these headings, in order: no entry is taken for one.
    assert.deepEqual(
      readResume(lines(name)).sections.map((section) => section.heading),
      headings,
    );
  });

  test(`${name}: roles, organisations and numbers under a title are items of their own`, () => {
    const shown = page(name).sections.flatMap((section) => section.entries.flatMap((entry) => entry.parts));
    const found = new Set(lines(name).flatMap(items));
    if (name === 'complete') assert.ok(shown.includes('Creator, Maintainer') && shown.includes('Independent'));
    for (const part of shown) assert.ok(found.has(part), `"${part}" is no item of its own`);
  });

  // Work and volunteering name an organisation and a position; education a school and a degree.
  const kinds = {
    work: (item) => ({ organisation: item.name, title: item.position }),
    volunteer: (item) => ({ organisation: item.organization, title: item.position }),
    education: (item) => ({ organisation: item.institution, title: item.studyType }),
  };

  for (const key of entrySections[name]) {
    const fields = kinds[key];
    test(`${name}: each ${key} entry starts with its organisation and dates on one bold line, its ${key === 'education' ? 'degree' : 'title'} an item of its own`, () => {
      const shown = page(name).sections.find((section) => section.id === key);
      const section = readResume(lines(name)).sections.find((found) => found.heading === shown.heading);
      assert.ok(section, `no section "${shown.heading}"`);
      // As many entries as the page shows: none run together, none cut in two by a gap.
      assert.equal(section.entries.length, shown.entries.length, `${shown.heading}: entries`);
      for (const [index, item] of resume[key].entries()) {
        const { organisation, title } = fields(item);
        const { dates, subtitle } = shown.entries[index];
        const entry = section.entries[index];
        const [first] = entry;
        assert.equal(first.items[0].text, organisation, `entry ${index + 1} does not start with its organisation`);
        assert.ok(first.items[0].bold, `"${organisation}" is not bold`);
        if (dates) {
          assert.ok(lineText(first).endsWith(` ${dates}`), `"${dates}" is not on the line of "${organisation}"`);
        }
        if (title) {
          const own = entry.flatMap((line) => line.items).find((part) => part.text === subtitle);
          assert.ok(
            own && own.text.includes(title),
            `"${title}" is no item of its own in ${JSON.stringify(entry.map(items))}`,
          );
        }
      }
    });
  }
}
