/** Views of talks: each talk with the events it was given at. */
import { periodView, type DateView } from '../format/dates';
import type { NTalk } from '../normalize';
import { linkTo, linkViews, optionalMarkdown, placeText, type Context, type LinkView } from './context';

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

export function talkView(item: NTalk, ctx: Context): TalkView {
  return {
    title: linkTo(item.title, item.url),
    links: linkViews(item.links),
    summaryHtml: optionalMarkdown(item.summary, ctx),
    events: item.events.map((event) => {
      const location = placeText(event.location, ctx);
      return {
        name: linkTo(event.name, event.url),
        // "Seminar, Seoul": the comma is text, so it survives copying and screen readers.
        location: event.name && location ? `, ${location}` : location,
        dates: periodView(undefined, event.date, ctx.dates),
      };
    }),
  };
}
