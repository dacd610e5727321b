/**
 * LaTeX as BibTeX files write it, turned into the plain Unicode text the theme shows: accents
 * composed (`{\'\i}` is í), symbols and math as their characters (±, ⟨, ≤, CO₂), font commands
 * reduced to their text, protective braces dropped. What has no Unicode form is shown as plain
 * text without its backslash (`\LaTeX` is "LaTeX"). Never HTML: the result is text. One pass
 * over the input, with a depth cap on nested groups.
 */

// Accent commands and the combining mark each puts on the next letter.
const ACCENTS = new Map<string, string>([
  ["'", '\u0301'],
  ['`', '\u0300'],
  ['^', '\u0302'],
  ['"', '\u0308'],
  ['~', '\u0303'],
  ['=', '\u0304'],
  ['.', '\u0307'],
  ['u', '\u0306'],
  ['v', '\u030c'],
  ['H', '\u030b'],
  ['c', '\u0327'],
  ['k', '\u0328'],
  ['r', '\u030a'],
  ['d', '\u0323'],
  ['b', '\u0331'],
  ['t', '\u0361'],
]);

// Commands that stand for a character or a word.
const SYMBOLS = new Map<string, string>(
  Object.entries({
    i: 'ı',
    j: 'ȷ',
    ss: 'ß',
    SS: 'SS',
    ae: 'æ',
    AE: 'Æ',
    oe: 'œ',
    OE: 'Œ',
    o: 'ø',
    O: 'Ø',
    aa: 'å',
    AA: 'Å',
    l: 'ł',
    L: 'Ł',
    dh: 'ð',
    DH: 'Ð',
    th: 'þ',
    TH: 'Þ',
    ng: 'ŋ',
    NG: 'Ŋ',
    dj: 'đ',
    DJ: 'Đ',
    LaTeX: 'LaTeX',
    LaTeXe: 'LaTeX2e',
    TeX: 'TeX',
    BibTeX: 'BibTeX',
    XeTeX: 'XeTeX',
    LuaTeX: 'LuaTeX',
    BibLaTeX: 'BibLaTeX',
    today: '',
    dag: '†',
    dagger: '†',
    ddag: '‡',
    ddagger: '‡',
    S: '§',
    P: '¶',
    copyright: '©',
    textcopyright: '©',
    textregistered: '®',
    texttrademark: '™',
    pounds: '£',
    textsterling: '£',
    euro: '€',
    texteuro: '€',
    textyen: '¥',
    textcent: '¢',
    textdollar: '$',
    textdegree: '°',
    degree: '°',
    textmu: 'µ',
    textperthousand: '‰',
    textbullet: '•',
    textperiodcentered: '·',
    ldots: '…',
    dots: '…',
    textellipsis: '…',
    cdots: '⋯',
    textendash: '–',
    textemdash: '—',
    textquotedblleft: '“',
    textquotedblright: '”',
    textquoteleft: '‘',
    textquoteright: '’',
    guillemotleft: '«',
    guillemotright: '»',
    flqq: '«',
    frqq: '»',
    textless: '<',
    textgreater: '>',
    textbackslash: '\\',
    textasciitilde: '~',
    textasciicircum: '^',
    textunderscore: '_',
    textbar: '|',
    textbraceleft: '(',
    textbraceright: ')',
    textexclamdown: '¡',
    textquestiondown: '¿',
    textsection: '§',
    textparagraph: '¶',
    checkmark: '✓',
    textordfeminine: 'ª',
    textordmasculine: 'º',
    textonehalf: '½',
    textonequarter: '¼',
    textthreequarters: '¾',
    // Greek
    alpha: 'α',
    beta: 'β',
    gamma: 'γ',
    delta: 'δ',
    epsilon: 'ϵ',
    varepsilon: 'ε',
    zeta: 'ζ',
    eta: 'η',
    theta: 'θ',
    vartheta: 'ϑ',
    iota: 'ι',
    kappa: 'κ',
    lambda: 'λ',
    mu: 'μ',
    nu: 'ν',
    xi: 'ξ',
    pi: 'π',
    varpi: 'ϖ',
    rho: 'ρ',
    varrho: 'ϱ',
    sigma: 'σ',
    varsigma: 'ς',
    tau: 'τ',
    upsilon: 'υ',
    phi: 'ϕ',
    varphi: 'φ',
    chi: 'χ',
    psi: 'ψ',
    omega: 'ω',
    Gamma: 'Γ',
    Delta: 'Δ',
    Theta: 'Θ',
    Lambda: 'Λ',
    Xi: 'Ξ',
    Pi: 'Π',
    Sigma: 'Σ',
    Upsilon: 'Υ',
    Phi: 'Φ',
    Psi: 'Ψ',
    Omega: 'Ω',
    textalpha: 'α',
    textbeta: 'β',
    // Math
    pm: '±',
    mp: '∓',
    times: '×',
    div: '÷',
    cdot: '·',
    ast: '∗',
    star: '⋆',
    circ: '∘',
    bullet: '•',
    leq: '≤',
    le: '≤',
    geq: '≥',
    ge: '≥',
    neq: '≠',
    ne: '≠',
    approx: '≈',
    sim: '∼',
    simeq: '≃',
    cong: '≅',
    equiv: '≡',
    propto: '∝',
    ll: '≪',
    gg: '≫',
    langle: '⟨',
    rangle: '⟩',
    lceil: '⌈',
    rceil: '⌉',
    lfloor: '⌊',
    rfloor: '⌋',
    infty: '∞',
    partial: '∂',
    nabla: '∇',
    sum: '∑',
    prod: '∏',
    int: '∫',
    oint: '∮',
    sqrt: '√',
    in: '∈',
    notin: '∉',
    ni: '∋',
    subset: '⊂',
    supset: '⊃',
    subseteq: '⊆',
    supseteq: '⊇',
    cup: '∪',
    cap: '∩',
    emptyset: '∅',
    varnothing: '∅',
    forall: '∀',
    exists: '∃',
    neg: '¬',
    lnot: '¬',
    wedge: '∧',
    land: '∧',
    vee: '∨',
    lor: '∨',
    oplus: '⊕',
    otimes: '⊗',
    to: '→',
    rightarrow: '→',
    leftarrow: '←',
    gets: '←',
    leftrightarrow: '↔',
    Rightarrow: '⇒',
    Leftarrow: '⇐',
    Leftrightarrow: '⇔',
    mapsto: '↦',
    uparrow: '↑',
    downarrow: '↓',
    implies: '⟹',
    iff: '⟺',
    ell: 'ℓ',
    hbar: 'ℏ',
    Re: 'ℜ',
    Im: 'ℑ',
    aleph: 'ℵ',
    prime: '′',
    perp: '⊥',
    parallel: '∥',
    mid: '∣',
    angle: '∠',
    triangle: '△',
    vdash: '⊢',
    models: '⊨',
    top: '⊤',
    bot: '⊥',
    setminus: '∖',
    backslash: '\\',
    lbrace: '',
    rbrace: '',
    vert: '|',
    Vert: '‖',
    colon: ':',
    deg: '°',
    log: 'log',
    ln: 'ln',
    exp: 'exp',
    sin: 'sin',
    cos: 'cos',
    tan: 'tan',
    max: 'max',
    min: 'min',
    arg: 'arg',
    lim: 'lim',
    sup: 'sup',
    inf: 'inf',
    det: 'det',
    dim: 'dim',
    ker: 'ker',
    Pr: 'Pr',
    quad: ' ',
    qquad: ' ',
    textvisiblespace: ' ',
    // Spacing and breaks
    newline: ' ',
    linebreak: ' ',
    par: ' ',
    space: ' ',
    enspace: ' ',
    thinspace: ' ',
    nobreakspace: ' ',
    hfill: ' ',
    allowbreak: '',
  }),
);

