// The page's metadata as a browser has it: the JSON-LD block read in Chromium equals the one the
// theme wrote, for the CV, the schema's sample and sixty works of every kind; a title made to close
// the block runs nothing; every publication has its COinS span, and no span shows any text.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cv, launchBrowser, require, sample, theme } from './helpers.mjs';

// Every kind of work, as the package's schema lists them.
const kinds = require('jsonresume-theme-scholar/schema.json').properties.publications.items.properties.type.enum;
const sixty = {
  basics: { name: 'Mina Okafor', orcid: '0000-0002-1825-0097' },
  publications: Array.from({ length: 60 }, (_, i) => ({
    name: i === 7 ? '</script><script>window.__xss=1</script><!--' : `Work ${i}`,
    type: kinds[i % kinds.length],
    authors: ['Mina Okafor', `Coauthor ${i}`],
    publisher: `Venue ${i}`,
    releaseDate: String(1990 + i),
    doi: `10.5555/w.${i}`,
  })),
};

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

for (const [name, resume, works] of [
  ['the CV', cv, cv.publications.length],
  ['the schema’s sample', sample, sample.publications.length],
  ['sixty works of every kind', sixty, 60],
]) {
  test(`${name}: the JSON-LD Chromium reads is the theme's, every work in it, one COinS span each, nothing run`, async () => {
    const html = theme.render(resume);
    const written = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)[1]);
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(true);
    await page.setContent(html, { waitUntil: 'load' });
    const read = await page.evaluate(() => ({
      data: [...document.scripts].map((script) => [script.type, JSON.parse(script.textContent)]),
      spans: [...document.querySelectorAll('span.Z3988')].map((span) => [
        span.textContent,
        span.title.startsWith('ctx_ver=Z39.88-2004'),
      ]),
      xss: window.__xss,
    }));
    await page.close();
    assert.equal(read.xss, undefined);
    assert.deepEqual(read.data, [['application/ld+json', written]]);
    assert.equal(written['@graph'].filter((node) => node.author || node['@type'] !== 'Person').length >= works, true);
    assert.equal(read.spans.length, works);
    assert.ok(read.spans.every(([text, coins]) => text === '' && coins));
  });
}

test('a title made to close the block is a string in the data, exactly', async () => {
  const html = theme.render(sixty);
  const written = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)[1]);
  assert.ok(written['@graph'].some((node) => node.name === '</script><script>window.__xss=1</script><!--'));
});
