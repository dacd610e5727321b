// The page on a 375 px wide phone: nothing scrolls sideways, even with unbreakable text.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cv, launchBrowser, sample, theme } from './helpers.mjs';

const long = 'x'.repeat(200);
const stress = {
  basics: {
    name: `Dr. ${long}`,
    label: long,
    email: `${long}@example.com`,
    url: `https://example.com/${long}`,
    summary: long,
  },
  work: [{ name: long, position: long, location: long, startDate: '2020-01', highlights: [long] }],
  publications: [
    {
      name: long,
      authors: [long, 'B'],
      publisher: long,
      releaseDate: '2021',
      links: [{ label: long, url: 'https://example.com/' }],
      honours: [long],
    },
  ],
  projects: [{ name: long, type: 'talk', events: [{ name: long, date: '2022-03', location: long }] }],
  skills: [{ name: long, keywords: [long] }],
  volunteer: [{ organization: long, position: 'Reviewer', type: 'reviewing', years: ['2022'] }],
};

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

for (const [name, resume] of [
  ['the CV', cv],
  ['the sample', sample],
  ['unbreakable 200-character strings', stress],
]) {
  test(`${name} fits a 375 px screen without sideways scrolling`, async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 375, height: 800 });
    await page.setContent(theme.render(resume), { waitUntil: 'load' });
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    assert.equal(scrollWidth, clientWidth);
    await page.close();
  });
}

test('on a right-to-left page, a paragraph in English reads left to right, the heading right to left', async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 900, height: 800 });
  const summary = 'I build compilers whose numerical results come with proofs.';
  await page.setContent(theme.render({ basics: { name: 'Ada', summary }, meta: { language: 'fa' } }));
  // How far the text of an element stands from its box's left and right edges.
  const margins = (selector) =>
    page.evaluate((selector) => {
      const element = document.querySelector(selector);
      const range = document.createRange();
      range.selectNodeContents(element);
      const text = range.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      return { left: text.left - box.left, right: box.right - text.right };
    }, selector);
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  const paragraph = await margins('.summary p');
  assert.ok(paragraph.left < 1 && paragraph.right > 100, `summary ${JSON.stringify(paragraph)}`);
  const heading = await margins('.section__heading');
  assert.ok(heading.right < 1 && heading.left > 100, `heading ${JSON.stringify(heading)}`);
  await page.close();
});
