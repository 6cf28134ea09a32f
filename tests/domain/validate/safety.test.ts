import { describe, expect, it } from 'vitest';
import { channelHref, channelProblems } from '../../../src/domain/views/contact.ts';
import type { Finding } from '../../../src/domain/findings/finding.ts';
import { formatFinding } from '../../../src/domain/findings/finding.ts';
import type { ComplaintChannel } from '../../../src/domain/model/schema/standar-pelayanan.ts';
import { isSafeLinkTarget, visibleTextMismatch } from '../../../src/domain/model/safety/links.ts';
import { corpusOf, lineOf, ORGANISATION, VALID_SOP } from '../../fixtures/minimal.ts';
import { FILE, findingsOf, SP_FILE, standard } from './helpers.ts';

/** Hostile or careless content (issue 14, points 13–16): each is one finding line at its place, never a crash. */

const withBody = (body: string) => `${VALID_SOP}${body}`;
const codes = (findings: Finding[], ...wanted: string[]) => findings.filter((f) => wanted.includes(f.code));
/** The finding with this code, asserting there is exactly one, at the line of `fragment`. */
function one(files: Record<string, string>, code: string, fragment: string, file = FILE): Finding {
  const all = findingsOf(files);
  const found = all.filter((f) => f.code === code && f.file === file);
  expect(found, all.map(formatFinding).join('\n')).toHaveLength(1);
  expect(found[0]!.severity).toBe('error');
  expect(found[0]!.line, formatFinding(found[0]!)).toBe(lineOf(files[file]!, fragment));
  return found[0]!;
}

