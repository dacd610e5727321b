import { readFileSync } from 'node:fs';
import type { Publication } from '../../src/types';

/** A resume file as the tests read it back: its publications typed, any other field kept. */
export interface ResumeFile {
  publications?: Publication[];
  [key: string]: unknown;
}

export const parseResume = (text: string): ResumeFile => JSON.parse(text) as ResumeFile;
export const readResume = (file: string): ResumeFile => parseResume(readFileSync(file, 'utf8'));
/** What `import` prints without --into: a JSON array of publications. */
export const parsePublications = (text: string): Publication[] => JSON.parse(text) as Publication[];
