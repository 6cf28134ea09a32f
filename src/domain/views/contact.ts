import type { ComplaintChannel } from '../model/index.ts';
import { excerpt } from '../text/index.ts';
import { emailsIn, hostOf, internationalDigits, phoneNumbersIn, schemeOf, webAddressesIn } from '../model/index.ts';

/**
 * A complaint channel as a working link: a phone number to dial, a WhatsApp chat, an e-mail, a site.
 * Every address is checked by its kind (channelProblems) before it becomes a link; an address that
 * fails gives no link at all, and the build stops on it.
 */

/** Kinds whose address is a number to call or message. */
const MOBILE_KINDS = new Set(['whatsapp', 'sms']);
const PHONE_KINDS = new Set(['telepon', 'faksimile']);

const EXTENSION = /\s*(?:ext\.?|ekst\.?|psw\.?)\s*/i;
const NUMBER_CHARS = /^\+?[\d\s().\/-]+$/;
/**
 * An e-mail channel is one address and nothing else. Before the @ only letters, digits and . _ + -
 * (what government addresses use): "?", "%", "&", "=" and "," would let the link add recipients
 * ("kesra%40….go.id?bcc=spy@…" writes to kesra@… and silently copies spy@…) or a message.
 */
const EMAIL = /^[a-z0-9._+-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;
const HOST_AND_PATH = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?(?:[/?#][^\s<>"']*)?$/i;

export interface ChannelProblem {
  /** Which key is wrong: the address, or the text that shows another address. */
  field: 'alamat' | 'keterangan';
  code: 'alamat-tidak-sah' | 'tautan-menyesatkan';
  message: string;
}

/** The number part and the extension of "(0561) 736541 ext. 126". */
function splitExtension(address: string): { number: string; extension?: string } {
  const [number, extension] = address.split(EXTENSION);
  return { number: number ?? '', ...(extension === undefined ? {} : { extension }) };
}

/** Why an address is not a valid one of its kind; undefined when it is (or the kind has no address to check). */
function addressProblem(kind: string, address: string): string | undefined {
  const scheme = schemeOf(address);
  if (PHONE_KINDS.has(kind) || MOBILE_KINDS.has(kind)) {
    const { number, extension } = splitExtension(address);
    const digits = internationalDigits(number);
    if (scheme || !NUMBER_CHARS.test(number) || !digits || digits.length > 15)
      return `bukan nomor telepon: tulis nomornya saja, misalnya "(0561) 736541"${PHONE_KINDS.has(kind) ? ' atau "(0561) 736541 ext. 126"' : ' atau "0858 2873 5503"'}`;
    if (extension !== undefined && (MOBILE_KINDS.has(kind) || !/^\d{1,6}$/.test(extension.trim()))) return `nomor ekstensi "${extension}" tidak terbaca`;
    if (MOBILE_KINDS.has(kind) && !/^628\d{7,12}$/.test(digits)) return `nomor ${kind === 'whatsapp' ? 'WhatsApp' : 'SMS'} harus nomor seluler (08…, +62 8…)`;
    return undefined;
  }
  if (kind === 'email') {
    if (EMAIL.test(address)) return undefined;
    return /[?%&=,;]/.test(address)
      ? 'alamat e-mail memuat ?, %, &, = atau koma, yang menambah penerima lain (cc, bcc) atau isi surat; tulis satu alamat saja, misalnya "kesra@kalbarprov.go.id"'
      : 'bukan alamat e-mail: tulis alamatnya saja, misalnya "kesra@kalbarprov.go.id" (tanpa mailto:)';
  }
  if (kind === 'website') {
    if (scheme !== undefined && scheme !== 'https') return scheme === 'http' ? 'alamat situs harus https:// (bukan http://)' : `alamat situs harus https://, bukan ${scheme}:`;
    const rest = scheme ? address.replace(/^https:\/\//i, '') : address;
    if (!HOST_AND_PATH.test(rest) || /@/.test(rest.split(/[/?#]/)[0]!)) return 'bukan alamat situs: tulis misalnya "www.lapor.go.id" atau "https://www.lapor.go.id/"';
    return undefined;
  }
  // A desk or a complaint box: the address is a place, never a link; still never a script.
  return scheme && !['https', 'mailto', 'tel'].includes(scheme) ? `alamat ${scheme}: ditolak` : undefined;
}

/** The link of an address already known to be valid. */
function hrefOf(kind: string, address: string): string | undefined {
  if (kind === 'telepon') {
    const { number, extension } = splitExtension(address);
    const ext = extension?.replace(/\D/g, '');
    return `tel:+${internationalDigits(number)}${ext ? `,${ext}` : ''}`;
  }
  if (kind === 'whatsapp') return `https://wa.me/${internationalDigits(address)}`;
  if (kind === 'sms') return `sms:+${internationalDigits(address)}`;
  if (kind === 'email') return `mailto:${address}`;
  if (kind === 'website') return /^https:\/\//i.test(address) ? address : `https://${address.replace(/\/$/, '')}/`;
  // A fax, a complaint box or a desk cannot be opened from a browser.
  return undefined;
}

/**
 * What is wrong with a channel: its address is not one of its kind (a `javascript:` site, a
 * WhatsApp "number" with letters), or its visible text shows another address than the link's.
 */
export function channelProblems(channel: ComplaintChannel): ChannelProblem[] {
  const kind: string = channel.kind;
  const address = channel.address?.trim();
  if (!address) return [];
  const problem = addressProblem(kind, address);
  if (problem) return [{ field: 'alamat', code: 'alamat-tidak-sah', message: `alamat ${excerpt(address)}: ${problem}` }];
  const shown = visibleAddressMismatch(kind, channel.text, address);
  return shown ? [{ field: 'keterangan', code: 'tautan-menyesatkan', message: shown }] : [];
}

/** The text shows a number, e-mail or site of the channel's kind that is not its address. */
function visibleAddressMismatch(kind: string, text: string, address: string): string | undefined {
  const differs = (shown: string) => `keterangan menampilkan ${shown}, tetapi alamat tautannya ${excerpt(address)}; samakan keduanya`;
  if (PHONE_KINDS.has(kind) || MOBILE_KINDS.has(kind)) {
    const own = internationalDigits(splitExtension(address).number);
    const shown = phoneNumbersIn(splitExtension(text).number);
    return shown.length && !shown.includes(own!) ? differs(`nomor +${shown[0]}`) : undefined;
  }
  if (kind === 'email') {
    const shown = emailsIn(text);
    return shown.length && !shown.includes(address.toLowerCase()) ? differs(shown[0]!) : undefined;
  }
  if (kind === 'website') {
    const shown = webAddressesIn(text);
    return shown.length && !shown.some((w) => hostOf(w) === hostOf(address)) ? differs(shown[0]!) : undefined;
  }
  return undefined;
}

export function channelHref(channel: ComplaintChannel): string | undefined {
  const address = channel.address?.trim();
  if (!address || channelProblems(channel).length) return undefined;
  return hrefOf(channel.kind, address);
}
