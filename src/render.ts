/**
 * Stage 3 of the pipeline: the precompiled Handlebars templates turn the page view into HTML.
 * Templates and CSS were compiled into `generated/assets` at build time, so rendering reads no
 * file and survives being bundled into someone else's build.
 */
import Handlebars from 'handlebars/runtime';
import { css, templates } from './generated/assets';
import { normalizeResume } from './normalize';
import type { Resume } from './types';
import { buildPageView } from './view-model';

// A private environment: registering partials never touches a Handlebars the host app also uses.
const handlebars = Handlebars.create();
for (const [name, spec] of Object.entries(templates)) {
  if (name !== 'layout') handlebars.registerPartial(name, handlebars.template(spec));
}
const layout = handlebars.template(templates.layout);

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
  const page = buildPageView(normalizeResume(input as Record<string, unknown>));
  return layout({ ...page, css });
}
