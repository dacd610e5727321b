import { createOwnerMatcher, nameParts, type PersonName } from '../src/format/authors';
import { splitAuthors } from '../src/format/authors';
import { render } from '../src';
import { visibleText } from './helpers/html';

/** A name written as one string, as normalize reads it: "Family, Given" in its parts. */
const person = (name: string): PersonName => ({ name, ...nameParts(name) });

describe('the CV owner is recognised in author lists', () => {
  const matcher = createOwnerMatcher(['Namuk Park']);
  const isOwner = (name: string) => matcher(person(name));

  test.each([
    'Namuk Park',
    'N. Park',
    'N Park',
    'Park, N.',
    'Park, Namuk',
    'PARK, Namuk',
    'Park Namuk',
    'namuk park',
    'Park N.',
  ])('%p is the owner', (name) => {
    expect(isOwner(name)).toBe(true);
  });

  test.each(['Songkuk Kim', 'Nam Park', 'S. Park', 'Park', 'Park, S.', 'Namuk Kim', 'Namuk', ''])(
    '%p is not',
    (name) => {
      expect(isOwner(name)).toBe(false);
    },
  );

  test('accents, middle initials and multi-word family names', () => {
    const matcher = createOwnerMatcher(['José María van der Berg']);
    const match = (name: string) => matcher(person(name));
    expect(match('J. M. van der Berg')).toBe(true);
    expect(match('van der Berg, José')).toBe(true);
    expect(match('Jose Maria van der Berg')).toBe(true);
    expect(match('J. van der Berg')).toBe(true);
    expect(match('M. van der Berg')).toBe(false);
  });

  test('a name given in parts is matched by its parts, never split again', () => {
    const matcher = createOwnerMatcher(['Jan van der Berg']);
    expect(matcher({ name: 'Jan van der Berg', given: 'Jan', family: 'van der Berg' })).toBe(true);
    expect(matcher({ name: 'J. van der Berg', given: 'J.', family: 'van der Berg' })).toBe(true);
    // Written as one string, "Berg Jan" may be family first; given in parts, it is Berg of the Jan family.
    expect(matcher(person('Berg Jan'))).toBe(true);
    expect(matcher({ name: 'Berg Jan', given: 'Berg', family: 'Jan' })).toBe(false);
    // Google Scholar's initials without dots, in the given part.
    expect(matcher({ name: 'van der Berg, J', given: ' J', family: 'van der Berg' })).toBe(true);
  });

  test('an author written as name parts is the owner on the page', () => {
    const html = render({
      basics: { name: 'Ann van Dijk' },
      publications: [
        {
          name: 'P',
          authors: [
            { given: 'Bo', family: 'Lee' },
            { given: 'Ann', family: 'van Dijk' },
          ],
        },
      ],
    });
    expect(html).toMatch(/<strong[^>]*>Ann van Dijk<\/strong>/);
    expect(visibleText(html)).toContain('Bo Lee and Ann van Dijk');
  });

  test('nobody is the owner of an anonymous CV', () => {
    expect(createOwnerMatcher([])(person('Namuk Park'))).toBe(false);
  });
});

describe('splitAuthors reads an author list written as one string', () => {
  test.each([
    ['Namuk Park and Songkuk Kim', ['Namuk Park', 'Songkuk Kim']],
    ['Namuk Park, Taekyu Lee, and Songkuk Kim', ['Namuk Park', 'Taekyu Lee', 'Songkuk Kim']],
    ['Namuk Park, Taekyu Lee & Songkuk Kim', ['Namuk Park', 'Taekyu Lee', 'Songkuk Kim']],
    ['Park, N. and Kim, S.', ['Park, N.', 'Kim, S.']],
    ['Park, N.; Lee, T.; Kim, S.', ['Park, N.', 'Lee, T.', 'Kim, S.']],
    ['Solo Author', ['Solo Author']],
  ])('%p', (input, expected) => {
    expect(splitAuthors(input)).toEqual(expected);
  });
});
