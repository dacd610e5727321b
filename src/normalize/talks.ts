/** Talks: one talk given at one or several events. */
import { ELLIPSIS, LIMITS } from '../limits';
import {
  isRecord,
  links,
  listOf,
  own,
  pick,
  pickDate,
  pickMarkdown,
  place,
  readList,
  type Json,
  type NLink,
  type NMarkdown,
  type NPlace,
} from './read';

export interface NTalkEvent {
  name?: string;
  date?: string;
  location?: NPlace;
  url?: string;
}

export interface NTalk {
  title?: string;
  url?: string;
  summary?: NMarkdown;
  links: NLink[];
  events: NTalkEvent[];
}

function talkEvent(item: unknown): NTalkEvent | undefined {
  if (!isRecord(item)) return undefined;
  return {
    name: pick(item, 'name', 'event', 'venue', 'conference', 'title'),
    date: pickDate(item, 'date', 'startDate'),
    location: place(own(item, 'location')),
    url: pick(item, 'url'),
  };
}

/**
 * A talk given at several events (`events`), or a talk written as one event: its venue and date
 * sit on the talk itself (`event`/`venue`/`entity` and `date`/`startDate`).
 */
export function talk(item: Json): NTalk {
  const events = readList(listOf(own(item, 'events')), LIMITS.itemsPerList, talkEvent, { name: ELLIPSIS });
  const single: NTalkEvent = {
    name: pick(item, 'event', 'venue', 'conference', 'entity'),
    date: pickDate(item, 'date', 'startDate'),
    location: place(own(item, 'location')),
  };
  const hasSingle = single.name !== undefined || single.date !== undefined || single.location !== undefined;
  return {
    title: pick(item, 'title', 'name'),
    url: pick(item, 'url', 'website'),
    summary: pickMarkdown(item, 'summary', 'description', 'excerpt'),
    links: links(own(item, 'links')),
    events: events.length > 0 ? events : hasSingle ? [single] : [],
  };
}
