/** The header: name, label, contacts, location and profiles. */
import { ELLIPSIS, LIMITS } from '../limits';
import type { Basics, Profile } from '../types';
import {
  firstOf,
  isRecord,
  listOf,
  own,
  pick,
  pickMarkdown,
  place,
  readList,
  type NMarkdown,
  type NPlace,
} from './read';
import { dropped } from '../observe';

/** The basics as given, with the location as a place and the profiles always a list. */
export interface NBasics extends Omit<Basics, 'location' | 'profiles' | 'summary'> {
  summary?: NMarkdown;
  location?: NPlace;
  profiles: Profile[];
}

function profile(item: unknown): Profile | undefined {
  if (!isRecord(item)) return undefined;
  const found = { network: pick(item, 'network'), username: pick(item, 'username'), url: pick(item, 'url') };
  return found.username || found.url ? found : undefined;
}

/**
 * A photo as written, up to its own cap: a real photo embedded as a data URI is tens of KB, far
 * past a line's cap. Longer is left out (the view shows only raster data URIs anyway).
 */
function photo(value: unknown): string | undefined {
  if (typeof value === 'string' && value.length > LIMITS.photoChars)
    dropped(value, `not shown: a photo longer than ${LIMITS.photoChars} characters`);
  return typeof value === 'string' && value.length <= LIMITS.photoChars ? value.trim() || undefined : undefined;
}

export function basics(value: unknown): NBasics {
  const record = isRecord(value) ? value : {};
  return {
    name: pick(record, 'name'),
    label: pick(record, 'label'),
    image: firstOf(record, ['image', 'picture'], photo),
    email: pick(record, 'email'),
    phone: pick(record, 'phone'),
    url: pick(record, 'url', 'website'),
    summary: pickMarkdown(record, 'summary'),
    location: place(own(record, 'location')),
    profiles: readList(listOf(own(record, 'profiles')), LIMITS.itemsPerList, profile, { username: ELLIPSIS }),
  };
}
