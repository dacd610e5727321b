// One file, many PDFs: each preset printed by the command line (render --variant NAME -o
// cv.pdf) from a fixture with more than any limit allows, read back with poppler: the counts,
// the section order, and the funder's page limit.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { chromiumPath, pdfInfo, pdfText, root, tempDir } from './helpers.mjs';

const cli = join(root, 'bin', 'jsonresume-theme-scholar.mjs');
const kinds = ['journal', 'conference', 'preprint', 'patent', 'chapter', 'report'];

/** An invented researcher with more publications, positions and prizes than any preset shows. */
function researcher() {
  return {
    basics: { name: 'Mina Okafor', label: 'Professor of Glaciology', orcid: '0000-0002-1825-0097' },
    education: [
      { institution: 'University of Bergen', studyType: 'PhD', area: 'Glaciology', startDate: '2004', endDate: '2009' },
      { institution: 'University of Lagos', studyType: 'BSc', area: 'Physics', startDate: '2000', endDate: '2004' },
    ],
    work: Array.from({ length: 8 }, (_, i) => ({
      name: `Institute ${i}`,
      position: i === 7 ? 'Professor' : 'Researcher',
      startDate: String(2009 + 2 * i),
      ...(i === 7 ? {} : { endDate: String(2011 + 2 * i) }),
    })),
    publications: Array.from({ length: 30 }, (_, i) => ({
      name: `Calving Study ${i}`,
      authors: ['Mina Okafor', 'Jonas Weber'],
      publisher: 'Journal of Glaciology',
      releaseDate: String(1995 + i),
      type: kinds[i % kinds.length],
      selected: i % 9 === 0,
      tags: i % 4 === 0 ? ['related'] : [],
      narrative: `Study ${i} showed how calving fronts retreat; I designed and led it.`,
    })),
    awards: Array.from({ length: 6 }, (_, i) => ({
      title: `Prize ${i}`,
      awarder: 'Society',
      date: String(2004 + 4 * i),
    })),
    meta: { lastModified: '2025-06-01' },
  };
}

const folder = tempDir('variants');
const resumeFile = join(folder, 'resume.json');
writeFileSync(resumeFile, JSON.stringify(researcher()));

function print(variant) {
  const output = join(folder, `${variant}.pdf`);
  const result = spawnSync(process.execPath, [cli, 'render', resumeFile, '--variant', variant, '-o', output], {
    encoding: 'utf8',
    env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: chromiumPath },
    timeout: 120_000,
  });
  assert.equal(result.status, 0, result.stderr);
  return { output, said: result.stderr, text: pdfText(output).replace(/\s+/g, ' ') };
}

const count = (text, pattern) => (text.match(pattern) ?? []).length;
const inOrder = (text, words) => {
  const places = words.map((word) => text.indexOf(word));
  assert.ok(
    places.every((place) => place >= 0),
    `missing one of ${words.join(', ')}`,
  );
  assert.deepEqual(
    [...places].sort((a, b) => a - b),
    places,
    `out of order: ${words.join(', ')}`,
  );
};

test('erc: ten research outputs with their narratives, in the form’s order, within its four pages', () => {
  const { output, said, text } = print('erc');
  assert.equal(count(text, /Calving Study \d+/g), 10);
  assert.equal(count(text, /designed and led it/g), 10);
  inOrder(text, [
    'Education and Key Qualifications',
    'Current and Previous Positions',
    'Research Outputs',
    'Peer Recognition',
  ]);
  assert.ok(pdfInfo(output).pages <= 4, `${pdfInfo(output).pages} pages`);
  assert.equal(said, '');
});

test('dfg: lists A and B of at most ten each', () => {
  const { text } = print('dfg');
  inOrder(text, ['A. Peer-reviewed publications', 'B. Other publications']);
  const a = text.slice(text.indexOf('A. Peer-reviewed'), text.indexOf('B. Other publications'));
  const b = text.slice(text.indexOf('B. Other publications'));
  assert.equal(count(a, /Calving Study \d+/g), 10);
  assert.equal(count(b, /Calving Study \d+/g), 10);
});

test('common: five closely related and five other products, positions newest first', () => {
  const { text } = print('common');
  inOrder(text, [
    'Professional Preparation',
    'Appointments and Positions',
    'Products Most Closely Related',
    'Other Significant Products',
  ]);
  assert.equal(count(text, /Calving Study \d+/g), 10);
  inOrder(text, ['Institute 7', 'Institute 6', 'Institute 0']);
});

test('short: the selected publications and the last ten years, within two pages, or one line saying it is longer', () => {
  const { output, said, text } = print('short');
  assert.equal(count(text, /Calving Study \d+/g), 4);
  assert.ok(!text.includes('Prize 0'));
  const { pages } = pdfInfo(output);
  if (pages > 2) assert.match(said, /short\.pdf: \d+ pages; the variant "short" allows 2/);
  else assert.equal(said, '');
});

test('a variant longer than its page limit is said in one line, and the PDF is still written', () => {
  const resume = researcher();
  resume.meta.themeOptions = { variants: { tight: { preset: 'erc', pageLimit: 1 } } };
  const file = join(folder, 'tight.json');
  writeFileSync(file, JSON.stringify(resume));
  const output = join(folder, 'tight.pdf');
  const result = spawnSync(process.execPath, [cli, 'render', file, '--variant', 'tight', '-o', output], {
    encoding: 'utf8',
    env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: chromiumPath },
  });
  assert.equal(result.status, 0);
  const pages = pdfInfo(output).pages;
  assert.ok(pages > 1);
  assert.equal(
    result.stderr.trim(),
    `${output}: ${pages} pages; the variant "tight" allows 1 (shorten it with tags, since or limits)`,
  );
});
