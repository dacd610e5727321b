/** The header's view: name, label, photo, contacts and when the CV was updated. */
import { capitalized } from '../format/case';
import { dropped } from '../observe';
import { dateView, shownDate, type DateView } from '../format/dates';
import { displayUrl, embeddedImage, mailtoUrl, safeUrl, telUrl } from '../format/urls';
import { fillMessage } from '../i18n';
import { keyForm, type NormalizedResume } from '../normalize';
import type { Profile } from '../types';
import { placeText, type Context, type LabelledView } from './context';

export interface HeaderView {
  name: string;
  label?: string;
  imageSrc?: string;
  contacts: LabelledView[];
  /** "Updated December 6, 2023", as a list of one date for the dates partial. */
  updated: DateView[];
}

// Networks as their owners spell them, by the key form of what people type ("linkedin", "Google_Scholar").
const NETWORK_NAMES = new Map(
  [
    'arXiv',
    'Behance',
    'Bluesky',
    'DBLP',
    'Dribbble',
    'Facebook',
    'GitHub',
    'GitLab',
    'Google Scholar',
    'Hugging Face',
    'Instagram',
    'Kaggle',
    'LinkedIn',
    'Mastodon',
    'Medium',
    'ORCID',
    'OpenReview',
    'ResearchGate',
    'Scopus',
    'Semantic Scholar',
    'Stack Overflow',
    'Threads',
    'Twitter',
    'Web of Science',
    'X',
    'YouTube',
    'Zotero',
  ].map((name) => [keyForm(name), name]),
);
NETWORK_NAMES.set('scholar', 'Google Scholar');
NETWORK_NAMES.set('stackexchange', 'Stack Exchange');

// Where a profile without a network name points tells the network.
const NETWORK_HOSTS: Array<[string, string]> = [
  ['scholar.google.', 'Google Scholar'],
  ['github.com', 'GitHub'],
  ['gitlab.com', 'GitLab'],
  ['linkedin.com', 'LinkedIn'],
  ['orcid.org', 'ORCID'],
  ['researchgate.net', 'ResearchGate'],
  ['semanticscholar.org', 'Semantic Scholar'],
  ['dblp.org', 'DBLP'],
  ['dblp.uni-trier.de', 'DBLP'],
  ['openreview.net', 'OpenReview'],
  ['twitter.com', 'Twitter'],
  ['x.com', 'X'],
  ['bsky.app', 'Bluesky'],
  ['huggingface.co', 'Hugging Face'],
  ['youtube.com', 'YouTube'],
  ['kaggle.com', 'Kaggle'],
];

// Profiles identified by a number or code rather than a name people would read.
const OPAQUE_NETWORKS = new Set(['Google Scholar', 'Semantic Scholar', 'Scopus', 'Web of Science', 'DBLP']);

// An ORCID iD, bare or as its address ("https://orcid.org/0000-0002-1825-0097"), hyphens optional.
const ORCID_ID = /^(?:(?:https?:\/\/)?(?:www\.)?orcid\.org\/)?(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dX])\/?$/i;

/** Whether the iD's last character is the ISO 7064 MOD 11-2 check of its first fifteen digits, as ORCID defines it. */
export function orcidChecks(id: string): boolean {
  const digits = id.replace(/-/g, '');
  let total = 0;
  for (let i = 0; i < 15; i++) total = (total + Number(digits[i])) * 2;
  const check = (12 - (total % 11)) % 11;
  return digits[15].toUpperCase() === (check === 10 ? 'X' : String(check));
}

/** The iD in ORCID's display form, the full https://orcid.org/ address, when it is one whose check holds. */
export function orcidAddress(written: string): string | undefined {
  const parts = ORCID_ID.exec(written.trim());
  if (!parts) return undefined;
  const id = `${parts[1]}-${parts[2]}-${parts[3]}-${parts[4].toUpperCase()}`;
  return orcidChecks(id) ? `https://orcid.org/${id}` : undefined;
}

/**
 * An ORCID iD as ORCID's display guidelines ask: the iD mark, then the full address, linked. One
 * whose check fails is shown as written, unlinked, so a typo is seen, not sent to a stranger's record.
 */
function orcidContact(written: string, address: string | undefined): LabelledView {
  if (!address)
    dropped(written, 'not linked: no ORCID iD whose check digit (ISO 7064 MOD 11-2) holds; shown as written');
  return address
    ? { value: { label: address, url: address }, orcid: true }
    : { label: 'ORCID', value: { label: written } };
}

/** The photo as the page embeds it; one that is no embedded image is not shown (the page fetches nothing). */
function photoSource(image: string | undefined): string | undefined {
  const src = embeddedImage(image);
  if (image && !src)
    dropped(image, 'not shown: a photo must be a PNG, JPEG, GIF or WebP data: URI (the page fetches nothing)');
  return src;
}

