/**
 * The built-in variants: the funders' CV forms and a two-page CV, each a set of theme options a
 * file's own variant can start from (`"preset": "erc"`) and change. Each follows the funder's
 * current written rules, quoted beside it. Its headings are the funder's words: in English (the
 * ERC's and the Common Form's only language) or German (the DFG's), in the message files
 * (`presets`), which give them in every other language the page may be in.
 */
import type { Messages } from '../i18n';

type Options = Record<string, unknown>;

export interface Preset {
  options: Options;
  /** The headings, in the page's language. */
  headings?: (messages: Messages['presets']) => Options;
}

// ERC Work Programme 2024 onwards (Commission Decision C(2023) 3999, and the 2025 and 2026
// Work Programmes after it): "CV and track record", at most 4 pages: personal details,
// education and key qualifications, current and previous positions; "a list of up to ten
// research outputs that demonstrate how they have advanced knowledge in their field, with an
// emphasis on more recent achievements", each with a short narrative on its significance and
// the applicant's role; "a list of selected examples of significant peer recognition (e.g.
// prizes)"; and, as context, career breaks and unusual career paths.
const ERC: Preset = {
  options: {
    // The summary last, as the form's context: career breaks, unusual paths.
    sections: ['education', 'work', 'publications', 'awards', 'talks', 'service', 'summary'],
    limits: { publications: 10 },
    narratives: true,
    pageLimit: 4,
    newestFirst: ['education', 'work'],
  },
  headings: (messages) => ({ labels: messages.erc }),
};

// DFG CV template (mandatory in all programmes since 1 March 2023) and the DFG's rules for
// publication lists: "up to ten publications each in categories A and B can be listed in the
// academic curriculum vitae"; A holds articles in peer-reviewed journals and contributions to
// peer-reviewed books and proceedings, B every other publication (preprints, data, software,
// patents, works without peer review). Software published through a peer-reviewed article is
// listed once, as the article (A) or the software (B).
const DFG_A = ['journal', 'conference', 'workshop', 'chapter', 'book'];
// A work without a kind is "other".
const DFG_B = ['preprint', 'thesis', 'report', 'patent', 'other'];
const DFG: Preset = {
  options: {
    sections: ['education', 'work', 'publications', 'grants', 'awards', 'students', 'service'],
    newestFirst: ['education', 'work'],
  },
  headings: ({ dfg }) => ({
    labels: {
      education: dfg.education,
      work: dfg.work,
      publications: dfg.publications,
      grants: dfg.grants,
      awards: dfg.awards,
      students: dfg.students,
      service: dfg.service,
    },
    publicationLists: [
      { label: dfg.peerReviewed, types: DFG_A, limit: 10 },
      { label: dfg.otherPublications, types: DFG_B, limit: 10 },
    ],
  }),
};

// The federal Common Form biographical sketch (NSF since PAPPG 24-1, NIH for due dates from
// 25 January 2026), filed through SciENcv: identifying information (name, ORCID iD, position),
// Professional Preparation and Appointments and Positions, each "in reverse chronological order
// by start date", and Products: "up to five products most closely related to the proposed
// project" and "up to five other significant products". The closely related ones are the works
// tagged "related"; the page is the content to enter or check in SciENcv, not the form itself.
const COMMON: Preset = {
  options: {
    sections: ['education', 'work', 'publications'],
    newestFirst: ['education', 'work'],
  },
  headings: ({ common }) => ({
    labels: { education: common.education, work: common.work, publications: common.publications },
    publicationLists: [
      { label: common.related, tags: ['related'], limit: 5 },
      { label: common.otherProducts, limit: 5 },
    ],
  }),
};

// A two-page CV: the selected publications (or the newest ten), and the last ten years of
// positions and awards.
const SHORT: Preset = {
  options: {
    selectedPublications: true,
    limits: { publications: 10 },
    pageLimit: 2,
    since: { work: '10y', awards: '10y', grants: '10y', talks: '10y', service: '10y' },
  },
};

export const PRESETS: Readonly<Record<string, Preset>> = { erc: ERC, dfg: DFG, common: COMMON, short: SHORT };

/** A preset's options, its headings in the page's language (`messages`). */
export function presetOptions(preset: Preset, messages: Messages): Options {
  return preset.headings ? { ...preset.options, ...preset.headings(messages.presets) } : preset.options;
}
