import { excerpt } from '../../text/index.ts';

/**
 * What a published link may point at, and whether the text a reader sees names the same place.
 * Shared by the MDX body check and the complaint channels of a Standar Pelayanan.
 */

/** A URL's scheme as a browser reads it: tabs, newlines and control characters are ignored ("java\tscript:"). */
export function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  if (LEAVES_THE_SITE.test(cleaned)) return 'https';
  return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
}

/**
 * "//other.site/login" has no scheme and yet is another site: the page's own scheme is added to it.
 * Browsers read a backslash as a slash there ("\\other.site", "/\other.site"). Such a link is an
 * https: link for every rule: its host is checked against the text shown, never taken for a path here.
 */
const LEAVES_THE_SITE = /^[/\\]{2}/;

/** The link as the browser follows it: a scheme-less "//host/…" made https://host/…. */
function followed(url: string): string {
  const cleaned = url.trim().replace(/[\u0000-\u001f\u007f]/g, '');
  return LEAVES_THE_SITE.test(cleaned) ? `https://${cleaned.replace(LEAVES_THE_SITE, '').replace(/\\/g, '/')}` : cleaned;
}

const SAFE_SCHEMES = new Set(['https', 'http', 'mailto', 'tel', 'sms']);

/** https:, http:, mailto:, tel:, sms:, or a path or anchor on this site. Never javascript:, data:, vbscript:, file:. */
export function isSafeLinkTarget(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

const EMAIL = /[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+/gi;
/** A web address as people write it in text: with a scheme, with www., or ending in a common domain. */
const WEB = /\b(?:https?:\/\/[^\s<>()"']+|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s<>()"']*|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:go\.id|ac\.id|or\.id|co\.id|id|com|org|net|info|gov|edu|io)\b[^\s<>()"']*)/gi;
/** A phone number in text: 8+ digits with the separators people use. */
const PHONE = /(?:\+|\b)\d[\d\s().-]{6,}\d/g;

export const emailsIn = (text: string) => [...text.matchAll(EMAIL)].map((m) => m[0].toLowerCase());
export const webAddressesIn = (text: string) => [...text.replace(EMAIL, ' ').matchAll(WEB)].map((m) => m[0].replace(/[.,;:!?]+$/, ''));
export const phoneNumbersIn = (text: string) => [...text.matchAll(PHONE)].map((m) => internationalDigits(m[0])).filter((d): d is string => d !== undefined);

/** Indonesian numbers are written nationally ("(0561) 736541", "0858…"); links need +62. */
export function internationalDigits(written: string): string | undefined {
  const digits = written.replace(/\D/g, '');
  if (digits.startsWith('62') && digits.length >= 9) return digits;
  if (digits.startsWith('0') && digits.length >= 8) return `62${digits.slice(1)}`;
  return undefined;
}

/** "www.lapor.go.id" and "https://lapor.go.id/x" are the same host. */
export function hostOf(address: string): string | undefined {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(address) ? address : `https://${address}`);
    return url.hostname.toLowerCase().replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/**
 * When the visible text of a link shows an address (a web address, an e-mail, a phone number) that
 * is not where the link goes, the message that says so; undefined when they agree or the text shows
 * no address. `[www.lapor.go.id](https://elsewhere.example)` is how a reader is misled.
 */
export function visibleTextMismatch(text: string, url: string): string | undefined {
  const scheme = schemeOf(url);
  const written = url.trim();
  const target = followed(url);
  const emails = emailsIn(text);
  if (emails.length) {
    const to = scheme === 'mailto' ? mailtoRecipients(target) : [];
    return to.length === 1 && emails.includes(to[0]!) ? undefined : `teks tautan menampilkan ${emails[0]}, tetapi tautannya menuju ${excerpt(written)}`;
  }
  const webs = webAddressesIn(text);
  if (webs.length) {
    const host = scheme === 'http' || scheme === 'https' ? hostOf(target) : undefined;
    return host !== undefined && webs.some((w) => hostOf(w) === host) ? undefined : `teks tautan menampilkan ${webs[0]}, tetapi tautannya menuju ${excerpt(written)}`;
  }
  // "/sop/x/" shown, another site opened: the shape of a link to this site, the target of another.
  const path = /^\s*(\/(?![/\\])\S*)/.exec(text)?.[1];
  if (path && (scheme === 'http' || scheme === 'https')) return `teks tautan menampilkan ${excerpt(path)}, alamat di situs ini, tetapi tautannya ke situs lain: ${excerpt(written)}`;
  const phones = phoneNumbersIn(text);
  if (phones.length) {
    const digits = scheme === 'tel' ? internationalDigits(target.replace(/^tel:/i, '').split(/[,;]/)[0]!) : /^https:\/\/wa\.me\/(\d+)/.exec(target)?.[1];
    return digits !== undefined && phones.includes(digits) ? undefined : `teks tautan menampilkan nomor ${text.match(PHONE)![0].trim()}, tetapi tautannya menuju ${excerpt(written)}`;
  }
  return undefined;
}

/**
 * Every address a mailto: link writes to: the addresses before "?" (comma-separated, %-encoded or
 * not) and those of its to, cc and bcc fields, in lower case. One address is what a reader expects;
 * "kesra%40….go.id?bcc=spy@…" silently sends a copy elsewhere.
 */
export function mailtoRecipients(url: string): string[] {
  const rest = url.trim().replace(/^mailto:/i, '');
  const [addresses = '', query = ''] = rest.split(/\?(.*)/s);
  const decode = (t: string) => {
    try {
      return decodeURIComponent(t);
    } catch {
      return t;
    }
  };
  const fields = [...new URLSearchParams(query)].filter(([k]) => ['to', 'cc', 'bcc'].includes(k.toLowerCase())).map(([, v]) => v);
  return [decode(addresses), ...fields].flatMap((list) => list.split(/[,;]/)).map((a) => a.trim().toLowerCase()).filter(Boolean);
}
