// node e2e/pdf-reading.mjs: how machines read the theme's PDFs, page by page. For the CV (also in
// seven other page languages), the schema's sample and examples, the registry's complete resume
// and the al-folio and academicpages fixtures, printed with the theme's pdfRenderOptions on this
// machine's fonts: pages, Type 3 fonts (whose text extracts badly), and how many entry-head parts
// pdftotext reads out of order, in its default reading order and in drawing order (-raw).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  cv,
  launchBrowser,
  misread,
  pdfFonts,
  pdfInfo,
  pdfText,
  printResume,
  require,
  root,
  sample,
  tempDir,
} from './helpers.mjs';

const load = (file) => JSON.parse(readFileSync(file, 'utf8'));
const examples = join(dirname(require.resolve('@jsonresume/schema/package.json')), 'examples');
const pages = {
  cv,
  sample,
  complete: require('@jsonresume/sample-data/complete-resume.json'),
  ...Object.fromEntries(
    readdirSync(examples).map((file) => [file.replace('.resume.json', ''), load(join(examples, file))]),
  ),
  'al-folio': load(join(root, '__tests__/fixtures/academic/al-folio.resume.json')),
  academicpages: load(join(root, '__tests__/fixtures/academic/academicpages.cv.json')),
  ...Object.fromEntries(
    ['ko', 'ja', 'zh', 'de', 'fr', 'es', 'pt'].map((language) => [
      `cv (${language})`,
      { ...cv, meta: { ...cv.meta, language } },
    ]),
  ),
};

const browser = await launchBrowser();
const dir = tempDir('reading');
console.log(['page', 'pages', 'Type 3 fonts', 'entry heads', 'out of order', 'out of order (-raw)'].join('\t'));
for (const [name, resume] of Object.entries(pages)) {
  const file = join(dir, `${name}.pdf`);
  const { heads, paintedHeads } = await printResume(browser, resume, file);
  const type3 = pdfFonts(file).filter((font) => font.type === 'Type 3').length;
  // -raw reads the text as drawn: each head's title and dates, then its role and place.
  const order = [
    misread(pdfText(file), heads).length,
    misread(pdfText(file, undefined, { raw: true }), paintedHeads).length,
  ];
  console.log([name, pdfInfo(file).pages, type3, heads.length, ...order].join('\t'));
}
await browser.close();
