/** The header: name, label, contacts, location and profiles. */
import { ELLIPSIS, LIMITS } from '../limits';
import type { Basics, Profile } from '../types';
import { isRecord, listOf, own, pick, pickMarkdown, place, readList, type NMarkdown, type NPlace } from './read';

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

export function basics(value: unknown): NBasics {
  const record = isRecord(value) ? value : {};
  return {
    name: pick(record, 'name'),
    label: pick(record, 'label'),
    image: pick(record, 'image', 'picture'),
    email: pick(record, 'email'),
    phone: pick(record, 'phone'),
    url: pick(record, 'url', 'website'),
    summary: pickMarkdown(record, 'summary'),
    location: place(own(record, 'location')),
    profiles: readList(listOf(own(record, 'profiles')), LIMITS.itemsPerList, profile, { username: ELLIPSIS }),
  };
}
