// npm run screenshots: regenerates the README's pictures from the current build: the CV on
// screen (light and dark), its first printed page, and the academic sections' fixture CV. They
// are lossless WebP (Debian's webp package: cwebp), a third of the PNGs' size, since the package
// ships them: the README on the registry's page shows them from there.
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cv, launchBrowser, root, tempDir, theme } from './helpers.mjs';

const docs = join(root, 'docs');
const shots = tempDir('shots');

/** docs/<name>.webp from a PNG screenshot, losslessly. */
function webp(png) {
  const file = join(docs, basename(png).replace(/\.png$/, '.webp'));
  execFileSync('cwebp', ['-quiet', '-lossless', png, '-o', file]);
  console.log(file);
}
const browser = await launchBrowser();
const page = await browser.newPage();
await page.setViewport({ width: 900, height: 1250 });
for (const scheme of ['light', 'dark']) {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.setContent(theme.render(cv), { waitUntil: 'load' });
  const png = join(shots, scheme === 'light' ? 'screenshot.png' : 'screenshot-dark.png');
  await page.screenshot({ path: png });
  webp(png);
}
// Grants, students, teaching, patents and the ORCID iD, from the fixture the tests render.
const academic = JSON.parse(readFileSync(join(root, '__tests__/fixtures/academic/sections.resume.json'), 'utf8'));
await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
await page.setContent(theme.render(academic), { waitUntil: 'load' });
await page.screenshot({ path: join(shots, 'academic-sections.png'), fullPage: true });
webp(join(shots, 'academic-sections.png'));
await page.setContent(theme.render(cv), { waitUntil: 'load' });
const pdf = join(tempDir('shot'), 'cv.pdf');
writeFileSync(pdf, await page.pdf({ ...theme.pdfRenderOptions }));
await browser.close();
const prefix = join(tempDir('shot'), 'page');
execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
renameSync(`${prefix}.png`, join(shots, 'print-page1.png'));
webp(join(shots, 'print-page1.png'));
