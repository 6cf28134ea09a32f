import { describe, expect, it } from 'vitest';
import { formatFinding, type Finding } from '../../../src/domain/findings/finding.ts';
import { YAML_DEPTH_MAX } from '../../../src/domain/model/frontmatter.ts';
import { excerpt, MESSAGE_MAX } from '../../../src/domain/text/quote.ts';
import { drawSwimlane, swimlaneSource } from '../../../src/domain/swimlane/index.ts';
import { layoutFlowchart } from '../../../src/domain/flowchart/index.ts';
import { sopToBpmn } from '../../../src/domain/export/index.ts';
import { corpusOf, lineOf, ORGANISATION, sopWith, VALID_SOP } from '../../fixtures/minimal.ts';
import { FILE, findingsOf, OTHER, SP_FILE, standard } from './helpers.ts';

/**
 * Hostile or broken files (issue 27) as the domain reads them: each is one finding line at its
 * place, never a crash, never a value echoed whole or raw. The disk side (symlinks, missing files)
 * is in tests/build/hostile.test.ts.
 */

const codes = (findings: Finding[], code: string) => findings.filter((f) => f.code === code);
const nested = (levels: number) => {
  let text = 'nama: Contoh\nisi:\n';
  for (let i = 1; i <= levels; i++) text += `${'  '.repeat(i)}a:\n`;
  return `${text}${'  '.repeat(levels + 1)}b\n`;
};

describe('1. inputs that crashed the reader are one finding each', () => {
  it('3,000 nested mappings, and as many flow brackets: one finding at the level past the limit', () => {
    for (const frontmatter of [nested(3000), `nama: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n`, `nama: ${'['.repeat(3000)}${']'.repeat(3000)}\n`]) {
      const text = `---\n${frontmatter}---\n`;
      const found = findingsOf({ [FILE]: text });
      expect(found.map(formatFinding)).toEqual([expect.stringMatching(new RegExp(`^content/sop/contoh\\.mdx:\\d+:\\d+  error  yaml  YAML tidak terbaca: nilai bersarang lebih dari ${YAML_DEPTH_MAX} tingkat`))]);
    }
    // Block nesting: the finding is at the first mapping past the limit (the top level is line 2, isi's value line 4).
    expect(findingsOf({ [FILE]: `---\n${nested(3000)}---\n` })[0]!.line).toBe(YAML_DEPTH_MAX + 3);
  });

  it('a nesting within the limit reads as before', () => {
    expect(codes(findingsOf({ [FILE]: `---\n${nested(YAML_DEPTH_MAX - 3)}---\n` }), 'yaml')).toEqual([]);
  });

  it('an alias inside the node it names, in an SOP and in organisasi.yaml: one finding at the alias', () => {
    const sop = sopWith('dasar_hukum:\n', 'dasar_hukum: &dasar\n  - *dasar\n');
    expect(findingsOf({ [FILE]: sop }).filter((f) => f.severity === 'error').map(formatFinding)).toEqual([
      `${FILE}:${lineOf(sop, '- *dasar')}:5  error  yaml  YAML tidak terbaca: alias *dasar berada di dalam nilai yang dinamainya sendiri (&dasar), jadi nilainya tak berujung; tulis isinya langsung`,
    ]);
    const organisation = { ...ORGANISATION, text: ORGANISATION.text.replace('unit:\n', 'unit: &u\n          - id: x\n            nama: X\n            unit: *u\n').replace(/ {10}- id: bidang-satu[\s\S]*$/, '') };
    const corpus = corpusOf({ [FILE]: VALID_SOP }, organisation);
    expect(corpus.findings.filter((f) => f.file === 'content/organisasi.yaml').map((f) => `${f.line} ${f.code} ${f.message}`)).toEqual([
      `${lineOf(organisation.text, 'unit: *u')} yaml YAML tidak terbaca: alias *u berada di dalam nilai yang dinamainya sendiri (&u), jadi nilainya tak berujung; tulis isinya langsung`,
    ]);
  });

  it('a 16,000-character pelaksana name: checked (no expression built from it), quoted short', () => {
    const name = `Ketua Tim ${'Kerja '.repeat(2700)}`.trim();
    const sop = sopWith('nama: Ketua Tim Kerja', `nama: ${name}`).replace('kegiatan: Menyusun draf', `kegiatan: oleh ${name} disusun`);
    const found = findingsOf({ [FILE]: sop });
    const long = codes(found, 'teks-terlalu-panjang');
    expect(long.map((f) => [f.line, f.severity, f.message])).toEqual([
      [lineOf(sop, 'nama: Ketua Tim Kerja Kerja'), 'warning', `pelaksana 1 › nama: ${name.length} karakter (lebih dari 2000); periksa apakah teks lain ikut tersalin`],
      [lineOf(sop, 'kegiatan: oleh Ketua'), 'warning', `langkah 2 › kegiatan: ${name.length + 13} karakter (lebih dari 2000); periksa apakah teks lain ikut tersalin`],
    ]);
    const doer = codes(found, 'pelaksana-berbeda');
    expect(doer).toHaveLength(1);
    expect(doer[0]!.message).toContain(`"Ketua Tim Kerja Kerja`);
    expect(doer[0]!.message).toContain(`(${name.length} karakter)`);
    for (const f of found) expect(formatFinding(f).length, f.code).toBeLessThan(MESSAGE_MAX + 200);
  });
});

