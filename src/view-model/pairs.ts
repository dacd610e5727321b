/** Views of name-and-text sections (skills, languages, interests) and of references. */
import type { NormalizedResume } from '../normalize';
import { joinDefined, optionalMarkdown, type Context } from './context';

export interface PairView {
  name?: string;
  text?: string;
}

export interface PairsView {
  pairs: PairView[];
  /** Names alone ("PyTorch, Python") read best as one line. */
  compact: boolean;
}

export interface ReferenceView {
  name?: string;
  referenceHtml?: string;
}

function pairs(list: PairView[]): PairsView {
  const shown = list.filter((pair) => pair.name || pair.text);
  return { pairs: shown, compact: shown.every((pair) => !pair.text) };
}

export function skillPairs(resume: NormalizedResume): PairsView {
  return pairs(
    resume.skills.map((skill) => ({
      name: skill.name,
      text: joinDefined([skill.level, joinDefined(skill.keywords, ', ')], ' · '),
    })),
  );
}

export function languagePairs(resume: NormalizedResume): PairsView {
  return { ...pairs(resume.languages.map((item) => ({ name: item.language, text: item.fluency }))), compact: false };
}

export function interestPairs(resume: NormalizedResume): PairsView {
  return {
    ...pairs(resume.interests.map((item) => ({ name: item.name, text: joinDefined(item.keywords, ', ') }))),
    compact: false,
  };
}

export function referenceViews(resume: NormalizedResume, ctx: Context): ReferenceView[] {
  return resume.references.map((item) => ({ name: item.name, referenceHtml: optionalMarkdown(item.reference, ctx) }));
}
