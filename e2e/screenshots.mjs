// npm run screenshots: regenerates the README's pictures from the current build: the CV on
// screen (light and dark), its first printed page, and the academic sections' fixture CV.
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cv, launchBrowser, root, tempDir, theme } from './helpers.mjs';

const docs = join(root, 'docs');
const browser = await launchBrowser();
const page = await browser.newPage();
await page.setViewport({ width: 900, height: 1250 });
for (const scheme of ['light', 'dark']) {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.setContent(theme.render(cv), { waitUntil: 'load' });
  const file = join(docs, scheme === 'light' ? 'screenshot.png' : 'screenshot-dark.png');
  await page.screenshot({ path: file });
  console.log(file);
}
// Grants, students, teaching, patents and the ORCID iD, from the fixture the tests render.
const academic = JSON.parse(readFileSync(join(root, '__tests__/fixtures/academic/sections.resume.json'), 'utf8'));
await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
await page.setContent(theme.render(academic), { waitUntil: 'load' });
await page.screenshot({ path: join(docs, 'academic-sections.png'), fullPage: true });
console.log(join(docs, 'academic-sections.png'));
await page.setContent(theme.render(cv), { waitUntil: 'load' });
const pdf = join(tempDir('shot'), 'cv.pdf');
writeFileSync(pdf, await page.pdf({ ...theme.pdfRenderOptions }));
await browser.close();
const prefix = join(tempDir('shot'), 'page');
execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
renameSync(`${prefix}.png`, join(docs, 'print-page1.png'));
console.log(join(docs, 'print-page1.png'));