describe('5. a value with terminal escapes is never printed raw', () => {
  it('ESC, OSC and C1 in a message are shown as \\u escapes, and the line stays one line', () => {
    const line = formatFinding({ file: 'content/sop/\u001b[2Jx.mdx', line: 1, column: 1, severity: 'error', code: 'schema', message: 'nama: "\u001b]0;judul\u0007" dan \u009b31m\nbaris' });
    expect(line).toBe('content/sop/\\u001b[2Jx.mdx:1:1  error  schema  nama: "\\u001b]0;judul\\u0007" dan \\u009b31m\\u000abaris');
  });

  it('a value quoted in a message is cut short with its length, controls escaped', () => {
    expect(excerpt('Ketua Tim Kerja')).toBe('"Ketua Tim Kerja"');
    expect(excerpt(`a\u001bb${'x'.repeat(100)}`, 10)).toBe('"a\\u001bbxxxxxxx…" (103 karakter)');
  });

  it('a schema error on a long or escaped value quotes a short excerpt, not the value', () => {
    const secret = `root:x:0:0:root:/root:/bin/bash\n${'daemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n'.repeat(50)}`;
    const sop = sopWith('unit: bidang-satu', `unit: bidang-satu\ndisahkan_oleh: ${JSON.stringify(secret)}`).replace(/disahkan_oleh:\n {2}nama[^\n]*\n {2}jabatan[^\n]*\n {2}nip[^\n]*\n/, '');
    const schema = codes(findingsOf({ [FILE]: sop }), 'schema');
    expect(schema).toHaveLength(1);
    expect(schema[0]!.message).toBe(`disahkan_oleh: harus isian bertingkat (kunci: nilai), bukan "root:x:0:0:root:/root:/bin/bash\\ndaemon:x:1:1::/usr/sbin:/usr…" (${secret.length} karakter)`);
  });
});

describe('7. control and invisible characters are refused where they stand', () => {
  it('NUL, SOH and ESC typed raw in a title and a step: one error each, at the character', () => {
    const sop = VALID_SOP.replace('nama: Contoh Prosedur', 'nama: Contoh\u0000 Prosedur').replace('kegiatan: Menyusun draf', 'kegiatan: Menyusun\u0001 draf\u001b[2J');
    const found = codes(findingsOf({ [FILE]: sop }), 'karakter-tersembunyi');
    expect(found.map((f) => [f.line, f.column, f.severity, f.message.split(':')[0]])).toEqual([
      [lineOf(sop, 'nama: Contoh'), 'nama: Contoh'.length + 1, 'error', 'karakter kendali U+0000 (NUL)'],
      [lineOf(sop, 'kegiatan: Menyusun\u0001'), '    kegiatan: Menyusun'.length + 1, 'error', 'karakter kendali U+0001 (SOH)'],
      [lineOf(sop, 'kegiatan: Menyusun\u0001'), '    kegiatan: Menyusun\u0001 draf'.length + 1, 'error', 'karakter kendali U+001B (ESC)'],
    ]);
  });

  it('written as YAML escapes ("\\0", "\\x01", "\\e"): reported at the value', () => {
    for (const [escape, name] of [['\\0', 'U+0000 (NUL)'], ['\\x01', 'U+0001 (SOH)'], ['\\e', 'U+001B (ESC)']]) {
      const sop = VALID_SOP.replace('nama: Contoh Prosedur', `nama: "Contoh${escape} Prosedur"`);
      const found = codes(findingsOf({ [FILE]: sop }), 'karakter-tersembunyi');
      expect(found.map((f) => [f.line, f.message.slice(0, 40)]), escape).toEqual([[lineOf(sop, 'nama: "Contoh'), `nama: karakter kendali ${name}, ditulis`.slice(0, 40)]]);
    }
  });

  it('tag characters, Hangul fillers, the soft hyphen and U+2028 are invisible characters too', () => {
    for (const c of ['\u{E0041}', '\u3164', '\u115F', '\uFFA0', '\u00AD', '\u2028', '\u2029']) {
      const sop = VALID_SOP.replace('nama: Contoh Prosedur', `nama: Contoh${c}Prosedur`);
      const found = codes(findingsOf({ [FILE]: sop }), 'karakter-tersembunyi');
      const code = c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      expect(found.map((f) => f.message.split(' ').slice(0, 4).join(' ')), code).toEqual([`karakter tak terlihat U+${code}`]);
    }
  });

  it('no XML writer emits a character XML forbids, even for a document the check refused', () => {
    const corpus = corpusOf({ [FILE]: VALID_SOP.replace('nama: Contoh Prosedur', 'nama: "Contoh\\0 Prosedur\\x01"').replace('kegiatan: Menyusun draf', 'kegiatan: "Menyusun\\x0b draf"') });
    const sop = corpus.sops.get('contoh')!;
    const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
    for (const [name, xml] of [['swimlane', drawSwimlane(sop.data).svg], ['BPMN', sopToBpmn(sop.data, sop.slug)]] as const) {
      expect(xml, name).not.toMatch(forbidden);
      expect(xml, name).toContain('\ufffd');
    }
  });

  it('tab, line feed and carriage return are ordinary text', () => {
    const sop = VALID_SOP.replace(/\n/g, '\r\n').replace('Catatan.', 'Catatan\tdengan tab.');
    expect(codes(findingsOf({ [FILE]: sop }), 'karakter-tersembunyi')).toEqual([]);
  });
});

