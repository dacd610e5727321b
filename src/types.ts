/**
 * The resume this theme reads: JSON Resume schema 1.3.1 plus the scholar extensions.
 * Every field is optional, as in the schema; the theme also tolerates wrong types at run time.
 * Extensions live inside standard sections' items or under `meta`, so the registry's closed
 * top level still accepts the document and other themes simply ignore them.
 */
import type { ThemeOptions } from './options';
import type { PublicationType } from './publication-types';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; an empty string or "present" ends an ongoing range. */
export type IsoPartialDate = string;

export interface Location {
  address?: string;
  postalCode?: string;
  city?: string;
  countryCode?: string;
  region?: string;
}

export interface Profile {
  network?: string;
  username?: string;
  url?: string;
}

export interface Basics {
  name?: string;
  label?: string;
  /** Shown only as an embedded `data:image/...` URI: the page never fetches from outside. */
  image?: string;
  email?: string;
  phone?: string;
  url?: string;
  summary?: string;
  location?: Location;
  profiles?: Profile[];
}

/** A labelled link, e.g. `{ "label": "arXiv", "url": "https://arxiv.org/abs/..." }`. */
export interface LabelledLink {
  label?: string;
  url?: string;
}

export interface Work {
  name?: string;
  location?: string;
  description?: string;
  position?: string;
  url?: string;
  startDate?: IsoPartialDate;
  endDate?: IsoPartialDate;
  summary?: string;
  highlights?: string[];
}

/** Extension: a volunteer item with `type: "reviewing"` (or "service") is academic service. */
export interface Volunteer {
  organization?: string;
  position?: string;
  url?: string;
  startDate?: IsoPartialDate;
  endDate?: IsoPartialDate;
  summary?: string;
  highlights?: string[];
  /** Extension: "reviewing", "service", ... moves the item to the Service section. */
  type?: string;
  /** Extension: the years served, e.g. ["2022", "2023", "2024"]. */
  years?: Array<string | number>;
  /** Extension: a short distinction, e.g. "Top reviewer". */
  note?: string;
  /** Extension: where the work was done. */
  location?: string;
}

export interface Thesis {
  title?: string;
  url?: string;
}

export interface Education {
  institution?: string;
  url?: string;
  area?: string;
  studyType?: string;
  startDate?: IsoPartialDate;
  endDate?: IsoPartialDate;
  score?: string;
  courses?: string[];
  /** Extension: where the institution is. */
  location?: string;
  /** Extension: the thesis, as a title or `{ title, url }`. */
  thesis?: string | Thesis;
  /** Extension: the advisor(s). */
  advisor?: string | string[];
  /** Extension: honours and notes, Markdown. */
  highlights?: string[];
  /** Extension: a description of the studies (research topic, committee), Markdown. */
  summary?: string;
}

export interface Award {
  title?: string;
  date?: IsoPartialDate;
  /** Extension: the end of an award that ran over a period (`date` is then its start). */
  endDate?: IsoPartialDate;
  awarder?: string;
  summary?: string;
  /** Extension: the award's page; it links the title. */
  url?: string;
}

export interface Certificate {
  name?: string;
  date?: IsoPartialDate;
  url?: string;
  issuer?: string;
}

/** An author: "Namuk Park", "Park, N." or `{ "given": "Namuk", "family": "Park" }`. */
export type Author =
  | string
  | {
      given?: string;
      family?: string;
      literal?: string;
      /** Contributed equally with the others so marked; shown as "*". */
      equal?: boolean;
      /** The corresponding author; shown as "†". */
      corresponding?: boolean;
    };

/** An honour of a publication, e.g. "Spotlight", optionally linked. */
export type Honour = string | LabelledLink;

export interface Publication {
  /** Extension: a stable handle (the BibTeX key); the entry's anchor on the page is `#pub-<id>`. */
  id?: string;
  name?: string;
  publisher?: string;
  releaseDate?: IsoPartialDate;
  url?: string;
  summary?: string;
  /** Extension: authors in order. */
  authors?: Author[];
  /** Extension: links such as arXiv, code, DOI, slides. */
  links?: LabelledLink[];
  /** Extension: honours such as "Spotlight" or "Best Paper Award". */
  honours?: Honour[];
  /** Extension: notes shown as a list, Markdown. */
  highlights?: string[];
  /** Extension: what kind of work it is; groups publications under `groupPublications`. */
  type?: PublicationType;
  /** Extension: shown under `selectedPublications`. */
  selected?: boolean;
  /** Extension: e.g. "14". */
  volume?: string;
  /** Extension: e.g. "3". */
  issue?: string;
  /** Extension: e.g. "834–849". */
  pages?: string;
  /** Extension: e.g. "10.1109/TSC.2018.2841868"; linked as DOI. */
  doi?: string;
  /** Extension: the venue's short name, e.g. "ICLR". */
  abbr?: string;
}

export interface Skill {
  name?: string;
  level?: string;
  keywords?: string[];
}

export interface Language {
  language?: string;
  fluency?: string;
}

export interface Interest {
  name?: string;
  keywords?: string[];
}

export interface Reference {
  name?: string;
  reference?: string;
}

/** Extension: one event at which a talk was given. */
export interface TalkEvent {
  name?: string;
  date?: IsoPartialDate;
  location?: string;
  url?: string;
}

export interface Project {
  name?: string;
  description?: string;
  highlights?: string[];
  keywords?: string[];
  startDate?: IsoPartialDate;
  endDate?: IsoPartialDate;
  url?: string;
  roles?: string[];
  entity?: string;
  /** "talk" (or "presentation") moves the project to the Invited Talks section. */
  type?: string;
  /** Extension: the events a talk was given at. */
  events?: TalkEvent[];
  /** Extension: labelled links, as for publications. */
  links?: LabelledLink[];
}

/** The sections this theme can show, in `meta.themeOptions.sections` and `labels`. */
export type SectionKey =
  | 'summary'
  | 'work'
  | 'education'
  | 'publications'
  | 'talks'
  | 'awards'
  | 'service'
  | 'teaching'
  | 'projects'
  | 'volunteer'
  | 'skills'
  | 'languages'
  | 'certificates'
  | 'interests'
  | 'references';

/** `meta.themeOptions`: described in src/options.ts, with what each option does. */
export type { ThemeOptions, PublicationType };

export type PageSize = NonNullable<ThemeOptions['pageSize']>;

export interface Meta {
  canonical?: string;
  version?: string;
  lastModified?: string;
  /** BCP 47 language tag, e.g. "en", "ko", "de". */
  language?: string;
  themeOptions?: ThemeOptions;
}

export interface Resume {
  $schema?: string;
  basics?: Basics;
  work?: Work[];
  volunteer?: Volunteer[];
  education?: Education[];
  awards?: Award[];
  certificates?: Certificate[];
  publications?: Publication[];
  skills?: Skill[];
  languages?: Language[];
  interests?: Interest[];
  references?: Reference[];
  projects?: Project[];
  meta?: Meta;
}