function networkName(profile: Profile, url: string | undefined): string | undefined {
  // A network the table does not know is capitalized as a heading would be ("pinterest" reads "Pinterest").
  if (profile.network) return NETWORK_NAMES.get(keyForm(profile.network)) ?? capitalized(profile.network);
  if (!url) return undefined;
  const host = new URL(url).hostname.replace(/^www\./, '');
  return NETWORK_HOSTS.find(([known]) => host === known || host.startsWith(known) || host.endsWith(`.${known}`))?.[1];
}

/** Whether a text is written as an ORCID iD, its check aside. */
function namesOrcid(written: string | undefined): written is string {
  return written !== undefined && ORCID_ID.test(written.trim());
}

/** "KxcQzy8AAAAJ": a code, not a name; letters of both cases mixed with digits, or a network that uses codes. */
function isOpaque(username: string, network: string | undefined): boolean {
  if (network !== undefined && OPAQUE_NETWORKS.has(network)) return true;
  return !username.includes(' ') && /\d/.test(username) && /[A-Z]/.test(username) && /[a-z]/.test(username);
}

/**
 * A profile as a contact: "GitHub: xxxnell"; an opaque id links with the network's name alone
 * ("Google Scholar"); a profile without a network shows its username or address, unlabelled.
 */
function profileContact(
  profile: Profile,
  url: string | undefined,
  network: string | undefined,
): LabelledView | undefined {
  const username = profile.username;
  // A code says nothing to a reader, and neither does an address like "scholar.google.com/citations?user=...".
  if (network && url && (username ? isOpaque(username, network) : OPAQUE_NETWORKS.has(network)))
    return { value: { label: network, url } };
  const text = username ?? (url ? displayUrl(url) : undefined);
  if (!text) return network ? { value: { label: network, url } } : undefined;
  return { label: network, value: { label: text, url } };
}

// A Google Scholar user id, as its profile addresses carry it ("KxcQzy8AAAAJ").
const SCHOLAR_ID = /^[\w-]{12}$/;

/** `basics.scholar`, an address or a user id, linked as Google Scholar is named; anything else as written. */
function scholarContact(written: string): LabelledView {
  const url = SCHOLAR_ID.test(written) ? `https://scholar.google.com/citations?user=${written}` : safeUrl(written);
  return url ? { value: { label: 'Google Scholar', url } } : { label: 'Google Scholar', value: { label: written } };
}

export function headerView(resume: NormalizedResume, ctx: Context): HeaderView {
  const { basics } = resume;
  const { messages } = ctx;
  const contacts: LabelledView[] = [];
  if (basics.email)
    contacts.push({ label: messages.email, value: { label: basics.email, url: mailtoUrl(basics.email) } });
  // The number as typed, so copying and searching find it; CSS keeps it on one line.
  if (basics.phone)
    contacts.push({ label: messages.phone, value: { label: basics.phone, url: telUrl(basics.phone) }, nowrap: true });
  if (basics.url) {
    const url = safeUrl(basics.url);
    contacts.push({ label: messages.homepage, value: { label: url ? displayUrl(url) : basics.url, url } });
  }
  // The iD once, from basics.orcid or a profile, whichever comes first.
  const orcids = new Set<string>();
  const addOrcid = (written: string) => {
    const address = orcidAddress(written);
    const key = address ?? written;
    if (!orcids.has(key)) contacts.push(orcidContact(written, address));
    orcids.add(key);
  };
  if (basics.orcid) addOrcid(basics.orcid);
  for (const profile of basics.profiles) {
    const url = safeUrl(profile.url);
    const network = networkName(profile, url);
    // A profile on ORCID (so named, or at orcid.org) whose username or address is an iD.
    const orcid = network === 'ORCID' ? [profile.username, profile.url].find(namesOrcid) : undefined;
    if (orcid !== undefined) addOrcid(orcid);
    else {
      const contact = profileContact(profile, url, network);
      if (contact) contacts.push(contact);
    }
  }
  if (basics.scholar) {
    const contact = scholarContact(basics.scholar);
    // Said once, when a profile already links the same page.
    if (!contacts.some((known) => known.value.url !== undefined && known.value.url === contact.value.url))
      contacts.push(contact);
  }
  const location = placeText(basics.location, ctx);
  if (location) contacts.push({ label: messages.location, value: { label: location } });
  // The update keeps its day: it says when, not which month.
  const updated = dateView(resume.meta.lastModified, { ...ctx.dates, style: 'long', precision: 'day' });
  return {
    // The page always has its one top-level heading.
    name: basics.name ?? messages.untitled,
    label: basics.label,
    imageSrc: resume.meta.themeOptions.photo ? photoSource(basics.image) : undefined,
    contacts,
    updated: updated ? [shownDate(fillMessage(messages.updated, { date: updated.text }), updated.iso)] : [],
  };
}
