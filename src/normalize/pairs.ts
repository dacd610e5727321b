/** Sections of short name-and-text pairs (skills, languages, interests) and references. */
import { pick, pickMarkdown, pickTexts, type Json, type NMarkdown } from './read';

export interface NSkill {
  name?: string;
  level?: string;
  keywords: string[];
}

export function skill(item: Json): NSkill {
  return { name: pick(item, 'name'), level: pick(item, 'level'), keywords: pickTexts(item, true, 'keywords') };
}

export interface NLanguage {
  language?: string;
  fluency?: string;
}

export function language(item: Json): NLanguage {
  return { language: pick(item, 'language', 'name'), fluency: pick(item, 'fluency', 'level') };
}

export interface NInterest {
  name?: string;
  keywords: string[];
}

export function interest(item: Json): NInterest {
  return { name: pick(item, 'name'), keywords: pickTexts(item, true, 'keywords') };
}

export interface NReference {
  name?: string;
  reference?: NMarkdown;
}

export function reference(item: Json): NReference {
  return { name: pick(item, 'name'), reference: pickMarkdown(item, 'reference', 'summary') };
}
