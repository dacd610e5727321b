/**
 * Everything about authors' names, for the page and the importer alike: splitting a list written
 * as one string, the marks written on names (equal contribution, corresponding author), and
 * recognizing the CV owner among a paper's authors.
 */
import { LIMITS } from '../limits';

/**
 * "A, B and C", "A; B" or BibTeX's "Park, N. and Kim, S." as a list of names. `folded` has its
 * white space folded to single spaces, so the separators below never rescan a long run.
 */
export function splitAuthors(folded: string): string[] {
  if (folded.includes(';'))
    return folded
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  const byAnd = folded.split(/ and /i);
  if (
    byAnd.length > 1 &&
    byAnd.every((name) => name.indexOf(',') >= 0 && name.indexOf(',') === name.lastIndexOf(','))
  ) {
    return byAnd.map((s) => s.trim());
  }
  return folded
    .split(/ ?, ?(?:and |& ?)?| and | ?& ?/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A name without the marks written on it, and what they said. */
export interface MarkedName {
  name: string;
  /** Marked `*` or `∗`: contributed equally with the others so marked. */
  equal: boolean;
  /** Marked `†` (or LaTeX's `\dag`): the corresponding author. */
  corresponding: boolean;
}

const EQUAL_MARKS = /[*∗]/g;
const CORRESPONDING_MARKS = /†|\\dag(?:ger)?\b/g;
// What BibTeX converters leave around a mark: "<sup>†</sup>", "^{*}", "$^*$", "{}".
const MARK_WRAPPERS = /<\/?sup>|[$^{}]/g;

/** "Park*", "*Park, N.", "Kim\textsuperscript{\dag}": the name, and its marks. */
export function readMarks(written: string): MarkedName {
  const equal = written.search(EQUAL_MARKS) >= 0;
  const corresponding = written.search(CORRESPONDING_MARKS) >= 0;
  if (!equal && !corresponding) return { name: written, equal, corresponding };
  const name = written
    .replace(EQUAL_MARKS, '')
    .replace(CORRESPONDING_MARKS, '')
    .replace(MARK_WRAPPERS, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  return { name, equal, corresponding };
}

/** An author's name as normalize reads it: as printed, and its parts when they are known. */
export interface PersonName {
  name: string;
  /** Known when the name was written in parts, or as "Family, Given". */
  family?: string;
  given?: string;
}

/** The parts of a name written "Family, Given" (before and after its first comma); none without a comma. */
export function nameParts(name: string): { family: string; given: string } | undefined {
  const comma = name.indexOf(',');
  return comma < 0 ? undefined : { family: name.slice(0, comma), given: name.slice(comma + 1) };
}

// Distinct authors one render remembers the match of: far more than any CV names.
const REMEMBERED_AUTHORS = 10_000;

const PLAIN_LETTERS = /^[a-z]*$/i;

function simplify(token: string): string {
  // Most names are plain ASCII letters: nothing to decompose, strip or drop but case.
  if (PLAIN_LETTERS.test(token)) return token.toLowerCase();
  return token
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[.\-‐'’]/g, '')
    .toLowerCase();
}

function tokenize(text: string): string[] {
  return text
    .split(/[\s.]+/)
    .map(simplify)
    .filter(Boolean);
}

/**
 * "N" matches "Namuk"; "Namuk" matches "Namuk". A middle name or initial written on one side only
 * does not defeat the match: "A. V." and "Aleksei V." match "Aleksei", as "A." matches "Aleksei V.".
 * The names both sides have must agree, in order.
 */
function givenMatches(written: string[], full: string[]): boolean {
  if (written.length === 0 || full.length === 0) return false;
  const both = Math.min(written.length, full.length);
  for (let i = 0; i < both; i++) {
    const token = written[i];
    if (token !== full[i] && !(token.length === 1 && full[i].startsWith(token))) return false;
  }
  return true;
}

/**
 * Tells whether an author, as written in a paper, is one of the owner's names. Accepts
 * "Namuk Park", "N. Park", "Park, N.", "Park Namuk" and "PARK, Namuk" for "Namuk Park".
 *
 * Each owner name (at most LIMITS.nameWords words) is indexed once by every family name it can
 * have ("park" for "Namuk Park"). An author
 * is then looked up by the few family names its own words can form: given names are never
 * longer than LIMITS.nameWords words, so only that many splits of the author are tried, and the
 * cost of a match is linear in the author's length, whatever the owner names are.
 */
export function createOwnerMatcher(ownerNames: string[]): (author: PersonName) => boolean {
  // Indexed on the first author asked about: a resume without author lists never needs it.
  let matches: ((author: PersonName) => boolean) | undefined;
  // A CV names the same coauthors paper after paper. The matcher lives for one render, so what
  // it remembers is that render's authors and goes with it; past a CV's worth it stops remembering.
  const known = new Map<string, boolean>();
  return (author: PersonName): boolean => {
    // The name as printed, or its parts: one key for each way the matcher reads it.
    const key = author.family === undefined ? author.name : `${author.family}\u0000${author.given ?? ''}`;
    let isOwner = known.get(key);
    if (isOwner === undefined) {
      matches ??= ownerIndex(ownerNames);
      isOwner = matches(author);
      if (known.size < REMEMBERED_AUTHORS) known.set(key, isOwner);
    }
    return isOwner;
  };
}

/** Whether an author is one of the owner's names, by the index described at createOwnerMatcher. */
function ownerIndex(ownerNames: string[]): (author: PersonName) => boolean {
  const owners = ownerNames.map(tokenize).filter((tokens) => tokens.length > 0 && tokens.length <= LIMITS.nameWords);
  const exact = new Set(owners.map((tokens) => tokens.join(' ')));
  const givensByFamily = new Map<string, string[][]>();
  let longestFamily = 0;
  for (const owner of owners) {
    for (let k = 1; k < owner.length; k++) {
      const family = owner.slice(k).join('');
      givensByFamily.set(family, [...(givensByFamily.get(family) ?? []), owner.slice(0, k)]);
      longestFamily = Math.max(longestFamily, family.length);
    }
  }
  const matchesOwner = (family: string[], given: string[]): boolean => {
    if (given.length > LIMITS.nameWords) return false;
    const joined = family.join('');
    return (
      joined.length <= longestFamily && (givensByFamily.get(joined) ?? []).some((full) => givenMatches(given, full))
    );
  };
  const matches = (name: string, family?: string, given?: string): boolean => {
    // Parts known: the family name is known, and nothing needs splitting.
    if (family !== undefined) {
      const familyTokens = tokenize(family);
      const givenTokens = tokenize(given ?? '');
      if (familyTokens.length + givenTokens.length === 0) return false;
      return exact.has([...familyTokens, ...givenTokens].join(' ')) || matchesOwner(familyTokens, givenTokens);
    }
    const tokens = tokenize(name);
    if (tokens.length === 0) return false;
    if (exact.has(tokens.join(' '))) return true;
    // Given names first ("N. Park"): the given part is one of the first few words.
    for (let k = 1; k < tokens.length && k <= LIMITS.nameWords; k++) {
      if (matchesOwner(tokens.slice(k), tokens.slice(0, k))) return true;
    }
    // Family name first ("Park Namuk"): the given part is one of the last few words.
    for (let k = Math.max(1, tokens.length - LIMITS.nameWords); k < tokens.length; k++) {
      if (matchesOwner(tokens.slice(0, k), tokens.slice(k))) return true;
    }
    return false;
  };
  // Google Scholar writes initials without dots ("Curie, MS", "MS Curie"): read them as "M. S."
  // when the name as written matches no owner name.
  const dotted = (text: string | undefined) => text?.replace(SCHOLAR_INITIALS, (word) => [...word].join('. ') + '.');
  const hasInitials = (text: string | undefined) => text !== undefined && text.search(SCHOLAR_INITIALS) >= 0;
  return ({ name, family, given }: PersonName): boolean =>
    matches(name, family, given) ||
    ((family === undefined ? hasInitials(name) : hasInitials(family) || hasInitials(given)) &&
      matches(dotted(name) ?? name, dotted(family), dotted(given)));
}

// search() ignores the g flag, so one pattern serves the test and the replacement.
const SCHOLAR_INITIALS = /(?<=^|[\s,])[A-Z]{2,3}(?=$|[\s,])/g;

// A letter of a script without capitals, and so without initials (CJK, Thai, Arabic, Hebrew, …).
const NO_INITIALS = /\p{Lo}/u;
// A capital letter alone, or two or three together ("SA", Google Scholar's "Sarah A."), no periods.
const BARE_INITIALS = /^\p{Lu}{1,3}$/u;
// Initials run together with their periods: "S.A.".
const DOTTED_RUN = /^(?:\p{Lu}\.){2,4}$/u;

/**
 * Whether a name writes an initial without its period, as Google Scholar's exports do: "E Müller",
 * "Müller, E", "Teichmann, SA". One such name tells that a list's "SA Teichmann" is initials too.
 */
export function hasBareInitial(author: PersonName): boolean {
  if (author.family !== undefined) return (author.given ?? '').split(' ').some((token) => BARE_INITIALS.test(token));
  // Most names are plain ASCII words none of which is a capital alone: told by one scan.
  if (plainName(author.name)) return false;
  const words = author.name.split(' ');
  return words.length > 1 && words.slice(0, -1).some((word) => SINGLE_CAPITAL.test(word));
}

/**
 * Whether a name, as written, is already in its one form: ASCII, no comma or period, and no word
 * before the last of one to three capitals ("SA", "E"). One scan, no pattern, no copy: the
 * common name skips displayName's work (a property test finds both paths equal).
 */
export function plainName(name: string): boolean {
  let length = 0;
  let capitals = true;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code === 32) {
      if (length > 0 && length <= 3 && capitals) return false;
      length = 0;
      capitals = true;
    } else if (code === 44 || code === 46 || code > 126 || code < 32) {
      return false;
    } else {
      length++;
      if (code < 65 || code > 90) capitals = false;
    }
  }
  return true;
}

const SINGLE_CAPITAL = /^\p{Lu}$/u;

/** Given names with each initial as "S." and apart: "SA" (when `runs` says it is initials), "S.A.", "S" read "S. A.", "S. A.", "S.". */
function dottedInitials(given: string, runs: boolean): string {
  return given
    .split(' ')
    .filter(Boolean)
    .map((token) =>
      (token.length === 1 || runs) && BARE_INITIALS.test(token)
        ? [...token].map((letter) => `${letter}.`).join(' ')
        : DOTTED_RUN.test(token)
          ? token.slice(0, -1).split('.').join('. ') + '.'
          : token,
    )
    .join(' ');
}

/**
 * An author's name in one form across a list, given names first, initials with their periods:
 * "SA Teichmann", "Teichmann, SA" and "Teichmann, S. A." all read "S. A. Teichmann". A run of two
 * or three capitals before a family name ("SA Teichmann") is initials only where `bareInitials`
 * says the list writes them so (it might be a family name written in capitals, "LI Na"); it is
 * asked only for a name that is not plain, so most lists never scan for it. Names in scripts
 * without initials, and names of one word, are shown as written.
 */
export function displayName(author: PersonName, bareInitials: () => boolean): string {
  return plainName(author.name) ? author.name : generalDisplayName(author, bareInitials());
}

/** displayName's general path, for any name. */
export function generalDisplayName(author: PersonName, bareInitials: boolean): string {
  const { name, family, given } = author;
  if (NO_INITIALS.test(name)) return name;
  if (family !== undefined) {
    const familyName = family.trim();
    const parts = (given ?? '').split(',').map((part) => part.trim());
    // BibTeX's "Costa, Jr., P. T.": family, suffix, given. Past that, or longer than names are
    // ("University of California, Berkeley"), it is no name in parts: shown as written.
    if (parts.length > 2 || !familyName || !personal(familyName) || !personal(given ?? '')) return name;
    const [first, suffix] = parts.length === 2 ? [parts[1], parts[0]] : [parts[0], ''];
    const givenName = dottedInitials(first, true);
    return [givenName, familyName, suffix].filter(Boolean).join(' ') || name;
  }
  const all = name.split(' ');
  if (all.length < 2) return name;
  const last = all.length - 1;
  return `${dottedInitials(all.slice(0, last).join(' '), bareInitials)} ${all[last]}`;
}

// The lower-case words names have (particles); any other ("of", "for") makes a name an organisation's.
const PARTICLES = new Set([
  'von',
  'van',
  'de',
  'den',
  'der',
  'des',
  'di',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'del',
  'della',
  'la',
  'le',
  'ter',
  'ten',
  'zu',
  'zur',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'e',
  'af',
  'av',
]);

/** Whether a part of a name written "Family, Given" reads as a person's: a few words, lower case only for particles. */
function personal(part: string): boolean {
  const all = part.split(' ').filter(Boolean);
  return all.length <= 4 && all.every((word) => !/^\p{Ll}/u.test(word) || PARTICLES.has(word));
}
