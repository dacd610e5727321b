// The hostile corpus (../__tests__/fixtures/hostile.js) loaded in real Chromium: no injected
// script runs, no element keeps an event handler or a dangerous URL, and nothing is requested.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cv, launchBrowser, require, sample, theme } from './helpers.mjs';

const { hostileResumes } = require('../__tests__/fixtures/hostile.js');
const base = { ...sample, ...cv, basics: { ...sample.basics, ...cv.basics }, meta: cv.meta };
const resumes = hostileResumes(base);

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test(`${resumes.length} hostile resumes: no script runs, no handler, no dangerous URL, no request`, async () => {
  const page = await browser.newPage();
  const requests = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && url !== 'about:blank') requests.push(url);
    request.abort().catch(() => {});
  });
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });

  for (const [i, resume] of resumes.entries()) {
    await page.setContent(theme.render(resume), { waitUntil: 'load' });
    // Give timers and lazy handlers a moment, then hover and click every link.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const report = await page.evaluate(() => {
      const bad = [];
      // The page's one script element is its JSON-LD: data, which no browser runs, and which parses.
      const data = [...document.scripts].filter((script) => script.type === 'application/ld+json');
      for (const script of data) JSON.parse(script.textContent);
      for (const el of document.querySelectorAll('*')) {
        if (data.includes(el)) continue;
        for (const attr of el.attributes) {
          const name = attr.name.toLowerCase();
          const value = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
          if (name.startsWith('on')) bad.push(`${el.tagName} ${name}`);
          if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'style', 'srcdoc'].includes(name)) {
            if (
              /^(?:javascript|vbscript|data:text|data:image\/svg)/.test(value) ||
              name === 'style' ||
              name === 'srcdoc'
            )
              bad.push(`${el.tagName} ${name}=${value.slice(0, 40)}`);
          }
        }
        if (
          ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'BASE', 'FORM', 'LINK', 'SVG', 'MATH'].includes(
            el.tagName.toUpperCase(),
          )
        )
          bad.push(el.tagName);
      }
      return {
        bad,
        xss: window.__xss,
        scripts: document.scripts.length - data.length,
        data: data.length,
        sheets: document.styleSheets.length,
      };
    });
    assert.deepEqual(report.bad, [], `resume ${i}`);
    assert.equal(report.xss, undefined, `resume ${i}: a payload ran`);
    assert.equal(report.scripts, 0, `resume ${i}`);
    assert.equal(report.data, 1, `resume ${i}: one JSON-LD block`);
    assert.equal(report.sheets, 1, `resume ${i}: only the theme's stylesheet`);
    // Clicking a link must not run anything either (a javascript: link would).
    await page.$$eval('a[href]', (links) =>
      links.forEach((a) => a.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))),
    );
    assert.equal(await page.evaluate(() => window.__xss), undefined, `resume ${i}: a hover handler ran`);
  }
  assert.deepEqual(dialogs, []);
  assert.deepEqual(requests, [], 'the page requested something');
  await page.close();
});

test('the watches work: a page that runs a script or loads something is caught', async () => {
  const page = await browser.newPage();
  const requests = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (!request.url().startsWith('data:') && request.url() !== 'about:blank') requests.push(request.url());
    request.abort().catch(() => {});
  });
  await page.setContent(
    '<!DOCTYPE html><title>x</title><img src="https://attacker.invalid/pixel.png"><script>window.__xss=1</script>',
    { waitUntil: 'load' },
  );
  assert.deepEqual(requests, ['https://attacker.invalid/pixel.png']);
  assert.equal(await page.evaluate(() => window.__xss), 1);
  await page.close();
});

// A right-to-left override in a co-author's name reversed the rest of the author list, the
// owner's name included; an override in a network's name reversed the username.
test('no field reorders its neighbours: the owner reads left to right after a hostile co-author', async () => {
  const page = await browser.newPage();
  const resume = {
    basics: {
      name: 'Ann Lee',
      profiles: [{ network: 'Git\u202eHub', username: 'annlee', url: 'https://github.com/annlee' }],
    },
    publications: [
      { name: 'Paper', authors: ['Eve \u202eEvil', 'Ann Lee', 'Bo \u2067Kim'], releaseDate: '2024' },
      // One string, split into authors after it was read: the override is left open in the first.
      { name: 'Paper 2', authors: 'Eve \u202eEvil, Ann Lee and Bo Kim', releaseDate: '2023' },
      { name: 'שלום עולם', authors: ['דוד כהן', 'Ann Lee'], releaseDate: '2022' },
    ],
  };
  await page.setContent(theme.render(resume), { waitUntil: 'load' });
  // Each character's box, in text order: a word read left to right has them in increasing x.
  const order = await page.evaluate(() => {
    const leftToRight = (element, word) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(word);
        if (at < 0) continue;
        const xs = [];
        for (let i = at; i < at + word.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          xs.push(range.getBoundingClientRect().left);
        }
        return xs.every((x, i) => i === 0 || x > xs[i - 1]);
      }
      return undefined;
    };
    const lists = [...document.querySelectorAll('.publication__authors')];
    const contacts = document.querySelector('.contacts');
    return {
      owner: lists.map((list) => leftToRight(list, 'Ann Lee')),
      username: leftToRight(contacts, 'annlee'),
    };
  });
  await page.close();
  assert.deepEqual(order, { owner: [true, true, true], username: true });
});

test('a flood of combining marks lays out in well under a second', async () => {
  const page = await browser.newPage();
  const flood = `e${'\u0301'.repeat(19_999)}`;
  const html = theme.render({
    basics: { name: 'A' },
    work: Array.from({ length: 100 }, () => ({ name: 'L', summary: flood })),
  });
  const start = performance.now();
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(() => document.body.getBoundingClientRect().height);
  const ms = performance.now() - start;
  await page.close();
  // 38 s before marks past the 30th of a run were dropped.
  assert.ok(ms < 5000, `${ms} ms`);
});
