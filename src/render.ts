/**
 * Stage 3 of the pipeline: the templates turn the page view into HTML. partials/*.hbs were
 * compiled into plain functions at build time (scripts/compile-templates.mjs) and the CSS
 * inlined (the page view carries it), so rendering reads no file and survives being bundled
 * into someone else's build.
 */
import { templates } from './generated/templates';
import { normalizeResume } from './normalize';
import type { Resume } from './types';
import { buildPageView } from './view-model';

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** Renders a JSON Resume document as one self-contained HTML page. Never mutates its input. */
export function render(resume: Resume): string {
  const input: unknown = resume;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new TypeError(`render(resume) expects a JSON Resume object, but got ${kindOf(input)}.`);
  }
  return templates.layout(buildPageView(normalizeResume(input as Record<string, unknown>)));
}