// Commands whose argument is the text (font, case protection, boxes): the argument stays.
const KEEP_ARGUMENT = new Set([
  'emph',
  'textit',
  'textbf',
  'textsc',
  'texttt',
  'textrm',
  'textsf',
  'textup',
  'textsl',
  'textmd',
  'textnormal',
  'mbox',
  'hbox',
  'text',
  'mathrm',
  'mathit',
  'mathbf',
  'mathsf',
  'mathtt',
  'mathcal',
  'mathscr',
  'mathfrak',
  'boldsymbol',
  'bm',
  'operatorname',
  'mkbibemph',
  'mkbibbold',
  'mkbibitalic',
  'NoCaseChange',
  'nocase',
  'ensuremath',
  'url',
  'uppercase',
  'lowercase',
  'MakeUppercase',
  'MakeLowercase',
  'underline',
  'uline',
  'enquote*',
  'foreignlanguage',
  'hyphenation',
  'sout',
  'acrshort',
  'acrlong',
  'acrfull',
  'gls',
  'mathring',
  'overline',
  'widetilde',
  'hat',
  'tilde',
  'bar',
  'vec',
  'dot',
  'ddot',
  'check',
  'breve',
  'acute',
  'grave',
  'textlatin',
  'textgreek',
  'textcyrillic',
  'mathnormal',
]);
// Commands (and their one argument) that print nothing: sorting keys, spacing, labels.
const DROP_WITH_ARGUMENT = new Set([
  'vphantom',
  'noopsort',
  'sortnoop',
  'SortNoop',
  'hspace',
  'vspace',
  'label',
  'index',
  'cite',
  'citep',
  'citet',
  'ref',
  'selectlanguage',
  'phantom',
  'hphantom',
  'kern',
  'footnote',
  'thanks',
]);
// Declarations that change the font or do nothing visible.
const DROP = new Set([
  'em',
  'it',
  'bf',
  'sc',
  'rm',
  'tt',
  'sf',
  'sl',
  'up',
  'md',
  'normalfont',
  'itshape',
  'bfseries',
  'scshape',
  'upshape',
  'mdseries',
  'rmfamily',
  'sffamily',
  'ttfamily',
  'small',
  'footnotesize',
  'scriptsize',
  'tiny',
  'large',
  'Large',
  'LARGE',
  'huge',
  'Huge',
  'normalsize',
  'relax',
  'protect',
  'displaystyle',
  'textstyle',
  'scriptstyle',
  'left',
  'right',
  'big',
  'Big',
  'bigl',
  'bigr',
  'Bigl',
  'Bigr',
  'nolinkurl',
  'xspace',
  'unskip',
  'ignorespaces',
  'null',
  'leavevmode',
  'noindent',
  'newblock',
  'bibstring',
]);
const QUOTE_ARGUMENT = new Set(['enquote', 'mkbibquote', 'textquote']);