describe('13. raw HTML, code and unsafe links in an MDX body are refused with file:line:col', () => {
  it('<script>, <img onerror>, an event handler, an iframe: one finding each, at the tag', () => {
    const body = `
Teks biasa dengan **tebal** dan [tautan](https://www.lapor.go.id/).

<script>alert(1)</script>

<img src="x" onerror="alert(1)" />

Paragraf dengan <span onclick="alert(1)">klik</span> di tengah.

<iframe src="https://contoh.example/"></iframe>
`;
    const files = { [FILE]: withBody(body) };
    const html = codes(findingsOf(files), 'html-mentah');
    expect(html.map((f) => [f.line, f.column])).toEqual([
      [lineOf(files[FILE], '<script>'), 1],
      [lineOf(files[FILE], '<img'), 1],
      [lineOf(files[FILE], '<span'), 17],
      [lineOf(files[FILE], '<iframe'), 1],
    ]);
    expect(html[0]!.message).toContain('<script>');
    expect(html[1]!.message).toContain('<img>');
    expect(formatFinding(html[0]!)).toMatch(/^content\/sop\/contoh\.mdx:\d+:1 {2}error {2}html-mentah {2}tag <script> di isi dokumen ditolak/);
  });

  it('javascript:, data: and disguised schemes in links and images; text that shows another address', () => {
    const body = `
[Klik](javascript:alert(1)) dan ![gambar](data:image/svg+xml;base64,PHN2Zz4=)

[Lapor](java&#x09;script:alert(1))

[www.lapor.go.id](https://penipu.example/)

[kesra@kalbarprov.go.id](mailto:lain@contoh.example)

[Situs resmi](https://www.lapor.go.id/), [www.lapor.go.id](https://lapor.go.id/), [surel](mailto:a@b.id), [bagian](#langkah-2), [telepon](tel:+62561736541)
`;
    const files = { [FILE]: withBody(body) };
    const all = findingsOf(files);
    expect(codes(all, 'tautan-tidak-aman').map((f) => f.line)).toEqual([
      lineOf(files[FILE], '[Klik]'), lineOf(files[FILE], '[Klik]'), lineOf(files[FILE], '[Lapor]'),
    ]);
    expect(codes(all, 'tautan-menyesatkan').map((f) => [f.line, f.message])).toEqual([
      [lineOf(files[FILE], '[www.lapor.go.id](https://penipu'), 'teks tautan menampilkan www.lapor.go.id, tetapi tautannya menuju "https://penipu.example/"'],
      [lineOf(files[FILE], '[kesra@'), 'teks tautan menampilkan kesra@kalbarprov.go.id, tetapi tautannya menuju "mailto:lain@contoh.example"'],
    ]);
  });

  it('import, export and {expressions} are refused; {/* comments */} and ```mermaid with tags inside are not', () => {
    const body = `
{/* Catatan transkripsi: label "<b>Tidak</b>" dibuang. */}

import fs from 'node:fs'

Isi {process.env.HOME} di sini.

\`\`\`mermaid
flowchart TD
  A["<script>"] --> B
\`\`\`

Kode \`<script>\` dalam teks.
`;
    const files = { [FILE]: withBody(body) };
    const all = findingsOf(files);
    expect(codes(all, 'kode-mdx').map((f) => f.line)).toEqual([lineOf(files[FILE], 'import fs'), lineOf(files[FILE], 'Isi {process')]);
    expect(codes(all, 'html-mentah', 'mdx', 'tautan-tidak-aman')).toEqual([]);
  });

  it('MDX that does not parse is one line at its place, not a stack trace', () => {
    const files = { [FILE]: withBody('\nTeks\n\n<img src=x onerror=alert(1)>\n') };
    const f = one(files, 'mdx', '<img src=x');
    expect(f.message).toMatch(/^isi dokumen bukan MDX yang sah: /);
    expect(f.message).not.toMatch(/\n|at .*\.js/);
  });

  it('a .md file is read as Markdown: its raw HTML is refused too', () => {
    const file = 'content/sop/markdown.md';
    const files = { [file]: `${VALID_SOP.replace('061/ 100.1', '061/ 100.9')}\n<img src="x" onerror="alert(1)">\n` };
    one(files, 'html-mentah', '<img', file);
  });

  it('none of it in the seed-like bodies: Markdown, comments, fences', () => {
    expect(codes(findingsOf({ [FILE]: withBody('\n{/*\ncatatan\n*/}\n\n## Latar\n\n- butir\n') }), 'html-mentah', 'kode-mdx', 'mdx', 'tautan-tidak-aman', 'tautan-menyesatkan')).toEqual([]);
  });

  it('link targets: only https, http, mailto, tel and this site', () => {
    for (const ok of ['https://a.id/', 'http://a.id', 'mailto:a@b.id', 'tel:+62561', 'sms:+62858', '/sop/x/', '#langkah-2', '../x', '//cdn.example/x']) expect(isSafeLinkTarget(ok), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd']) expect(isSafeLinkTarget(bad), bad).toBe(false);
    expect(visibleTextMismatch('Hubungi 0561 736541', 'tel:+62561736541')).toBeUndefined();
    expect(visibleTextMismatch('Hubungi 0561 736541', 'tel:+62561000000')).toContain('0561 736541');
  });
});

describe('14. every complaint channel address is valid for its kind', () => {
  const channel = (kind: string, text: string, address?: string): ComplaintChannel => ({ kind: kind as ComplaintChannel['kind'], text, ...(address === undefined ? {} : { address }) });
  const sp = (saluran: string) =>
    standard().replace('sop: [contoh]', `penanganan_pengaduan:\n  saluran:\n${saluran}\nsop: [contoh]`);
  const files = (saluran: string) => ({ [FILE]: VALID_SOP, [SP_FILE]: sp(saluran) });

  it('the seed channels are valid and become the links they were', () => {
    const seed = [
      channel('whatsapp', 'WA : 085828735503', '085828735503'),
      channel('telepon', 'Telepon : (0561) 736541 ext. 126', '(0561) 736541 ext. 126'),
      channel('faksimile', 'Faximile : (0561) 730062', '(0561) 730062'),
      channel('email', 'Email : kesra@kalbarprov.go.id', 'kesra@kalbarprov.go.id'),
      channel('website', 'Online melalui website SP4N-LAPOR! (www.lapor.go.id)', 'www.lapor.go.id'),
      channel('tatap-muka', 'Tatap Muka langsung kepada Pejabat Pengelola Pengaduan;'),
    ];
    expect(seed.flatMap(channelProblems)).toEqual([]);
    expect(seed.map(channelHref)).toEqual(['https://wa.me/6285828735503', 'tel:+62561736541,126', undefined, 'mailto:kesra@kalbarprov.go.id', 'https://www.lapor.go.id/', undefined]);
  });

  it('a javascript: site is an error at its alamat, and gives no link', () => {
    const saluran = `    - jenis: website\n      keterangan: Situs pengaduan\n      alamat: "javascript:alert(document.cookie)"`;
    const f = one(files(saluran), 'alamat-tidak-sah', 'alamat: "javascript:', SP_FILE);
    expect(f.message).toBe('penanganan_pengaduan › saluran 1 › alamat: alamat "javascript:alert(document.cookie)": alamat situs harus https://, bukan javascript:');
    expect(channelHref(channel('website', 'x', 'javascript:alert(1)'))).toBeUndefined();
  });

  it('each kind: phone, WhatsApp, SMS, e-mail, https site', () => {
    const bad: Array<[string, string]> = [
      ['telepon', 'tel:0561736541'],
      ['telepon', 'kantor lantai 2'],
      ['telepon', '12345'],
      ['telepon', '(0561) 736541 ext. dua'],
      ['whatsapp', '(0561) 736541'], // a landline has no WhatsApp
      ['whatsapp', '0858-ABCD-5503'],
      ['sms', '(0561) 736541'],
      ['sms', 'sms:085828735503'],
      ['email', 'mailto:kesra@kalbarprov.go.id'],
      ['email', 'kesra at kalbarprov.go.id'],
      ['email', 'kesra@kalbarprov'],
      ['website', 'http://www.lapor.go.id'],
      ['website', 'data:text/html,hai'],
      ['website', 'https://user@evil.example/'],
      ['website', 'lapor'],
      ['faksimile', 'javascript:alert(1)'],
      ['tatap-muka', 'javascript:alert(1)'],
    ];
    for (const [kind, address] of bad) expect(channelProblems(channel(kind, 'Saluran', address)).map((p) => p.code), `${kind} ${address}`).toEqual(['alamat-tidak-sah']);
    const good: Array<[string, string]> = [
      ['telepon', '0561-736541'], ['telepon', '+62 561 736541'], ['whatsapp', '+62 858-2873-5503'], ['sms', '0858 2873 5503'], ['email', 'pengaduan.kesra@kalbarprov.go.id'],
      ['website', 'https://www.lapor.go.id/instansi/kalbar'], ['website', 'lapor.go.id'],
    ];
    for (const [kind, address] of good) expect(channelProblems(channel(kind, 'Saluran', address)), `${kind} ${address}`).toEqual([]);
    expect(channelHref(channel('sms', 'SMS : 0858 2873 5503', '0858 2873 5503'))).toBe('sms:+6285828735503');
    expect(channelHref(channel('lainnya', 'Kotak saran di lobi', 'Lantai 1'))).toBeUndefined();
  });

  it('a visible text that shows another number, e-mail or site than the link is an error at keterangan', () => {
    const saluran = `    - jenis: whatsapp\n      keterangan: "WA : 085828735503"\n      alamat: "081234567890"`;
    const f = one(files(saluran), 'tautan-menyesatkan', 'keterangan: "WA', SP_FILE);
    expect(f.message).toContain('nomor +6285828735503');
    const mismatched: ComplaintChannel[] = [
      channel('email', 'Email : kesra@kalbarprov.go.id', 'lain@contoh.example'),
      channel('website', 'SP4N-LAPOR! (www.lapor.go.id)', 'https://lapor-go-id.example/'),
      channel('telepon', 'Telepon : (0561) 736541', '(0561) 111111'),
    ];
    for (const c of mismatched) expect(channelProblems(c).map((p) => p.code), c.text).toEqual(['tautan-menyesatkan']);
  });
});

describe('15. files that do not belong are one error line each', () => {
  it('a .md beside the .mdx of the same id: the .md is reported, the .mdx read', () => {
    const corpus = corpusOf({ [FILE]: VALID_SOP, 'content/sop/contoh.md': VALID_SOP.replace('Contoh Prosedur', 'Versi Lain') });
    const found = corpus.findings.filter((f) => f.code === 'berkas-ganda');
    expect(found.map(formatFinding)).toEqual([
      'content/sop/contoh.md:1:1  error  berkas-ganda  dokumen sop/contoh sudah ada di content/sop/contoh.mdx: satu dokumen, satu berkas; hapus content/sop/contoh.md atau gabungkan isinya',
    ]);
    expect(corpus.sops.get('contoh')!.data.title).toBe('Contoh Prosedur');
  });

  it('a subfolder in content/sop/ is reported, not a crash', () => {
    const corpus = corpusOf({ [FILE]: VALID_SOP, 'content/sop/arsip/': '' });
    expect(corpus.findings.filter((f) => f.code === 'nama-berkas').map(formatFinding)).toEqual([
      'content/sop/arsip/:1:1  error  nama-berkas  subfolder tidak dibaca dan tidak diterbitkan: pindahkan berkasnya langsung ke content/sop/ atau content/standar-pelayanan/',
    ]);
  });

  it('a YAML alias bomb is one yaml error at the first alias', () => {
    const bomb = `---
a: &a ["x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
---
`;
    const found = findingsOf({ [FILE]: bomb });
    expect(found.map(formatFinding)).toEqual([
      'content/sop/contoh.mdx:3:8  error  yaml  YAML tidak terbaca: alias (*nama) yang berlipat terlalu banyak; tulis isinya langsung',
    ]);
  });
});

describe('16. invisible characters in names, nomor and any text are reported where they stand', () => {
  it('a right-to-left override in nomor and a zero-width space in nama, at their columns', () => {
    const text = VALID_SOP.replace('nomor: 061/ 100.1 /CONTOH', 'nomor: 061/ 100.1 /\u202eHOTNOC').replace('nama: Contoh Prosedur', 'nama: Contoh\u200b Prosedur');
    const found = codes(findingsOf({ [FILE]: text }), 'karakter-tersembunyi');
    expect(found.map((f) => [f.line, f.column, f.severity])).toEqual([
      [lineOf(text, 'nomor:'), 'nomor: 061/ 100.1 /'.length + 1, 'error'],
      [lineOf(text, 'nama:'), 'nama: Contoh'.length + 1, 'error'],
    ]);
    expect(found[0]!.message).toContain('U+202E');
    expect(found[1]!.message).toContain('U+200B');
  });

  it('written as a YAML escape, in a pelaksana name: reported at the value', () => {
    const text = VALID_SOP.replace('nama: Ketua Tim Kerja', 'nama: "Ketua Tim\\u2066 Kerja"');
    const found = codes(findingsOf({ [FILE]: text }), 'karakter-tersembunyi');
    expect(found.map((f) => [f.line, f.message])).toEqual([[lineOf(text, 'Ketua Tim\\u2066'), expect.stringContaining('pelaksana 1 › nama:')]]);
  });

  it('in the body, and in a unit name of organisasi.yaml (the units still read)', () => {
    const body = withBody('\nTeks\u202d biasa.\n');
    expect(codes(findingsOf({ [FILE]: body }), 'karakter-tersembunyi').map((f) => [f.line, f.column])).toEqual([[lineOf(body, 'Teks\u202d'), 5]]);
    const organisation = { ...ORGANISATION, text: ORGANISATION.text.replace('nama: Bidang Satu', 'nama: Bidang\u200d Satu') };
    const corpus = corpusOf({ [FILE]: VALID_SOP }, organisation);
    expect(corpus.findings.map(formatFinding)).toEqual([
      `content/organisasi.yaml:${lineOf(organisation.text, 'Bidang\u200d')}:${'            nama: Bidang'.length + 1}  error  karakter-tersembunyi  karakter tak terlihat U+200D penyambung lebar-nol (ZERO WIDTH JOINER): hapus; pembaca melihat teks lain dari yang tertulis`,
    ]);
  });

  it('a byte-order mark at the very start of a file is not a finding', () => {
    expect(codes(findingsOf({ [FILE]: `\ufeff${VALID_SOP}` }), 'karakter-tersembunyi')).toEqual([]);
  });
});
