/**
 * The built-in variants: the funders' CV forms and a two-page CV, each a set of theme options a
 * file's own variant can start from (`"preset": "erc"`) and change. Each follows the funder's
 * current written rules, quoted beside it; the headings are the funder's words, in the page's
 * language where the funder has a form in it.
 */
type Options = Record<string, unknown>;

export interface Preset {
  options: Options;
  /** Headings in other languages the funder writes its form in, by language. */
  localized?: Record<string, Options>;
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
    labels: {
      summary: 'Additional Information',
      education: 'Education and Key Qualifications',
      work: 'Current and Previous Positions',
      publications: 'Research Outputs',
      awards: 'Peer Recognition',
      talks: 'Invited Talks',
      service: 'Contributions to the Research Community',
    },
    limits: { publications: 10 },
    narratives: true,
    pageLimit: 4,
    newestFirst: ['education', 'work'],
  },
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
    labels: {
      education: 'Qualifications',
      work: 'Academic Career',
      publications: 'Scientific Results',
      grants: 'Third-Party Funding',
      awards: 'Prizes and Honours',
      students: 'Supervision of Early Career Researchers',
      service: 'Scientific Engagement',
    },
    publicationLists: [
      { label: 'A. Peer-reviewed publications', types: DFG_A, limit: 10 },
      { label: 'B. Other publications (preprints, data, software, patents)', types: DFG_B, limit: 10 },
    ],
    newestFirst: ['education', 'work'],
  },
  localized: {
    de: {
      labels: {
        education: 'Qualifikationen',
        work: 'Wissenschaftlicher Werdegang',
        publications: 'Wissenschaftliche Ergebnisse',
        grants: 'Drittmittel',
        awards: 'Preise und Auszeichnungen',
        students: 'Betreuung wissenschaftlicher Nachwuchskräfte',
        service: 'Wissenschaftliches Engagement',
      },
      publicationLists: [
        { label: 'A. Begutachtete Publikationen', types: DFG_A, limit: 10 },
        { label: 'B. Weitere Publikationen (Preprints, Daten, Software, Patente)', types: DFG_B, limit: 10 },
      ],
    },
  },
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
    labels: {
      education: 'Professional Preparation',
      work: 'Appointments and Positions',
      publications: 'Products',
    },
    publicationLists: [
      { label: 'Products Most Closely Related to the Proposed Project', tags: ['related'], limit: 5 },
      { label: 'Other Significant Products', limit: 5 },
    ],
    newestFirst: ['education', 'work'],
  },
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

/** A preset's options in a page's language: its own headings there, where the funder has them. */
export function presetOptions(preset: Preset, language: string): Options {
  const localized = preset.localized?.[language];
  return localized ? { ...preset.options, ...localized } : preset.options;
}