describe('3 and 6. an e-mail is one address, and //other.site is another site', () => {
  const sp = (address: string) => standard().replace('sop: [contoh]', `penanganan_pengaduan:\n  saluran:\n    - jenis: email\n      keterangan: Email kesra\n      alamat: "${address}"\nsop: [contoh]`);

  it('a complaint e-mail that would copy a third party is refused, and gives no link', () => {
    for (const address of ['kesra%40kalbarprov.go.id?bcc=spy@contoh.example', 'kesra@kalbarprov.go.id?cc=spy@contoh.example', 'kesra@kalbarprov.go.id,spy@contoh.example']) {
      const found = codes(findingsOf({ [FILE]: VALID_SOP, [SP_FILE]: sp(address) }), 'alamat-tidak-sah');
      expect(found.map((f) => f.message), address).toEqual([expect.stringContaining('menambah penerima lain (cc, bcc)')]);
    }
    expect(codes(findingsOf({ [FILE]: VALID_SOP, [SP_FILE]: sp('kesra.biro_umum+pengaduan@kalbarprov.go.id') }), 'alamat-tidak-sah')).toEqual([]);
  });

  it('a body mailto: that writes to more than one address, however written, is refused', () => {
    for (const link of ['[kesra@kalbarprov.go.id](mailto:kesra@kalbarprov.go.id?bcc=spy@contoh.example)', '[Hubungi kami](mailto:kesra%40kalbarprov.go.id%2Cspy@contoh.example)', '[Hubungi kami](mailto:kesra@kalbarprov.go.id?subject=x&cc=spy@contoh.example)']) {
      const found = codes(findingsOf({ [FILE]: `${VALID_SOP}\n${link}\n` }), 'tautan-menyesatkan');
      expect(found.map((f) => f.message.split(':')[0]), link).toEqual(['tautan e-mail menulis ke 2 alamat ("kesra@kalbarprov.go.id", "spy@contoh.example")']);
    }
    expect(codes(findingsOf({ [FILE]: `${VALID_SOP}\n[Tulis](mailto:kesra@kalbarprov.go.id?subject=Pengaduan)\n` }), 'tautan-menyesatkan')).toEqual([]);
  });

  it('//other.site (and \\\\other.site) is checked as an https:// link: text showing this site or another host is misleading', () => {
    for (const [text, target] of [['/sop/pelayanan-konsultasi/', '//penipu.example/sop/pelayanan-konsultasi/'], ['www.lapor.go.id', '//penipu.example/'], ['www.lapor.go.id', '\\\\penipu.example/'], ['/sop/x/', 'https://penipu.example/sop/x/']]) {
      const found = codes(findingsOf({ [FILE]: `${VALID_SOP}\n[${text}](${target})\n` }), 'tautan-menyesatkan');
      expect(found, `${text} -> ${target}`).toHaveLength(1);
    }
    for (const [text, target] of [['www.lapor.go.id', '//www.lapor.go.id/'], ['Masuk', '//lapor.go.id/'], ['/sop/x/', '/sop/x/']])
      expect(codes(findingsOf({ [FILE]: `${VALID_SOP}\n[${text}](${target})\n` }), 'tautan-menyesatkan'), `${text} -> ${target}`).toEqual([]);
  });
});

