/**
 * The page as scholarly metadata: a COinS span per publication, read back as reference managers
 * read it (an OpenURL ContextObject, parsed with URLSearchParams), and one schema.org JSON-LD block,
 * parsed back and checked against the resume and against schema.org's vocabulary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '../src';
import { PUBLICATION_TYPES } from '../src/input/publication-types';
import type { Resume } from '../src/types';

const kinds = PUBLICATION_TYPES;

/** An invented researcher with one work of every kind, a talk and a grant. */
const researcher = {
  basics: {
    name: 'Mina Okafor',
    label: 'Professor of Glaciology',
    email: 'mina@example.org',
    url: 'https://mina.example.org',
    orcid: '0000-0002-1825-0097',
    profiles: [{ network: 'GitHub', username: 'minaokafor', url: 'https://github.com/minaokafor' }],
  },
  work: [{ name: 'University of Oslo', position: 'Professor', startDate: '2018' }],
  publications: kinds.map((type, i) => ({
    name: `A ${type} on ice`,
    type,
    authors: ['Mina Okafor', 'Jonas Weber', 'E Müller'],
    publisher: `Venue of the ${type}`,
    releaseDate: `20${10 + i}-0${1 + (i % 9)}`,
    volume: '14',
    issue: '3',
    number: 'US 10,123,456 B2',
    pages: '834--849',
    doi: `10.5555/${type}.${i}`,
    url: `https://works.example.org/${type}`,
    links: [{ label: 'arXiv', url: `https://arxiv.org/abs/2101.0000${i}v2` }],
  })),
  projects: [{ type: 'talk', name: 'Calving Fronts', events: [{ name: 'Polar Seminar', date: '2024-05' }] }],
  awards: [{ type: 'grant', title: 'Ice Dynamics', awarder: 'Research Council', number: 'RC-123' }],
} as unknown as Resume;

const decoded = (attribute: string) =>
  attribute.replace(
    /&(amp|lt|gt|quot|#x27|#x60|#x3D);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#x60': '`', '#x3D': '=' })[name] ?? '',
  );
const coinsOf = (html: string) =>
  [...html.matchAll(/<span class="Z3988" title="([^"]*)"><\/span>/g)].map(
    (match) => new URLSearchParams(decoded(match[1])),
  );
const jsonLdOf = (html: string) => {
  const block = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html);
  return block ? (JSON.parse(block[1]) as { '@context': string; '@graph': Array<Record<string, unknown>> }) : undefined;
};

