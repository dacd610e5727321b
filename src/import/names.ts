/**
 * BibTeX name lists as authors: "First von Last", "von Last, First" and "von Last, Jr, First",
 * split on "and" outside braces. Particles stay in the family name ("van Beek", "de la Cruz"),
 * a stray trailing comma loses nothing, a braced name is one literal ("{Google Research}"),
 * and "and others" means et al.
 */
import { readMarks } from '../format/authors';
import type { Author } from '../types';
import { latexToText } from './latex';

export interface Names {
  authors: Author[];
  /** The list ended with "and others". */
  etAl: boolean;
}

/** Splits `text` outside braces where `separatorAt` finds a separator (its length; 0 where none). */
function splitOutsideBraces(text: string, separatorAt: (text: string, i: number) => number): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const length = separatorAt(text, i);
      if (length > 0) {
        parts.push(text.slice(start, i));
        start = i + length;
        i += length - 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts;
}

const whiteSpace = (text: string, i: number) => (' \t\n\r'.includes(text[i]) ? 1 : 0);
const comma = (text: string, i: number) => (text[i] === ',' ? 1 : 0);
// " and " in any case ("AND" appears in exports).
const and = (text: string, i: number) => (text[i] === ' ' && text.slice(i, i + 5).toLowerCase() === ' and ' ? 5 : 0);

/** The words of a part, outside braces. */
const words = (part: string): string[] => splitOutsideBraces(part.trim(), whiteSpace).filter(Boolean);

/**
 * Whether a word is a particle ("van", "de", "von"): its first letter outside braces is lower
 * case. A word in braces counts as capitalised unless it starts with an accent command.
 */
function isParticle(word: string): boolean {
  let depth = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c === '{') {
      depth++;
      // "{\'e}" is a letter with an accent; "{van}" is protected from being a particle.
      if (word[i + 1] === '\\' && depth === 1) {
        const letter = /^\\(?:[^A-Za-z]|[A-Za-z]+)[\s{]*([A-Za-z])/.exec(word.slice(i + 1))?.[1];
        if (letter) return letter === letter.toLowerCase();
      }
    } else if (c === '}') depth--;
    else if (depth === 0 && /\p{L}/u.test(c)) return c === c.toLowerCase() && c !== c.toUpperCase();
    else if (depth > 0 && /\p{L}/u.test(c)) return false;
  }
  return false;
}

function person(written: string): Author | undefined {
  const parts = splitOutsideBraces(written, comma).map((part) => part.trim());
  // "Doe-Smith, Jane," : an empty part left by a stray comma holds nothing to keep.
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  let given: string[];
  let von: string[] = [];
  let last: string[];
  let junior: string[] = [];
  if (parts.length === 1) {
    const all = words(parts[0]);
    if (all.length === 0) return undefined;
    // "{Google Research}": one braced word is a literal name.
    if (all.length === 1 && all[0].startsWith('{') && all[0].endsWith('}')) {
      const literal = latexToText(all[0]);
      return literal ? { literal } : undefined;
    }
    const lastWord = all.length - 1;
    const firstParticle = all.findIndex((word, i) => i < lastWord && isParticle(word));
    if (firstParticle < 0) {
      given = all.slice(0, lastWord);
      last = [all[lastWord]];
    } else {
      let lastParticle = firstParticle;
      for (let i = firstParticle; i < lastWord; i++) if (isParticle(all[i])) lastParticle = i;
      given = all.slice(0, firstParticle);
      von = all.slice(firstParticle, lastParticle + 1);
      last = all.slice(lastParticle + 1);
    }
  } else {
    const family = words(parts[0]);
    let split = 0;
    while (split < family.length - 1 && isParticle(family[split])) split++;
    von = family.slice(0, split);
    last = family.slice(split);
    if (parts.length >= 3) junior = words(parts[1]);
    given = words(parts.slice(parts.length >= 3 ? 2 : 1).join(', '));
  }
  const familyName = latexToText([...von, ...last, ...junior].join(' '));
  const givenName = latexToText(given.join(' '));
  if (!familyName) return givenName ? { literal: givenName } : undefined;
  return givenName ? { given: givenName, family: familyName } : { family: familyName };
}

/** Marks on a name (`*` equal contribution, `†` corresponding) read off it into flags. */
function marked(author: Author): Author {
  if (typeof author === 'string') return author;
  const result: Exclude<Author, string> = {};
  let equal = false;
  let corresponding = false;
  for (const key of ['given', 'family', 'literal'] as const) {
    const written = author[key];
    if (written === undefined) continue;
    const marks = readMarks(written);
    equal ||= marks.equal;
    corresponding ||= marks.corresponding;
    const name = marks.name.trim();
    if (name) result[key] = name;
  }
  if (equal) result.equal = true;
  if (corresponding) result.corresponding = true;
  return result;
}

/** A BibTeX name list (author, editor) as authors. */
export function readNames(list: string): Names {
  const people = splitOutsideBraces(list.replace(/\s+/g, ' '), and);
  const trimmed = people.map((name) => name.trim()).filter(Boolean);
  const etAl = trimmed.length > 0 && trimmed[trimmed.length - 1].toLowerCase() === 'others';
  if (etAl) trimmed.pop();
  const authors = trimmed
    .map(person)
    .filter((author): author is Author => author !== undefined)
    .map(marked);
  return { authors, etAl };
}
