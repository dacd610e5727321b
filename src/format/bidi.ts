/**
 * Text direction. A field must not reorder what stands beside it on the page: a right-to-left
 * override in a co-author's name would otherwise reverse the rest of the author list, and a
 * Hebrew title followed by a year reads the year first. So each field's explicit direction
 * controls are balanced within it (normalize), and a field that holds right-to-left text or any
 * such control is shown isolated, between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE,
 * which is what HTML's <bdi> does, inside attributes and composed text too.
 */

const LRE = 0x202a;
const RLE = 0x202b;
const PDF = 0x202c;
const LRO = 0x202d;
const RLO = 0x202e;
const LRI = 0x2066;
const FSI = 0x2068;
const PDI = 0x2069;

/** The explicit direction controls: embeddings and overrides, isolates, and their two closers. */
export const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Characters that can move their neighbours: letters of right-to-left scripts (Hebrew, Arabic,
 * Syriac, Thaana, NKo, ... and their presentation forms and plane-1 blocks), Arabic digits, the
 * right-to-left and Arabic letter marks, and the explicit controls.
 */
export const MOVES_NEIGHBOURS =
  /[\u0590-\u08ff\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefe]|[\ud802\ud803\ud83a\ud83b]/;

/**
 * The text with every closer that closes nothing removed and every opener left open closed at
 * its end, as UAX #9 pairs them: a PDF closes the last embedding or override unless an isolate
 * was opened after it, and a PDI closes the last isolate with whatever was opened inside it.
 */
export function balanceBidi(text: string): string {
  if (!BIDI_CONTROL.test(text)) return text;
  const open: number[] = [];
  let isolates = 0;
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === LRE || code === RLE || code === LRO || code === RLO) {
      open.push(code);
    } else if (code >= LRI && code <= FSI) {
      open.push(code);
      isolates++;
    } else if ((code === PDF && open.length > 0 && open[open.length - 1] < LRI) || (code === PDI && isolates > 0)) {
      if (code === PDI) {
        while (open.pop()! < LRI);
        isolates--;
      } else {
        open.pop();
      }
    } else if (code === PDF || code === PDI) {
      out += text.slice(copied, i);
      copied = i + 1;
    }
  }
  out += text.slice(copied);
  for (let i = open.length - 1; i >= 0; i--) out += open[i] >= LRI ? '\u2069' : '\u202c';
  return out;
}

/** The text as a unit of its own direction when it could move its neighbours; otherwise as it is. */
export function isolate(text: string): string {
  return MOVES_NEIGHBOURS.test(text) ? `\u2068${balanceBidi(text)}\u2069` : text;
}