describe('COinS, as reference managers read them', () => {
  const html = render(researcher);
  const objects = coinsOf(html);

  test('one empty span per publication, in the page’s order, with nothing to read aloud', () => {
    expect(objects).toHaveLength(kinds.length);
    expect(html).not.toMatch(/<span class="Z3988"[^>]*>[^<]/);
  });

  test.each([
    ['journal', 'journal', 'article', 'atitle', 'jtitle'],
    ['conference', 'book', 'proceeding', 'atitle', 'btitle'],
    ['workshop', 'book', 'proceeding', 'atitle', 'btitle'],
    ['preprint', 'journal', 'preprint', 'atitle', 'jtitle'],
    ['book', 'book', 'book', 'btitle', 'pub'],
    ['chapter', 'book', 'bookitem', 'atitle', 'btitle'],
    ['thesis', 'dissertation', null, 'title', 'inst'],
    ['report', 'book', 'report', 'btitle', 'pub'],
    ['patent', 'patent', null, 'title', null],
    ['other', 'book', 'unknown', 'btitle', 'pub'],
  ])(
    '%s: format %s, genre %s, its title and venue under their keys, every author, date and ids',
    (type, format, genre, title, venue) => {
      const found = objects.find((params) => params.get(`rft.${title}`) === `A ${type} on ice`);
      expect(found).toBeDefined();
      const params = found as URLSearchParams;
      expect(params.get('ctx_ver')).toBe('Z39.88-2004');
      expect(params.get('rft_val_fmt')).toBe(`info:ofi/fmt:kev:mtx:${format}`);
      expect(params.get('rft.genre')).toBe(genre);
      if (venue) expect(params.get(`rft.${venue}`)).toBe(`Venue of the ${type}`);
      expect(params.getAll(type === 'patent' ? 'rft.inventor' : 'rft.au')).toEqual([
        'Mina Okafor',
        'Jonas Weber',
        'E. Müller',
      ]);
      expect(params.get('rft.date')).toMatch(/^20\d\d-0\d$/);
      expect(params.get('rft.pages')).toBe('834–849');
      if (type === 'patent') expect(params.get('rft.number')).toBe('US 10,123,456 B2');
      else expect([params.get('rft.volume'), params.get('rft.issue')]).toEqual(['14', '3']);
      const ids = params.getAll('rft_id');
      expect(ids[0]).toMatch(/^info:doi\/10\.5555\//);
      expect(ids[1]).toMatch(/^info:arxiv\/2101\.0000\d$/);
      expect(ids[2]).toBe(`https://works.example.org/${type}`);
    },
  );
});

describe('schema.org JSON-LD, as search engines read it', () => {
  const graph = jsonLdOf(render(researcher))?.['@graph'] ?? [];

  test('the person: name, job title, affiliation, e-mail, address, the ORCID iD and profiles', () => {
    expect(graph[0]).toEqual({
      '@type': 'Person',
      '@id': '#person',
      name: 'Mina Okafor',
      jobTitle: 'Professor of Glaciology',
      affiliation: { '@type': 'Organization', name: 'University of Oslo' },
      email: 'mina@example.org',
      url: 'https://mina.example.org/',
      sameAs: ['https://orcid.org/0000-0002-1825-0097', 'https://github.com/minaokafor'],
    });
  });

  test('every work, newest first as the page lists them, the owner as the page’s person', () => {
    const works = graph.filter((node) => typeof node.name === 'string' && node.name.includes(' on ice'));
    expect(works.map((node) => node.name)).toEqual([...kinds].reverse().map((type) => `A ${type} on ice`));
    const article = works.find((node) => node.name === 'A journal on ice');
    expect(article).toEqual({
      '@type': 'ScholarlyArticle',
      name: 'A journal on ice',
      author: [
        { '@id': '#person' },
        { '@type': 'Person', name: 'Jonas Weber' },
        { '@type': 'Person', name: 'E. Müller' },
      ],
      datePublished: '2010-01',
      isPartOf: { '@type': 'Periodical', name: 'Venue of the journal' },
      identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.5555/journal.0' },
      sameAs: 'https://doi.org/10.5555/journal.0',
      url: 'https://works.example.org/journal',
    });
    expect(Object.fromEntries(works.map((node) => [node.name, node['@type']]))).toEqual({
      'A journal on ice': 'ScholarlyArticle',
      'A conference on ice': 'ScholarlyArticle',
      'A workshop on ice': 'ScholarlyArticle',
      'A preprint on ice': 'ScholarlyArticle',
      'A book on ice': 'Book',
      'A chapter on ice': 'Chapter',
      'A thesis on ice': 'Thesis',
      'A report on ice': 'Report',
      'A patent on ice': 'CreativeWork',
      'A other on ice': 'CreativeWork',
    });
  });

  test('talks as events the person performed at, grants as monetary grants with their funder', () => {
    expect(graph).toContainEqual({
      '@type': 'Event',
      name: 'Calving Fronts',
      performer: { '@id': '#person' },
      location: { '@type': 'Place', name: 'Polar Seminar' },
      startDate: '2024-05',
    });
    expect(graph).toContainEqual({
      '@type': 'MonetaryGrant',
      name: 'Ice Dynamics',
      funder: { '@type': 'Organization', name: 'Research Council' },
      identifier: 'RC-123',
    });
  });

  // schema.org's vocabulary, version 29.x (https://schema.org/docs/full.html and each term's page):
  // the types and properties this theme writes, each of which exists there.
  const VOCABULARY = new Set([
    '@context',
    '@graph',
    '@type',
    '@id',
    'Person',
    'Organization',
    'ScholarlyArticle',
    'Book',
    'Chapter',
    'Thesis',
    'Report',
    'CreativeWork',
    'Periodical',
    'PropertyValue',
    'Event',
    'Place',
    'MonetaryGrant',
    'name',
    'jobTitle',
    'affiliation',
    'email',
    'url',
    'sameAs',
    'author',
    'datePublished',
    'isPartOf',
    'publisher',
    'identifier',
    'propertyID',
    'value',
    'performer',
    'location',
    'startDate',
    'funder',
  ]);

  test('every type and property it writes is schema.org’s', () => {
    const used = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object')
        for (const [key, inner] of Object.entries(value)) {
          used.add(key);
          if (key === '@type') used.add(inner as string);
          walk(inner);
        }
    };
    const cv = JSON.parse(readFileSync(join(__dirname, '..', 'resume.json'), 'utf8')) as Resume;
    walk(jsonLdOf(render(researcher)));
    walk(jsonLdOf(render(cv)));
    expect([...used].filter((term) => !VOCABULARY.has(term))).toEqual([]);
  });
});