describe('10. long values: a finding, and every step linear in their length', () => {
  const long = (n: number) => Array.from({ length: n / 10 }, (_, i) => `kata${String(i).padStart(5, '0')}`).join(' ');
  const sopOf = (activity: string, actor: string) => corpusOf({ [FILE]: sopWith('kegiatan: Menyusun draf', `kegiatan: ${activity}`).replace('nama: Ketua Tim Kerja', `nama: ${actor}`) });

  it('a 100,000-character step and actor name: reported, and drawn in well under a second of CPU each', () => {
    // Before: the swimlane took 12 s for the step and minutes for the actor (quadratic and worse).
    // CPU time, not wall time: the suite shares its cores with builds and browsers.
    const corpus = sopOf(long(100_000), 'x'.repeat(100_000));
    expect(codes(findingsOf({ [FILE]: sopWith('kegiatan: Menyusun draf', `kegiatan: ${long(100_000)}`) }), 'teks-terlalu-panjang')).toHaveLength(1);
    const sop = [...corpus.sops.values()][0]!;
    for (const [name, draw] of [
      ['swimlane', () => drawSwimlane(sop.data)],
      ['swimlane source', () => swimlaneSource(sop.data)],
      ['flowchart', () => layoutFlowchart(sop.data)],
      ['BPMN', () => sopToBpmn(sop.data, sop.slug)],
    ] as const) {
      const started = process.cpuUsage();
      draw();
      const { user, system } = process.cpuUsage(started);
      expect((user + system) / 1000, name).toBeLessThan(3000);
    }
  });

  it('a value of 2,000 characters is not a finding', () => {
    expect(codes(findingsOf({ [FILE]: sopWith('kegiatan: Menyusun draf', `kegiatan: ${'a'.repeat(2000)}`) }), 'teks-terlalu-panjang')).toEqual([]);
  });
});

describe('13. messages that say what is wrong', () => {
  it('a file starting with a byte order mark reads as any other', () => {
    const found = findingsOf({ [FILE]: `\ufeff${VALID_SOP}` });
    expect(found.filter((f) => f.severity === 'error')).toEqual([]);
    expect(corpusOf({ [FILE]: `\ufeff${VALID_SOP}` }).sops.get('contoh')?.data.title).toBe('Contoh Prosedur');
  });
});

describe('14. the same title twice, and successions that go round', () => {
  const titled = (title: string, number: string, successor?: string) =>
    sopWith('nama: Contoh Prosedur', `nama: ${title}${successor ? `\nstatus: digantikan\ndigantikan_oleh: ${successor}` : ''}`).replace('100.1', number);

  it('two SOPs with one title (case, spacing and the SOP prefix aside): a warning on each', () => {
    const files = { [FILE]: titled('Surat Masuk', '1'), [OTHER]: titled('SOP  surat masuk', '2') };
    const found = codes(findingsOf(files), 'judul-ganda');
    expect(found.map((f) => [f.file, f.line, f.severity])).toEqual([[FILE, 3, 'warning'], [OTHER, 3, 'warning']]);
    expect(found[0]!.message).toBe(`judul "Surat Masuk" juga dipakai ${OTHER}; keterkaitan menurut judul tidak dapat memilih di antaranya: bedakan judulnya, atau rujuk dengan nomor atau sop:`);
  });

  it('an SOP and a Standar Pelayanan may share a title', () => {
    const files = { [FILE]: titled('Layanan Contoh', '1'), [SP_FILE]: standard() };
    expect(codes(findingsOf(files), 'judul-ganda')).toEqual([]);
  });

  it('A → B → A and A → B → C → A: one warning per cycle, naming every document, instead of "successor superseded"', () => {
    const two = { 'content/sop/a.mdx': titled('Satu', '1', 'b'), 'content/sop/b.mdx': titled('Dua', '2', 'a') };
    const found = findingsOf(two);
    expect(codes(found, 'pengganti-berputar').map((f) => [f.file, f.severity, f.message.split(';')[0], f.alsoAt?.map((a) => a.file)])).toEqual([
      ['content/sop/a.mdx', 'warning', 'digantikan_oleh berputar: SOP Satu (a) → SOP Dua (b) → SOP Satu (a)', ['content/sop/b.mdx']],
    ]);
    expect(codes(found, 'pengganti-tidak-berlaku')).toEqual([]);
    const three = { 'content/sop/a.mdx': titled('Satu', '1', 'b'), 'content/sop/b.mdx': titled('Dua', '2', 'c'), 'content/sop/c.mdx': titled('Tiga', '3', 'a'), 'content/sop/d.mdx': titled('Empat', '4', 'a') };
    const round = findingsOf(three);
    expect(codes(round, 'pengganti-berputar').map((f) => f.message.split(';')[0])).toEqual(['digantikan_oleh berputar: SOP Satu (a) → SOP Dua (b) → SOP Tiga (c) → SOP Satu (a)']);
    // A document that leads into the cycle is not in it: its successor is superseded, as before.
    expect(codes(round, 'pengganti-tidak-berlaku').map((f) => f.file)).toEqual(['content/sop/d.mdx']);
  });
});
