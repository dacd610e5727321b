/** `meta.themeOptions`, and `meta.pdfRenderOptions.format`, which resumed passes to Chromium. */
import type { DatePrecision, DateStyle } from '../format/dates';
import { LIMITS } from '../limits';
import type { PageSize } from '../types';
import { asked, dropped } from '../observe';
import { isRecord, keyForm, own, pick, pickTexts, text, texts } from './read';

export interface NThemeOptions {
  /** The sections to show, in order, as written: standard keys or a custom section's key. */
  sections?: string[];
  /**
   * Section headings by the key form of their section's key (see keyForm). A Map, so a custom
   * section named "constructor" finds no inherited heading.
   */
  labels: Map<string, string>;
  /** Unvalidated text: the view model admits only real colours. */
  accentColor?: string;
  pageSize: PageSize;
  dateStyle: DateStyle;
  datePrecision: DatePrecision;
  photo: boolean;
  nameForms: string[];
  /** Publications under subheadings by type. */
  groupPublications: boolean;
  /** Only publications with `selected: true`, under "Selected Publications". */
  selectedPublications: boolean;
  /** Author lists longer than this are shortened to it and "et al."; 0 shows all. */
  maxAuthors: number;
}

const DATE_STYLES = new Set<string>(['short', 'long', 'numeric']);
const DATE_PRECISIONS = new Set<string>(['year', 'month', 'day']);

export function themeOptions(value: unknown, pdfRenderOptions: unknown): NThemeOptions {
  const record = isRecord(value) ? value : {};
  const pdfFormat = isRecord(pdfRenderOptions) ? pick(pdfRenderOptions, 'format') : undefined;
  const order = texts(own(record, 'sections'), false, text);
  const labels = new Map<string, string>();
  const labelRecord = own(record, 'labels');
  if (isRecord(labelRecord)) {
    for (const key of Object.keys(labelRecord).slice(0, LIMITS.itemsPerList)) {
      // Keyed like the section it names: a key as a capped line, in its key form.
      const form = keyForm(text(key) ?? '');
      const label = text(labelRecord[key]);
      if (label) asked(labelRecord, key, key);
      if (label && !labels.has(form)) labels.set(form, label);
    }
  }
  const pageSize = (pick(record, 'pageSize') ?? pdfFormat)?.toLowerCase();
  const dateStyle = pick(record, 'dateStyle') ?? '';
  const datePrecision = pick(record, 'datePrecision') ?? '';
  const photo = own(record, 'photo');
  const flag = (key: string) => own(record, key) === true || own(record, key) === 'true';
  const maxAuthors = Number(pick(record, 'maxAuthors'));
  // A value the theme does not know is replaced by the default; the check command says so.
  const unknown = (key: string, value: string | undefined, known: boolean, allowed: string) => {
    if (value !== undefined && value !== '' && !known)
      dropped(own(record, key) ?? value, `not used: ${key} is ${allowed}`);
  };
  unknown(
    'pageSize',
    pick(record, 'pageSize'),
    ['a4', 'letter'].includes(pageSize ?? ''),
    '"A4" or "Letter"; A4 is used',
  );
  unknown('dateStyle', dateStyle, DATE_STYLES.has(dateStyle), '"short", "long" or "numeric"; short is used');
  unknown(
    'datePrecision',
    datePrecision,
    DATE_PRECISIONS.has(datePrecision),
    '"year", "month" or "day"; month is used',
  );
  unknown(
    'maxAuthors',
    pick(record, 'maxAuthors'),
    Number.isInteger(maxAuthors) && maxAuthors >= 0,
    'a whole number (0 shows all); all are shown',
  );
  return {
    sections: order.length > 0 ? [...new Set(order)] : undefined,
    labels,
    accentColor: pick(record, 'accentColor'),
    pageSize: pageSize === 'letter' ? 'Letter' : 'A4',
    dateStyle: DATE_STYLES.has(dateStyle) ? (dateStyle as DateStyle) : 'short',
    // Most files write "2022-11-01" for November 2022, so entries show the month at most.
    datePrecision: DATE_PRECISIONS.has(datePrecision) ? (datePrecision as DatePrecision) : 'month',
    photo: photo !== false && photo !== 'false',
    // Not shown on the page, so a longer list is cut without a mark.
    nameForms: pickTexts(record, false, 'nameForms').slice(0, LIMITS.nameForms),
    groupPublications: flag('groupPublications'),
    selectedPublications: flag('selectedPublications'),
    maxAuthors: Number.isInteger(maxAuthors) && maxAuthors > 0 ? maxAuthors : 0,
  };
}
