/** Views of talks: each talk with the events it was given at, newest first as a committee reads them. */
import { dateRank, newestFirst, periodView, type DateView } from '../format/dates';
import type { NThemeOptions, NTalk } from '../normalize';
import { keepsFileOrder, linkTo, linkViews, optionalMarkdown, placeText, type Context, type LinkView } from './context';

export interface TalkEventView {
  name?: LinkView;
  location?: string;
  dates: DateView[];
}

export interface TalkView {
  title?: LinkView;
  links: LinkView[];
  summaryHtml?: string;
  events: TalkEventView[];
}

/** A talk's rank: its latest event's (a talk given again is as new as its last time). */
function latest(talk: NTalk): number {
  let rank = -1;
  for (const event of talk.events) rank = Math.max(rank, dateRank(event.date));
  return rank;
}

/** The talks newest first, by their latest event (undated ones after, in the file's order), or as `fileOrder` keeps them. */
export function talksView(talks: NTalk[], ctx: Context, options: NThemeOptions): TalkView[] {
  const ordered = keepsFileOrder(options, 'talks') ? talks : newestFirst(talks, latest);
  return ordered.map((item) => talkView(item, ctx));
}

function talkView(item: NTalk, ctx: Context): TalkView {
  return {
    title: linkTo(item.title, item.url, ctx),
    links: linkViews(item.links, ctx),
    summaryHtml: optionalMarkdown(item.summary, ctx),
    events: item.events.map((event) => {
      const location = placeText(event.location, ctx);
      return {
        name: linkTo(event.name, event.url, ctx),
        // "Seminar, Seoul": the comma is text, so it survives copying and screen readers.
        location: event.name && location ? `, ${location}` : location,
        dates: periodView(undefined, event.date, ctx.dates),
      };
    }),
  };
}