const SUPERSCRIPTS = new Map(
  [...'0123456789+-=()niaeoxhjklmnprstuvwy'].map((c, i) => [c, '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵃᵉᵒˣʰʲᵏˡᵐⁿᵖʳˢᵗᵘᵛʷʸ'[i]]),
);
const SUBSCRIPTS = new Map([...'0123456789+-=()aeoxhklmnpst'].map((c, i) => [c, '₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜ'[i]]));
const DOUBLE_STRUCK = new Map([...'CNPQRZ'].map((c, i) => [c, 'ℂℕℙℚℝℤ'[i]]));

// Nested groups deeper than this are read as flat text: no file needs more, and recursion stays bounded.
const MAX_DEPTH = 64;

const isLetter = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

/** Puts `mark` on the first character of `text` (a dotless i or j gets its dot back). */
function accent(text: string, mark: string): string {
  if (!text) return mark === '\u0308' ? '¨' : '';
  const first = text[0] === 'ı' ? 'i' : text[0] === 'ȷ' ? 'j' : text[0];
  return `${first}${mark}${text.slice(1)}`;
}

function scripted(text: string, table: Map<string, string>, mark: string): string {
  const chars = [...text.trim()];
  return chars.every((c) => table.has(c))
    ? chars.map((c) => table.get(c)).join('')
    : chars.length === 1
      ? text
      : `${mark}(${text.trim()})`;
}