describe('safe on hostile input', () => {
  const hostile = [
    '</script><script>window.__xss=1</script>',
    '<!--',
    '<script>',
    'line\u2028separator\u2029end',
    'R&amp;D & "quotes" \'single\' `tick`',
  ];

  test('no title can close or comment out the block, and the JSON parses to exactly the strings', () => {
    for (const written of hostile) {
      // A one-line field folds its line and paragraph separators to spaces on the page, and so in the data.
      const title = written.replace(/[\u2028\u2029]/g, ' ');
      const html = render({
        basics: { name: title },
        publications: [{ name: title, publisher: title, authors: [title] }],
      });
      const block = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html);
      expect(block).not.toBeNull();
      const graph = (JSON.parse((block as RegExpExecArray)[1]) as { '@graph': Array<Record<string, unknown>> })[
        '@graph'
      ];
      expect(graph[1].name).toBe(title);
      expect(
        (graph[1].isPartOf as { name: string } | undefined)?.name ?? (graph[1].publisher as { name: string }).name,
      ).toBe(title);
      expect(html.match(/<script/g)).toHaveLength(1);
      expect(html.match(/<\/script>/g)).toHaveLength(1);
      expect(coinsOf(html)[0].get('rft.btitle')).toBe(title);
      // Written for the double-quoted attribute as it is: no double quote, no markup, every "&" an entity.
      const attribute = /<span class="Z3988" title="([^"]*)"><\/span>/.exec(html)?.[1] ?? '';
      expect(attribute).not.toMatch(/[<>"]|&(?!amp;)/);
    }
  });

  test('the block is JSON.stringify’s own form of what it holds, then escaped for the script element', () => {
    const escaped = (json: string) =>
      json.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const cv = JSON.parse(readFileSync(join(__dirname, '..', 'resume.json'), 'utf8')) as Resume;
    const odd = hostile.join(' \ud800 \u0007 ');
    const resumes = [
      researcher,
      cv,
      {
        basics: { name: odd, label: odd, email: odd },
        publications: [{ name: odd, authors: [odd, odd], publisher: odd, doi: `10.1/${odd}` }],
      },
      {
        projects: [{ type: 'talk', events: [{ date: '2020' }, { name: odd }] }],
        awards: [{ type: 'grant', title: odd, number: odd }],
      },
    ] as Resume[];
    for (const resume of resumes) {
      const block = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(render(resume))?.[1] ?? '';
      expect(block.length).toBeGreaterThan(0);
      expect(block).toBe(escaped(JSON.stringify(JSON.parse(block))));
    }
  });

  test('a lone surrogate in a work renders, read back as U+FFFD (it threw in encodeURIComponent)', () => {
    const html = render({ publications: [{ name: 'a\ud800b', publisher: '\udc00', authors: ['x\ud800', 'Yu Li'] }] });
    const [object] = coinsOf(html);
    expect([object.get('rft.btitle'), object.get('rft.pub'), object.getAll('rft.au')]).toEqual([
      'a\ufffdb',
      '\ufffd',
      ['x\ufffd', 'Yu Li'],
    ]);
  });

  test('themeOptions.metadata: false leaves both out', () => {
    const html = render({ ...researcher, meta: { themeOptions: { metadata: false } } });
    expect(html).not.toContain('Z3988');
    expect(html).not.toContain('application/ld+json');
  });
});
