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
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          const name = attr.name.toLowerCase();
          const value = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
          if (name.startsWith('on')) bad.push(`${el.tagName} ${name}`);
          if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'style', 'srcdoc'].includes(name)) {
            if (/^(?:javascript|vbscript|data:text|data:image\/svg)/.test(value) || name === 'style' || name === 'srcdoc') bad.push(`${el.tagName} ${name}=${value.slice(0, 40)}`);
          }
        }
        if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'BASE', 'FORM', 'LINK', 'SVG', 'MATH'].includes(el.tagName.toUpperCase())) bad.push(el.tagName);
      }
      return { bad, xss: window.__xss, scripts: document.scripts.length, sheets: document.styleSheets.length };
    });
    assert.deepEqual(report.bad, [], `resume ${i}`);
    assert.equal(report.xss, undefined, `resume ${i}: a payload ran`);
    assert.equal(report.scripts, 0, `resume ${i}`);
    assert.equal(report.sheets, 1, `resume ${i}: only the theme's stylesheet`);
    // Clicking a link must not run anything either (a javascript: link would).
    await page.$$eval('a[href]', (links) => links.forEach((a) => a.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))));
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
  await page.setContent('<!DOCTYPE html><title>x</title><img src="https://attacker.invalid/pixel.png"><script>window.__xss=1</script>', { waitUntil: 'load' });
  assert.deepEqual(requests, ['https://attacker.invalid/pixel.png']);
  assert.equal(await page.evaluate(() => window.__xss), 1);
  await page.close();
});
