/**
 * A page range as CVs print it: its two halves joined by an en dash. Article numbers carry
 * hyphens of their own ("023311-1-023311-18"), so the range is split where it divides into two
 * halves alike: at a written "--" or dash, at the one hyphen, or at the middle of an odd number
 * of them. Anything else (no range, "1-2-3-4") is as written.
 */
export function pageRange(pages: string): string {
  const text = pages.trim();
  for (const dash of ['--', '–', '—']) {
    const at = text.indexOf(dash);
    if (at >= 0) return joined(text.slice(0, at), text.slice(at + dash.length).replace(/^-/, '')) ?? text;
  }
  const hyphens: number[] = [];
  for (let at = text.indexOf('-'); at >= 0; at = text.indexOf('-', at + 1)) hyphens.push(at);
  if (hyphens.length % 2 === 0) return text;
  const middle = hyphens[(hyphens.length - 1) / 2];
  return joined(text.slice(0, middle), text.slice(middle + 1)) ?? text;
}

function joined(first: string, last: string): string | undefined {
  const [a, b] = [first.trim(), last.trim()];
  return a && b ? `${a}–${b}` : undefined;
}
