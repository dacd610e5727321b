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
