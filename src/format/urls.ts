/** The only schemes a link on the page may use; everything else (javascript:, data:, vbscript:, ...) is dropped. */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const HOST_LABEL = /^[a-z0-9-]+$/i;
const TOP_LEVEL_DOMAIN = /^[a-z]{2,}$/i;
const PORT = /^\d+$/;

/**
 * Real resumes often write "example.com/me" without a scheme; such a host name gets https. A
 * host is dot-separated labels of letters, digits and inner hyphens, ending in a top-level
 * domain of letters, with an optional port. Checked piece by piece: one pattern for all of it
 * backtracks over long labels.
 */
function startsWithHost(text: string): boolean {
  const pathStart = text.search(/[/?#]/);
  const [host, port, ...extra] = (pathStart < 0 ? text : text.slice(0, pathStart)).split(':');
  if (extra.length > 0 || (port !== undefined && !PORT.test(port))) return false;
  const labels = host.split('.');
  const topLevel = labels.pop() ?? '';
  return (
    labels.length > 0 &&
    TOP_LEVEL_DOMAIN.test(topLevel) &&
    labels.every((label) => HOST_LABEL.test(label) && !label.startsWith('-') && !label.endsWith('-'))
  );
}

const NOT_IN_EMAIL = /[\s<>()[\]\\,;:"]/;

/** One "@" with text before it, and a domain with a dot that has text on both sides. */
function isEmailAddress(address: string): boolean {
  const at = address.indexOf('@');
  if (at <= 0 || at !== address.lastIndexOf('@') || NOT_IN_EMAIL.test(address)) return false;
  return address.slice(at + 2, -1).includes('.');
}

function isLowerAlphanumeric(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/**
 * A plain web address that the URL parser would write back unchanged ("https://example.org" gets
 * its "/"), told in one scan: http or https, a lower-case host of dot-separated labels ending in
 * letters (so never an IPv4 number), no punycode label, and a path of letters, digits and "-_~/.()"
 * (Wikipedia's "Silicon_Valley_(TV_series)") with no dot segment. Anything else is left to URL. A
 * property test compares the two.
 */
export function plainWebUrl(text: string): string | undefined {
  const hostStart = text.startsWith('https://') ? 8 : text.startsWith('http://') ? 7 : -1;
  if (hostStart < 0) return undefined;
  if (text.startsWith('xn--', hostStart)) return undefined;
  let end = hostStart;
  let labelStart = hostStart;
  for (; end < text.length && text.charCodeAt(end) !== 0x2f; end++) {
    const code = text.charCodeAt(end);
    if (code === 0x2e) {
      if (end === labelStart || text.startsWith('xn--', end + 1)) return undefined;
      labelStart = end + 1;
    } else if (!isLowerAlphanumeric(code) && code !== 0x2d) {
      return undefined;
    }
  }
  if (labelStart === hostStart || labelStart === end) return undefined;
  for (let i = labelStart; i < end; i++) if (text.charCodeAt(i) < 0x61) return undefined;
  if (end === text.length) return `${text}/`;
  for (let i = end; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      code === 0x2e
        ? text.charCodeAt(i - 1) === 0x2f
        : !isLowerAlphanumeric(code) &&
          !(code >= 0x41 && code <= 0x5a) &&
          code !== 0x2d &&
          code !== 0x5f &&
          code !== 0x7e &&
          code !== 0x2f &&
          code !== 0x28 &&
          code !== 0x29
    ) {
      return undefined;
    }
  }
  return text;
}

/**
 * Returns the URL as the browser would resolve it when its scheme is http, https, mailto or tel,
 * otherwise undefined. Parsing with WHATWG `URL` folds case and strips the tabs, newlines and
 * control characters that attackers use to disguise `javascript:`.
 */
export function safeUrl(raw: string | undefined, base?: string): string | undefined {
  if (!raw) return undefined;
  const text = raw.trim();
  if (!text) return undefined;
  const plain = plainWebUrl(text);
  if (plain !== undefined) return plain;
  let candidate = text;
  let against: string | undefined;
  if (!HAS_SCHEME.test(text)) {
    if (text.startsWith('//')) candidate = `https:${text}`;
    else if (startsWithHost(text)) candidate = `https://${text}`;
    else if (base !== undefined && isRelativePath(text)) against = base;
    else return undefined;
  }
  let url: URL;
  try {
    url = new URL(candidate, against);
  } catch {
    return undefined;
  }
  return LINK_SCHEMES.has(url.protocol) ? url.href : undefined;
}

/** A path on the site the resume is from, as site templates write links: "/projects/x/", "./cv.pdf", "../talks". */
export function isRelativePath(text: string): boolean {
  return (text.startsWith('/') && !text.startsWith('//')) || text.startsWith('./') || text.startsWith('../');
}

export function mailtoUrl(email: string | undefined): string | undefined {
  if (!email) return undefined;
  const address = email.trim().replace(/^mailto:/i, '');
  return isEmailAddress(address) ? `mailto:${address}` : undefined;
}

export function telUrl(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const digits = phone.replace(/[^\d+]/g, '');
  return /^\+?\d{3,}$/.test(digits) ? `tel:${digits}` : undefined;
}

/**
 * Only raster images embedded as data URIs: a photo must not make the page fetch anything, and
 * SVG can hold scripts and links. Base64 wrapped over lines (as encoders write it) is joined.
 */
const EMBEDDED_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp);base64,[a-z0-9+/]+=*$/i;

export function embeddedImage(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const text = /\s/.test(raw) ? raw.replace(/\s+/g, '') : raw;
  return EMBEDDED_IMAGE.test(text) ? text : undefined;
}

/** "https://www.example.com/me/" reads better as "example.com/me". */
export function displayUrl(href: string): string {
  return href
    .replace(/^(?:https?:\/\/|mailto:|tel:)/i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
}

// "https://doi.org/10.1/x", "doi:10.1/x", "DOI 10.1/x" and "DOI: 10.1/x" are all "10.1/x".
const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:? ?)/i;

/** A DOI as the bare "10.…" name, from any of its written forms; anything else is none. */
export function bareDoi(written: string | undefined): string | undefined {
  const doi = written?.replace(DOI_PREFIX, '');
  return doi && doi.startsWith('10.') ? doi : undefined;
}

const ARXIV_ADDRESS = /arxiv\.org\/(?:abs|pdf)\/([^\s?#]+)/i;

/** The arXiv id of an arXiv address: "…/pdf/2401.01234v2.pdf" is 2401.01234, its version and file ending aside. */
export function arxivIdOf(url: string | undefined): string | undefined {
  const path = url === undefined ? undefined : ARXIV_ADDRESS.exec(url)?.[1];
  return path?.replace(/\.pdf$/i, '').replace(/v\d+$/, '') || undefined;
}
