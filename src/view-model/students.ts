/** Views of students supervised: grouped by level, current students first, each with years, role, thesis and where they went. */
import { periodView } from '../format/dates';
import { safeUrl } from '../format/urls';
import { keyForm, type NStudent } from '../normalize';
import {
  counted,
  entry,
  inlineMarkdown,
  joinDefined,
  linkTo,
  optionalMarkdown,
  subtitleParts,
  type Context,
  type DetailView,
  type EntryView,
} from './context';

export interface StudentGroupView {
  /** "PhD Students", or a level as written; none when no student has a level. */
  label?: string;
  entries: EntryView[];
}

type Level = 'postdoc' | 'phd' | 'masters' | 'undergraduate';
const LEVEL_ORDER: readonly Level[] = ['postdoc', 'phd', 'masters', 'undergraduate'];

// Levels as written, without case, dots, spaces or hyphens ("Ph.D.", "M.Sc.", "Post-doc", "박사과정").
// Postdoc first: "박사후" starts like "박사".
const LEVELS: ReadonlyArray<[Level, RegExp]> = [
  ['postdoc', /^(?:postdoc|박사후|博士後|博士后)/],
  ['phd', /^(?:phd|dphil|doct|dokt|doutor|dr|博士|박사)/],
  ['masters', /^(?:ms|ma|meng|mphil|mres|mag|mast|修士|硕士|碩士|석사)/],
  ['undergraduate', /^(?:bs|ba|beng|bach|undergrad|lic|学部|本科|大學|大学|학부|학사)/],
];

function levelOf(written: string): Level | undefined {
  const form = written.toLowerCase().replace(/[.\s'’-]/g, '');
  return LEVELS.find(([, pattern]) => pattern.test(form))?.[0];
}

// A role that only says the owner advised alone adds nothing to a list of the owner's students.
const SOLE_ADVISOR = new Set(['advisor', 'adviser', 'supervisor', 'soleadvisor', 'solesupervisor', 'mainadvisor']);

function isCurrent(item: NStudent): boolean {
  const { startDate, endDate } = item.dates;
  return endDate === undefined ? startDate !== undefined : endDate.present;
}

function studentEntry(item: NStudent, ctx: Context): EntryView {
  const { messages } = ctx;
  const roles = item.roles.filter((role) => !SOLE_ADVISOR.has(keyForm(role)));
  const details: DetailView[] = [];
  if (item.thesis)
    details.push({ label: messages.thesis, value: { label: item.thesis.label, url: safeUrl(item.thesis.url) } });
  if (item.now) details.push({ label: messages.now, value: { label: item.now } });
  return entry(
    { title: linkTo(item.name, item.url, ctx), subtitle: subtitleParts(joinDefined(roles, ', '), item.institution) },
    {
      dates: periodView(item.dates.startDate, item.dates.endDate, ctx.dates),
      details,
      summaryHtml: optionalMarkdown(item.summary, ctx),
      highlightsHtml: inlineMarkdown(item.highlights, ctx),
    },
  );
}

/**
 * The students by level: postdocs, PhD, master's and undergraduate students, then levels the
 * theme does not know (each under its name as written), then students with no level. In each,
 * current students come first, and otherwise the order is the author's.
 */
export function studentGroups(items: NStudent[], ctx: Context, counts: boolean): StudentGroupView[] {
  const groups = new Map<string, { label?: string; items: NStudent[] }>();
  for (const known of LEVEL_ORDER) groups.set(known, { label: ctx.messages.studentLevels[known], items: [] });
  for (const item of items) {
    const known = item.level === undefined ? undefined : levelOf(item.level);
    const key = known ?? (item.level === undefined ? '' : `other:${item.level.toLowerCase()}`);
    const group = groups.get(key) ?? { label: item.level, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  // The students without a level follow every level.
  const unleveled = groups.get('');
  if (unleveled) {
    groups.delete('');
    groups.set('', unleveled);
  }
  const shown = [...groups.values()].filter((group) => group.items.length > 0);
  // One group of students with no level needs no subheading.
  const labelled = shown.length > 1 || shown[0]?.label !== undefined;
  return shown.map((group) => {
    const label = group.label ?? ctx.messages.studentLevels.other;
    const current: NStudent[] = [];
    const past: NStudent[] = [];
    for (const item of group.items) (isCurrent(item) ? current : past).push(item);
    return {
      label: labelled ? counted(label, counts ? group.items.length : undefined, ctx) : undefined,
      entries: current.concat(past).map((item) => studentEntry(item, ctx)),
    };
  });
}
