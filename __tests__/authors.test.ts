import { createOwnerMatcher } from '../src/format/authors';
import { splitAuthors } from '../src/format/authors';

describe('the CV owner is recognised in author lists', () => {
  const isOwner = createOwnerMatcher(['Namuk Park']);

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
    const match = createOwnerMatcher(['José María van der Berg']);
    expect(match('J. M. van der Berg')).toBe(true);
    expect(match('van der Berg, José')).toBe(true);
    expect(match('Jose Maria van der Berg')).toBe(true);
    expect(match('J. van der Berg')).toBe(true);
    expect(match('M. van der Berg')).toBe(false);
  });

  test('nobody is the owner of an anonymous CV', () => {
    expect(createOwnerMatcher([])('Namuk Park')).toBe(false);
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
