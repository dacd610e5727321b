/** A person's name reduced to comparable tokens: lower case, no accents, no dots or hyphens. */
interface NameTokens {
  tokens: string[];
  /** For "Family, Given" input: how many leading tokens form the family name. */
  familyFirstCount?: number;
}

function simplify(token: string): string {
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

function nameTokens(name: string): NameTokens {
  const comma = name.indexOf(',');
  if (comma < 0) return { tokens: tokenize(name) };
  const family = tokenize(name.slice(0, comma));
  return { tokens: [...family, ...tokenize(name.slice(comma + 1))], familyFirstCount: family.length };
}

/** "N" matches "Namuk"; "Namuk" matches "Namuk". */
function givenMatches(written: string[], full: string[]): boolean {
  if (written.length === 0 || written.length > full.length) return false;
  return written.every((token, i) => token === full[i] || (token.length === 1 && full[i].startsWith(token)));
}

/** Every way to split an owner's name into given names and a family name. */
function splits(owner: string[]): Array<{ given: string[]; family: string }> {
  const result: Array<{ given: string[]; family: string }> = [];
  for (let k = 1; k < owner.length; k++) {
    result.push({ given: owner.slice(0, k), family: owner.slice(k).join('') });
  }
  return result;
}

/**
 * Tells whether an author, as written in a paper, is one of the owner's names. Accepts
 * "Namuk Park", "N. Park", "Park, N.", "Park Namuk" and "PARK, Namuk" for "Namuk Park".
 */
export function createOwnerMatcher(ownerNames: string[]): (author: string) => boolean {
  const owners = ownerNames.map(tokenize).filter((tokens) => tokens.length > 0);
  const exact = new Set(owners.map((tokens) => tokens.join(' ')));
  const ownerSplits = owners.flatMap(splits);
  return (author: string): boolean => {
    const { tokens, familyFirstCount } = nameTokens(author);
    if (tokens.length === 0) return false;
    if (exact.has(tokens.join(' '))) return true;
    return ownerSplits.some(({ given, family }) => {
      if (familyFirstCount !== undefined) {
        return (
          tokens.slice(0, familyFirstCount).join('') === family &&
          givenMatches(tokens.slice(familyFirstCount), given)
        );
      }
      for (let k = 1; k < tokens.length; k++) {
        const familyLast = tokens.slice(k).join('') === family && givenMatches(tokens.slice(0, k), given);
        const familyFirst = tokens.slice(0, k).join('') === family && givenMatches(tokens.slice(k), given);
        if (familyLast || familyFirst) return true;
      }
      return false;
    });
  };
}
