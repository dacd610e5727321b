/** Views of service: compact lines grouped by role. */
import { periodView, type DateView } from '../format/dates';
import { formatList } from '../format/lists';
import type { NService } from '../normalize';
import { linkTo, type Context, type LinkView } from './context';

export interface ServiceItemView {
  organization?: LinkView;
  years?: string;
  note?: string;
  dates: DateView[];
}

export interface ServiceGroupView {
  label?: string;
  items: ServiceItemView[];
}

/** Service reads as compact lines grouped by role: "Reviewer: ICML 2022, 2023 & 2024 · NeurIPS 2022". */
export function serviceGroups(items: NService[], heading: string, ctx: Context): ServiceGroupView[] {
  const groups = new Map<string, ServiceItemView[]>();
  for (const item of items) {
    const role = item.position ?? '';
    const list = groups.get(role) ?? [];
    list.push({
      organization: linkTo(item.organization, item.url, ctx),
      years: item.years.length > 0 ? formatList(item.years, ctx.locale, 'short') : undefined,
      note: item.note,
      dates: item.years.length > 0 ? [] : periodView(item.dates.startDate, item.dates.endDate, ctx.dates),
    });
    groups.set(role, list);
  }
  // A single group named like the section itself ("Reviewer" under "Reviewer") needs no label.
  const labelled = groups.size > 1 || !groups.has(heading);
  return [...groups].map(([role, list]) => ({ label: labelled && role ? role : undefined, items: list }));
}
