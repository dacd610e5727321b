// axe-core in Chromium: WCAG 2.1 A/AA and best-practice rules (heading order, landmarks, lang,
// link names, contrast) over the CV, the academic sections' fixture, the schema's sample and
// examples, in light and dark.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { cv, launchBrowser, require, root, sample, theme } from './helpers.mjs';

const axePath = require.resolve('axe-core/axe.min.js');
const examplesDir = join(dirname(require.resolve('@jsonresume/schema/package.json')), 'examples');
// Grants (one marked pending), students by level, teaching, patents and the ORCID iD's mark.
const academic = JSON.parse(readFileSync(join(root, '__tests__/fixtures/academic/sections.resume.json'), 'utf8'));
const documents = [
  ['the CV', cv],
  ['the academic sections', academic],
  ['the academic sections in Korean', { ...academic, meta: { ...academic.meta, language: 'ko' } }],
  ['the CV in Korean', { ...cv, meta: { ...cv.meta, language: 'ko' } }],
  [
    'a right-to-left resume',
    {
      basics: { name: 'محمد علي', label: 'باحث', email: 'm@example.com' },
      work: [{ name: 'جامعة القاهرة', position: 'أستاذ مساعد', startDate: '2020-03', location: 'القاهرة' }],
      publications: [
        { name: 'عنوان البحث', authors: ['محمد علي', 'Sara Kim'], publisher: 'NeurIPS', releaseDate: '2023' },
      ],
      meta: { language: 'ar' },
    },
  ],
  ['the sample resume', sample],
  ...readdirSync(examplesDir).map((file) => [file, require(join(examplesDir, file))]),
];

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

for (const scheme of ['light', 'dark']) {
  for (const [name, resume] of documents) {
    test(`${name}, ${scheme}: no axe violation`, async () => {
      const page = await browser.newPage();
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.setContent(theme.render(resume), { waitUntil: 'load' });
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(background, scheme === 'dark' ? 'rgb(21, 23, 27)' : 'rgb(255, 255, 255)');
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(() =>
        window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        }),
      );
      const violations = result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0].target})`);
      assert.deepEqual(violations, []);
      assert.ok(
        result.passes.some((rule) => rule.id === 'color-contrast'),
        'contrast was checked',
      );
      await page.close();
    });
  }
}

test('print is always light, even for a dark-mode reader', async () => {
  const page = await browser.newPage();
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.emulateMediaType('print');
  await page.setContent(theme.render(cv), { waitUntil: 'load' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
  await page.close();
});

test('the check can fail: a page with low contrast and an unnamed link is caught', async () => {
  const page = await browser.newPage();
  await page.setContent(
    '<!DOCTYPE html><html lang="en"><title>x</title><main><h1>x</h1><p style="color:#bbb">faint</p><a href="https://example.com/"></a></main></html>',
  );
  await page.addScriptTag({ path: axePath });
  const ids = await page.evaluate(async () =>
    (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2aa', 'wcag2a'] } })).violations.map(
      (v) => v.id,
    ),
  );
  assert.ok(ids.includes('color-contrast'), ids.join());
  assert.ok(ids.includes('link-name'), ids.join());
  await page.close();
});
