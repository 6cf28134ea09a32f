import type { ComplaintChannel } from './schema/standar-pelayanan.ts';

/**
 * A complaint channel as a working link: a phone number to dial, a WhatsApp chat, an e-mail, a site.
 * Indonesian numbers are written nationally ("(0561) 736541", "0858…"); links need +62.
 */
function internationalDigits(national: string): string | undefined {
  const digits = national.replace(/\D/g, '');
  if (digits.startsWith('62')) return digits;
  if (digits.startsWith('0') && digits.length >= 8) return `62${digits.slice(1)}`;
  return undefined;
}

export function channelHref(channel: ComplaintChannel): string | undefined {
  const address = channel.address?.trim();
  if (!address) return undefined;
  switch (channel.kind) {
    case 'telepon': {
      const [number, extension] = address.split(/\s*(?:ext\.?|ekst\.?|psw\.?)\s*/i);
      const digits = internationalDigits(number ?? '');
      if (!digits) return undefined;
      const ext = extension?.replace(/\D/g, '');
      return `tel:+${digits}${ext ? `,${ext}` : ''}`;
    }
    case 'sms': {
      const digits = internationalDigits(address);
      return digits ? `sms:+${digits}` : undefined;
    }
    case 'whatsapp': {
      const digits = internationalDigits(address);
      return digits ? `https://wa.me/${digits}` : undefined;
    }
    case 'email':
      return `mailto:${address}`;
    case 'website':
      return /^https?:\/\//.test(address) ? address : `https://${address.replace(/\/$/, '')}/`;
    default:
      // A fax, a complaint box or a desk cannot be opened from a browser.
      return undefined;
  }
}
