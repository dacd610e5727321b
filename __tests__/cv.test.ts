/**
 * The theme's first user: the researcher's CV in shared/cv/cv.txt, encoded as resume.json.
 * Every fact of cv.txt must be on the rendered page, and nothing on the page may be absent
 * from cv.txt (or from links.md, which restores the PDF's lost link targets).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from 'jsonschema';
import ZSchema from 'z-schema';
import { render } from '../src';
import { visibleText, validationErrors, sectionOrder } from './helpers/html';

const root = join(__dirname, '..');
// Copies of the workplace's shared/cv and registry schema, so the tests run in any clone; when
// shared/ sits beside the repository (as in CI) the copies must equal it.
const fixtures = join(__dirname, 'fixtures', 'shared');
const sharedDir = join(root, '..', 'shared');
const cvText = readFileSync(join(fixtures, 'cv.txt'), 'utf8');
const linksMd = readFileSync(join(fixtures, 'links.md'), 'utf8');
import resume from '../resume.json';
const html = render(resume);
const pageText = visibleText(html);

/** cv.txt came out of a PDF: drop its markup, lost-link markers, bullets and footnote marks. */
function cleanCv(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[(arXiv|code)\]\(#\)/g, ' ')
    .replace(/\^\[(article|mail|wiki)\]/g, ' ')
    .replace(/[►▸¹*]/g, ' ');
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const SEPARATORS = new RegExp(
  `\\s*(?:[,;:“”"()\\[\\]]|\\.(?=\\s|$)|\\s[–—-]\\s|&|\\band\\b|\\t|\\n|(?=\\b${MONTH} \\d{4}\\b))\\s*`,
  'g',
);

/** The facts of a text: its runs between punctuation, lower-cased, dashes and spaces unified. */
function facts(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((fact) => normalize(fact).replace(/[.?!]+$/, ''))
    .filter((fact) => fact.length > 1);
}

function normalize(text: string): string {
  return text
    .replace(/[–—‑-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const linkTargets = [...linksMd.matchAll(/^\| ([^|]+) \| ([^|]+) \| (https?:\/\/\S+) \|$/gm)].map((m) => ({
  item: m[1].trim(),
  label: m[2].trim(),
  url: m[3].trim(),
}));

describe('the CV is complete and faithful', () => {
  const page = normalize(pageText);
  const cvCorpus = normalize(`${cleanCv(cvText)} ${linkTargets.map((link) => link.label).join(' ')}`);

  test('links.md was read', () => {
    expect(linkTargets.length).toBeGreaterThanOrEqual(12);
  });

  test.each(facts(cleanCv(cvText)))('cv.txt fact %p is on the page', (fact) => {
    expect(page).toContain(fact);
  });

  test.each(facts(visibleText(html, '\n')))('page text %p comes from cv.txt', (fact) => {
    expect(cvCorpus).toContain(fact);
  });

  test.each(linkTargets)('$item: $label links to $url', ({ label, url }) => {
    const href = new URL(url).href.replace(/&/g, '&amp;');
    expect(html).toContain(`href="${href}"`);
    if (['arXiv', 'code', 'DOI', 'xxxnell', 'namukpark.com'].includes(label)) {
      expect(html).toMatch(new RegExp(`href="${href.replace(/[.?/]/g, '\\$&')}">${label}</a>`));
    }
  });

  test('no other link target is invented', () => {
    const known = new Set([...linkTargets.map((link) => new URL(link.url).href), 'mailto:namuk.park@gmail.com']);
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    expect(hrefs.filter((href) => !known.has(href))).toEqual([]);
  });

  test('sections follow cv.txt, with its headings', () => {
    expect(sectionOrder(html)).toEqual([
      'summary',
      'work',
      'publications',
      'education',
      'awards',
      'talks',
      'skills',
      'service',
    ]);
    const headings = [...html.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    expect(headings).toEqual([
      'Research Summary',
      'Industry Experience',
      'Publications',
      'Education',
      'Awards &amp; Honors'.replace('&amp;', '&'),
      'Invited Talks',
      'Skills',
      'Reviewer',
    ]);
  });

  test('the research summary keeps its bold emphasis', () => {
    expect(html).toContain('<strong>Vision Transformers</strong>');
    expect(html).toContain('<strong>representation learning</strong>');
    expect(html).toContain('<em>not</em>');
  });

  test('publications are numbered [4] to [1], with the owner emphasized in each author list', () => {
    const numbers = [...html.matchAll(/publication__number">\[(\d)\]/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual([4, 3, 2, 1]);
    expect(html.match(/<strong class="publication__owner">Namuk Park<\/strong>/g)).toHaveLength(4);
    expect(pageText).toContain('Namuk Park, Wonjae Kim, Byeongho Heo, Taekyung Kim, and Sangdoo Yun');
    expect(pageText).toContain('Namuk Park, Taekyu Lee, and Songkuk Kim');
  });

  test('honours are badges and the talk list keeps its four venues', () => {
    expect(html.match(/class="badges__item"/g)).toHaveLength(4);
    const firstTalk = pageText.split('How Do Vision Transformers Work?').pop()!.split('Uncertainty in AI')[0];
    for (const venue of [
      'Seminar at SeoulTech Aug 2022',
      'AI Seminar at UNIST Mar 2022',
      'Tech talk at NAVER WEBTOON Jan 2022',
      'NAVER Tech Talk at NAVER Corporation Dec 2021',
    ]) {
      expect(firstTalk).toContain(venue);
    }
  });

  test('the reviewer line is compact, with the Top reviewer note', () => {
    expect(pageText).toContain(
      'ICML 2022, 2023 & 2024 NeurIPS 2022 & 2023 (Top reviewer) ICLR 2024 AAAI 2023 & 2024 CVIU',
    );
  });

  test('is valid HTML', async () => {
    expect(await validationErrors(html)).toEqual([]);
  });
});

describe('resume.json validates', () => {
  const schema = JSON.parse(readFileSync(join(root, 'schema.json'), 'utf8')) as object;
  const registry = JSON.parse(readFileSync(join(fixtures, 'registry-schema.json'), 'utf8')) as object;
  const standard = JSON.parse(readFileSync(require.resolve('@jsonresume/schema/schema.json'), 'utf8')) as object;
  const validator = new Validator();
  const errors = (document: unknown, against: object) =>
    validator.validate(document, against).errors.map((e) => e.stack);

  test('against @jsonresume/schema 1.3.1', () => expect(errors(resume, standard)).toEqual([]));
  test("against the registry's closed-top-level schema", () => expect(errors(resume, registry)).toEqual([]));
  test("against the theme's schema.json", () => expect(errors(resume, schema)).toEqual([]));

  test("with resume-cli's validator (z-schema, draft-04)", () => {
    const zschema = new ZSchema({});
    expect(zschema.validate(resume, schema)).toBe(true);
  });

  // The CV as records to break: each case writes what the schema must reject.
  type Records = Record<string, unknown>[];
  interface Breakable {
    publications: Records;
    projects: Records;
    volunteer: Records;
    meta: { themeOptions: Record<string, unknown> };
    talks?: unknown;
  }
  test.each([
    ['authors: 42', (r: Breakable) => (r.publications[0].authors = 42)],
    ['an author that is a number', (r: Breakable) => (r.publications[0].authors = [1])],
    ['a link without a label', (r: Breakable) => (r.publications[0].links = [{ url: 'https://x.org' }])],
    ['a talk event that is a string', (r: Breakable) => (r.projects[0].events = ['Seminar'])],
    ['a section in themeOptions that is not a key', (r: Breakable) => (r.meta.themeOptions.sections = [42])],
    ['years that are not years', (r: Breakable) => (r.volunteer[0].years = ['last year'])],
    ['an unknown top-level key', (r: Breakable) => (r.talks = [])],
  ])('schema.json rejects %s', (_, mutate) => {
    const broken = structuredClone(resume) as unknown as Breakable;
    mutate(broken);
    expect(errors(broken, schema).length).toBeGreaterThan(0);
    expect(new ZSchema({}).validate(broken, schema)).toBe(false);
  });
});

const sharedCopies = [
  ['cv.txt', join(sharedDir, 'cv', 'cv.txt')],
  ['links.md', join(sharedDir, 'cv', 'links.md')],
  ['registry-schema.json', join(sharedDir, 'registry-schema.json')],
] as const;

(existsSync(sharedDir) ? describe : describe.skip)('the fixtures are the shared originals', () => {
  test.each(sharedCopies)('%s', (name, original) => {
    expect(readFileSync(join(fixtures, name), 'utf8')).toBe(readFileSync(original, 'utf8'));
  });
});