class Reader {
  i = 0;
  depth = 0;
  constructor(
    readonly s: string,
    readonly verbatim: boolean,
  ) {}

  /** The next argument: a braced group, a command, or one character; its text. */
  argument(math: boolean): string {
    while (this.s[this.i] === ' ') this.i++;
    const c = this.s[this.i];
    if (c === undefined || c === '}') return ''; // "{\d}": no argument before the group closes
    if (c === '{') {
      this.i++;
      return this.until('}', math);
    }
    if (c === '\\') return this.command(math);
    this.i++;
    return c;
  }

  /** Text up to the closing `end` (consumed), or to the end of the input. */
  until(end: string | undefined, math: boolean): string {
    if (++this.depth > MAX_DEPTH) {
      const close = end === undefined ? -1 : this.s.indexOf(end, this.i);
      const flat = this.s.slice(this.i, close < 0 ? undefined : close).replace(/[{}\\$]/g, '');
      this.i = close < 0 ? this.s.length : close + 1;
      this.depth--;
      return flat;
    }
    let out = '';
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === end) {
        this.i++;
        break;
      }
      if (c === '{') {
        this.i++;
        out += this.until('}', math);
      } else if (c === '}')
        this.i++; // an unbalanced brace: dropped
      else if (c === '\\') out += this.command(math);
      else if (this.verbatim) {
        out += c;
        this.i++;
      } else if (c === '$') {
        const double = this.s[this.i + 1] === '$';
        this.i += double ? 2 : 1;
        if (math) break; // a "$" closes the math it is in
        out += this.until(double ? '$' : '$', true);
        if (double && this.s[this.i] === '$') this.i++;
      } else if (math && (c === '^' || c === '_')) {
        this.i++;
        out += scripted(this.argument(true), c === '^' ? SUPERSCRIPTS : SUBSCRIPTS, c);
      } else if (c === '~') {
        out += ' ';
        this.i++;
      } else if (c === '-' && !math && this.s[this.i + 1] === '-') {
        const em = this.s[this.i + 2] === '-';
        out += em ? '—' : '–';
        this.i += em ? 3 : 2;
      } else if (c === '`' && this.s[this.i + 1] === '`') {
        out += '“';
        this.i += 2;
      } else if (c === "'" && this.s[this.i + 1] === "'") {
        out += '”';
        this.i += 2;
      } else {
        out += c;
        this.i++;
      }
    }
    this.depth--;
    return out;
  }

  /** A command at `\`: its text. */
  command(math: boolean): string {
    const s = this.s;
    this.i++; // the backslash
    const first = s[this.i];
    if (first === undefined) return '';
    if (!isLetter(first)) {
      this.i++;
      const mark = ACCENTS.get(first);
      if (mark !== undefined && !this.verbatim) return accent(this.argument(math), mark);
      if (first === '(' || first === '[') {
        // \( … \) and \[ … \]: math up to the closing pair.
        const close = s.indexOf(first === '(' ? '\\)' : '\\]', this.i);
        const inner = new Reader(s.slice(this.i, close < 0 ? s.length : close), false);
        inner.depth = this.depth;
        this.i = close < 0 ? s.length : close + 2;
        return inner.until(undefined, true);
      }
      if (first === ')' || first === ']') return '';
      if (
        first === '\\' ||
        first === ' ' ||
        first === ',' ||
        first === ';' ||
        first === ':' ||
        first === '>' ||
        first === '\n'
      )
        return ' ';
      if (first === '!' || first === '-' || first === '/' || first === '@') return '';
      // A brace written \{ in a title is, in real files, an exporter's escaping of LaTeX, not text.
      if ((first === '{' || first === '}') && !this.verbatim) return '';
      return first; // \& \% \$ \# \_
    }
    let end = this.i;
    while (isLetter(s[end])) end++;
    let name = s.slice(this.i, end);
    this.i = end;
    if (s[this.i] === '*') {
      name += '*';
      this.i++;
    }
    // A control word swallows the spaces after it; a word it prints keeps one before a letter.
    const spaceAt = this.i;
    while (s[this.i] === ' ' || s[this.i] === '\n' || s[this.i] === '\t') this.i++;
    const spaced = this.i > spaceAt && isLetter(s[this.i]);
    if (this.verbatim) return name === 'url' || name === 'href' || name === 'path' ? this.argument(false) : '';
    const mark = ACCENTS.get(name);
    if (mark !== undefined) return accent(this.argument(math), mark);
    const symbol = SYMBOLS.get(name);
    if (symbol !== undefined) {
      // In math, "a \leq b" keeps its spaces (an opening bracket needs none after it).
      const keepSpace =
        !'⟨⌈⌊'.includes(symbol) &&
        (spaced || (math && this.i > spaceAt && this.s[this.i] !== '$' && this.s[this.i] !== '}'));
      return symbol.length > 0 && keepSpace && (symbol.length > 1 || math) ? `${symbol} ` : symbol;
    }
    if (name === 'href') {
      this.argument(false); // the address; the importer reads it from the raw field
      return this.argument(math);
    }
    if (name === 'mathbb' || name === 'mathbbm') {
      const letter = this.argument(math);
      return DOUBLE_STRUCK.get(letter) ?? letter;
    }
    if (name === 'frac') return `${this.argument(math)}/${this.argument(math)}`;
    if (name === 'textsuperscript') return scripted(this.argument(math), SUPERSCRIPTS, '^');
    if (name === 'textsubscript') return scripted(this.argument(math), SUBSCRIPTS, '_');
    if (QUOTE_ARGUMENT.has(name)) return `“${this.argument(math)}”`;
    if (KEEP_ARGUMENT.has(name)) return this.s[this.i] === '{' ? this.argument(math) : '';
    if (DROP_WITH_ARGUMENT.has(name)) {
      if (s[this.i] === '[') this.i = Math.max(this.i, s.indexOf(']', this.i) + 1);
      if (s[this.i] === '{') this.argument(math);
      return '';
    }
    if (DROP.has(name)) return '';
    // Unknown: a command with an argument shows the argument; one without, its name.
    if (s[this.i] === '{') return this.argument(math);
    return spaced ? `${name} ` : name;
  }
}

// Characters no imported string keeps: control characters (tab and line breaks become spaces).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// HTML some exporters write into titles (`<i>…</i>`, `<sup>…</sup>`): imported text is never HTML.
const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>/g;

/** Folds white space, drops HTML tags and control characters, composes accents. */
export function cleanText(text: string): string {
  return text.replace(HTML_TAG, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().normalize('NFC');
}

// A command left after decoding: LaTeX written escaped ("\textbackslash{}bar"), as some exporters write it.
const COMMAND_LEFT = /\\[a-zA-Z]/;

/** A BibTeX field's LaTeX as text; LaTeX that an exporter escaped is decoded once more. */
export function latexToText(latex: string): string {
  const once = new Reader(latex, false).until(undefined, false);
  return cleanText(COMMAND_LEFT.test(once) ? new Reader(once, false).until(undefined, false) : once);
}

/** A verbatim field (url, doi, eprint): braces and `\url{}` dropped, escapes read, nothing else decoded. */
export function latexToVerbatim(latex: string): string {
  return new Reader(latex, true).until(undefined, false).replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}
