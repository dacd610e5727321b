/** Views of grants: awarded first, then pending, submitted and declined ones, each marked; amounts in the page's language. */
import { isolate } from '../format/bidi';
import { periodView } from '../format/dates';
import { LIMITS } from '../limits';
import type { NGrant, NNumber } from '../normalize';
import { keyForm } from '../normalize';
import {
  entry,
  joinDefined,
  linkTo,
  optionalMarkdown,
  subtitleParts,
  type Context,
  type DetailView,
  type EntryView,
} from './context';

export interface GrantsView {
  entries: EntryView[];
  /** "Total awarded", when there are totals. */
  totalsLabel: string;
  /** "$2,400,000 (PI) · €300,000 (Co-I)": awarded amounts per role and currency, under themeOptions.grantTotals. */
  totals?: string;
}

type Status = 'awarded' | 'pending' | 'submitted' | 'declined';
const STATUS_RANK: Record<Status, number> = { awarded: 0, pending: 1, submitted: 2, declined: 3 };

// What people write for each status, by key form; a grant with no status was awarded.
const STATUS_WORDS = new Map<string, Status>([
  ...['awarded', 'funded', 'active', 'current', 'ongoing', 'completed', 'granted'].map(
    (word) => [word, 'awarded'] as const,
  ),
  ...['pending', 'underreview', 'inreview'].map((word) => [word, 'pending'] as const),
  ['submitted', 'submitted'],
  ...['declined', 'rejected', 'notfunded', 'unfunded'].map((word) => [word, 'declined'] as const),
]);

/** A grant's status; one the theme does not know is shown as written, in the place of an awarded one. */
function statusOf(item: NGrant): { status: Status | undefined; rank: number } {
  if (item.status === undefined) return { status: 'awarded', rank: 0 };
  const status = STATUS_WORDS.get(keyForm(item.status));
  return { status, rank: status ? STATUS_RANK[status] : 0 };
}

// "true" or "yes" in a template's `pi` says the owner led the grant; other text names who did.
const YES = new Set(['true', 'yes', 'y']);

function roleOf(item: NGrant, ctx: Context): string | undefined {
  return item.role ?? (item.pi !== undefined && YES.has(item.pi.toLowerCase()) ? ctx.messages.pi : undefined);
}

const CURRENCY = /^[A-Za-z]{3}$/;

/**
 * Money in the page's language ("$1,200,000", "1.200.000 $"), with Intl's formatters made once
 * per currency in this render: the currency is the resume's to choose, so none is kept after it.
 */
class Money {
  private readonly formats = new Map<string, Intl.NumberFormat>();
  private currencies = 0;
  constructor(private readonly locale: string) {}

  /** An amount with its currency: a number formatted, text as written; a currency Intl cannot take follows the number. */
  format(amount: NNumber, currency: string | undefined): string {
    if (amount.value === undefined) return amount.written;
    const code = currency && CURRENCY.test(currency) ? currency.toUpperCase() : '';
    // Past the cap, a further currency is written after the number, as one Intl cannot take is.
    const known = code !== '' && (this.formats.has(code) || this.currencies < LIMITS.currenciesPerRender);
    const formatted = this.formatter(known ? code : '').format(amount.value);
    if (!currency || known) return formatted;
    return `${formatted} ${code || currency}`;
  }

  private formatter(code: string): Intl.NumberFormat {
    let format = this.formats.get(code);
    if (format === undefined) {
      format = new Intl.NumberFormat(
        this.locale,
        code
          ? ({ style: 'currency', currency: code, trailingZeroDisplay: 'stripIfInteger' } as Intl.NumberFormatOptions)
          : { maximumFractionDigits: 2 },
      );
      this.formats.set(code, format);
      if (code) this.currencies++;
    }
    return format;
  }
}

function grantEntry(item: NGrant, status: Status | undefined, money: Money, ctx: Context): EntryView {
  const { messages } = ctx;
  const head = item.title
    ? { title: linkTo(item.title, item.url, ctx), subtitle: subtitleParts(item.awarder, item.number) }
    : { title: linkTo(item.awarder, item.url, ctx), subtitle: subtitleParts(item.number) };
  const details: DetailView[] = [];
  // A principal investigator named by a template's `pi`.
  if (item.pi !== undefined && !YES.has(item.pi.toLowerCase()))
    details.push({ label: messages.pi, value: { label: item.pi } });
  return entry(head, {
    status: status === undefined ? item.status : status === 'awarded' ? undefined : messages.grantStatus[status],
    description: joinDefined([roleOf(item, ctx), item.amount && money.format(item.amount, item.currency)], ' · '),
    dates: item.endDate ? periodView(item.date, item.endDate, ctx.dates) : periodView(undefined, item.date, ctx.dates),
    details,
    summaryHtml: optionalMarkdown(item.summary, ctx),
  });
}

/** Awarded amounts summed per role and currency, in the order they first appear. */
function totals(items: Array<{ item: NGrant; rank: number; status: Status | undefined }>, money: Money, ctx: Context) {
  const byRole = new Map<string, Map<string, number>>();
  for (const { item, status } of items) {
    const value = item.amount?.value;
    if (status !== 'awarded' || value === undefined) continue;
    const role = roleOf(item, ctx) ?? '';
    const sums = byRole.get(role) ?? new Map<string, number>();
    // "usd" and "USD" are one currency; a currency Intl cannot take is summed as written.
    const currency =
      item.currency && CURRENCY.test(item.currency) ? item.currency.toUpperCase() : (item.currency ?? '');
    // In cents, so that sums of decimal amounts do not drift ("0.1 + 0.2"); a sum past what a
    // number holds would read "∞", so such an amount is left out of the total (its grant shows it).
    const sum = (sums.get(currency) ?? 0) + Math.round(value * 100);
    if (!Number.isFinite(sum)) continue;
    sums.set(currency, sum);
    byRole.set(role, sums);
  }
  const parts = [...byRole].map(([role, sums]) => {
    const amounts = [...sums]
      .map(([currency, cents]) => money.format({ value: cents / 100, written: '' }, currency || undefined))
      .join(' + ');
    return role ? `${amounts} (${isolate(role)})` : amounts;
  });
  return joinDefined(parts, ' · ');
}

export function grantsView(items: NGrant[], ctx: Context, withTotals: boolean): GrantsView {
  const money = new Money(ctx.locale);
  const ranked = items
    .map((item, index) => ({ item, index, ...statusOf(item) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  return {
    entries: ranked.map(({ item, status }) => grantEntry(item, status, money, ctx)),
    totalsLabel: ctx.messages.grantTotals,
    totals: withTotals ? totals(ranked, money, ctx) : undefined,
  };
}
