import type { Severity } from './finding.ts';

/**
 * Every finding code, with its severity and a one-line explanation (Indonesian, then English). The
 * compliance report and README.md are written from this table; a test keeps the three
 * in step.
 */
export interface RuleInfo {
  code: string;
  severity: Severity;
  /** Rule family: where the rule lives. */
  family: 'baca' | 'keamanan' | 'waktu' | 'alur' | 'pelaksana' | 'identitas' | 'rujukan' | 'status' | 'salin-tempel' | 'monev';
  /** Indonesian, for the report page. */
  description: string;
  /** English meaning, for the README. */
  english: string;
}

export const RULES: readonly RuleInfo[] = [
  // Reading the files (src/domain/model/frontmatter.ts, corpus.ts, schema/*.ts)
  { code: 'yaml', severity: 'error', family: 'baca', description: 'Frontmatter YAML tidak terbaca.', english: 'The YAML frontmatter does not parse.' },
  { code: 'frontmatter', severity: 'error', family: 'baca', description: 'Berkas tidak diawali frontmatter di antara dua baris "---".', english: 'The file does not start with frontmatter between two "---" lines.' },
  { code: 'nama-berkas', severity: 'error', family: 'baca', description: 'Nama berkas bukan content/sop/<id>.mdx atau content/standar-pelayanan/<id>.mdx.', english: 'The file name is not content/sop/<id>.mdx or content/standar-pelayanan/<id>.mdx.' },
  {
    code: 'schema', severity: 'error', family: 'baca',
    description: 'Isian tidak sesuai skema: kunci tak dikenal, isian wajib kosong, tanggal yang tidak ada, pelaksana langkah yang bukan kolom, tujuan keputusan atau lanjut yang bukan id langkah, keputusan dengan ya/tidak sekaligus cabang, dugaan untuk kunci yang kosong.',
    english: 'A field does not match the schema: unknown key, missing field, impossible date, a step actor that is not a column, a decision or lanjut target that is not a step id, a decision with both ya/tidak and cabang, dugaan naming an empty key.',
  },
  { code: 'berkas-tak-terbaca', severity: 'error', family: 'baca', description: 'Berkas atau folder yang tidak dapat dibaca: tidak ada (folder content/, content/organisasi.yaml), tautan simbolik yang tidak menunjuk apa pun, atau tanpa izin baca.', english: 'A file or folder that cannot be read: missing (the content/ folder, content/organisasi.yaml), a symbolic link to nothing, or not readable.' },
  { code: 'berkas-ganda', severity: 'error', family: 'baca', description: 'Dua berkas untuk satu dokumen (x.md di samping x.mdx): satu dokumen, satu berkas .mdx.', english: 'Two files for one document (x.md beside x.mdx): one document, one .mdx file.' },
  { code: 'mdx', severity: 'error', family: 'baca', description: 'Isi dokumen (di bawah frontmatter) bukan MDX yang sah.', english: 'The body (below the frontmatter) is not valid MDX.' },

  // Safety (src/domain/model/safety/, contact.ts): nothing an author writes runs in a reader's browser or on the build machine
  { code: 'html-mentah', severity: 'error', family: 'keamanan', description: 'Tag HTML atau JSX di isi dokumen (<script>, <img onerror>, <iframe>, …): isi hanya boleh Markdown.', english: 'Raw HTML or JSX in the body (<script>, <img onerror>, <iframe>, …): the body is Markdown only.' },
  { code: 'kode-mdx', severity: 'error', family: 'keamanan', description: 'import/export atau ekspresi {…} di isi dokumen: kode yang dijalankan saat membangun (catatan {/* … */} boleh).', english: 'import/export or a {…} expression in the body: code run at build time ({/* … */} comments are allowed).' },
  { code: 'tautan-tidak-aman', severity: 'error', family: 'keamanan', description: 'Tautan atau gambar di isi dokumen menuju javascript:, data: atau skema lain selain https, http, mailto, tel.', english: 'A body link or image goes to javascript:, data: or another scheme than https, http, mailto, tel.' },
  { code: 'tautan-menyesatkan', severity: 'error', family: 'keamanan', description: 'Teks tautan menampilkan alamat, e-mail atau nomor lain dari tujuan tautannya.', english: 'A link’s visible text shows another address, e-mail or number than where it goes.' },
  { code: 'alamat-tidak-sah', severity: 'error', family: 'keamanan', description: 'Alamat saluran pengaduan tidak sah untuk jenisnya: telepon/WhatsApp bukan nomor, e-mail bukan alamat e-mail, situs bukan https://.', english: 'A complaint channel address is not valid for its kind: a phone or WhatsApp that is not a number, an e-mail that is not one, a site that is not https://.' },
  { code: 'tautan-keluar', severity: 'error', family: 'keamanan', description: 'Berkas atau folder di content/ yang berupa tautan simbolik ke luar folder content/: tidak dibaca, isinya tidak dicetak dan tidak diterbitkan.', english: 'A file or folder under content/ that is a symbolic link leading out of content/: not read, never printed or published.' },
  { code: 'karakter-tersembunyi', severity: 'error', family: 'keamanan', description: 'Karakter tak terlihat (pemaksa arah kanan-ke-kiri, spasi lebar-nol, tanda hubung lunak, karakter tag, …) atau karakter kendali (NUL, ESC, …) di nama, nomor atau teks lain.', english: 'An invisible character (right-to-left override, zero-width space, soft hyphen, tag characters, …) or a control character (NUL, ESC, …) in a name, nomor or other text.' },
  { code: 'unit-tidak-dikenal', severity: 'error', family: 'baca', description: 'unit: tidak ada di content/organisasi.yaml.', english: 'unit: names no unit of content/organisasi.yaml.' },
  { code: 'rujukan-tidak-ada', severity: 'error', family: 'rujukan', description: 'keterkaitan[].sop atau sop[] menyebut id SOP yang tidak ada.', english: 'A keterkaitan or Standar Pelayanan sop id names no published SOP.' },
  { code: 'rujukan-draf', severity: 'error', family: 'status', description: 'keterkaitan[].sop atau sop[] menyebut SOP berstatus draf, yang tidak diterbitkan.', english: 'A keterkaitan or Standar Pelayanan sop id names a draft SOP, which is not published.' },
  { code: 'pengganti-tidak-ada', severity: 'error', family: 'status', description: 'digantikan_oleh menyebut dokumen yang tidak ada, masih draf, atau dirinya sendiri.', english: 'digantikan_oleh names no document of the same kind, a draft, or the document itself.' },
  { code: 'teks-terlalu-panjang', severity: 'warning', family: 'baca', description: 'Satu nilai frontmatter lebih dari 2.000 karakter: mungkin teks lain ikut tersalin. Ditampilkan utuh.', english: 'One frontmatter value is longer than 2,000 characters: other text may have been pasted with it. Shown whole.' },
  { code: 'impor-tak-terbaca', severity: 'warning', family: 'baca', description: 'Dokumen hasil impor PDF (npm run impor): nilai yang tidak terbaca dari PDF (impor.catatan), satu temuan per catatan; periksa dengan PDF aslinya.', english: 'A document written by the PDF importer: each value it could not read (impor.catatan); check it against the PDF.' },
  { code: 'impor-no-bukan-nomor', severity: 'warning', family: 'baca', description: 'Dokumen hasil impor PDF: kolom No. sebuah langkah berisi teks, bukan nomor langkah tercetak ("1", "1.", "(1)", "9a") — tanda kolom tabel terbaca salah; periksa dengan PDF aslinya.', english: 'A document written by the PDF importer: a step\'s No. holds text, not a printed step number — a sign the table\'s columns were misread; check it against the PDF.' },

  // Timings (validate/timings.ts)
  { code: 'waktu-kosong', severity: 'warning', family: 'waktu', description: 'Langkah tanpa waktu (kosong atau "-"); total waktu SOP tidak menghitungnya.', english: 'A step has no waktu (empty or "-"); the SOP total leaves it out and says so.' },
  {
    code: 'waktu-tak-terbaca', severity: 'info', family: 'waktu',
    description: 'Waktu yang tidak terbaca sebagai lama waktu (bukan angka dengan satuan, bukan "maksimal …", "Sesuai …", "Semesteran", dsb.): ditampilkan apa adanya dan tidak ikut dihitung.',
    english: 'A waktu that reads as no known form (an amount with a unit, a bound, a period, "Sesuai …"): shown as written, not counted.',
  },
  { code: 'waktu-salah-ketik', severity: 'warning', family: 'waktu', description: 'Waktu yang tidak terbaca hanya karena satuannya salah satu huruf ("15 Menitt"): pesan menyebut satuan yang dimaksud; waktu itu tidak ikut dihitung sampai dibetulkan.', english: 'A waktu that does not read only because its unit is one letter off ("15 Menitt"): the message names the likely unit; it is not counted until mended.' },
  {
    code: 'waktu-bertentangan', severity: 'warning', family: 'waktu',
    description: 'Teks langkah menyebut waktu lain daripada kolom waktunya: jumlah hari yang sama tetapi jenis hari lain ("14 hari kalender" di kegiatan, "14 hari kerja" di waktu; "hari" saja dihitung sebagai hari kerja), atau batas ("paling lambat 3 hari kerja") yang lebih pendek dari waktunya.',
    english: 'A step’s text states another time than its waktu: the same number of days but another kind of day ("14 hari kalender" against "14 hari kerja"; plain "hari" counts as a working day), or a limit ("paling lambat 3 hari kerja") shorter than its waktu.',
  },
  {
    code: 'waktu-total', severity: 'info', family: 'waktu',
    description: 'Total waktu SOP: jalur terpendek dan jalur dengan tiap putaran balik sekali, dalam menit, hari kalender terpisah, ditambah langkah yang waktunya bukan angka atau kosong (disebut nomornya), dengan aturan hitungan hari bila dipakai.',
    english: 'SOP totals: the shortest path and the path taking every loop-back once, in minutes with calendar days apart, plus the steps whose time is not a number or missing (by number), with the day rule when used.',
  },
  { code: 'waktu-melebihi-sp', severity: 'warning', family: 'waktu', description: 'Jalur terpendek SOP lebih lama dari jangka waktu yang dijanjikan Standar Pelayanan yang dijalankannya (untuk perbandingan, 7 hari kalender dianggap 5 hari kerja).', english: 'The SOP’s shortest path takes longer than the completion time its Standar Pelayanan promises (comparing, 7 calendar days count as 5 working days).' },
  { code: 'waktu-putaran-melebihi-sp', severity: 'info', family: 'waktu', description: 'Dengan putaran balik, SOP lebih lama dari jangka waktu Standar Pelayanan (jalur terpendek masih cukup).', english: 'With its loop-backs the SOP takes longer than the Standar Pelayanan promise (the shortest path fits).' },
  { code: 'sp-tanpa-sop', severity: 'info', family: 'waktu', description: 'Standar Pelayanan tidak menyebut SOP yang menjalankannya; janji waktunya tidak bisa dibandingkan.', english: 'A Standar Pelayanan names no SOP that carries it out; its promise cannot be checked.' },

  // Flow (validate/flow.ts)
  { code: 'alur-tak-terjangkau', severity: 'error', family: 'alur', description: 'Langkah tidak bisa dicapai dari langkah pertama.', english: 'A step cannot be reached from the first step.' },
  { code: 'alur-buntu', severity: 'error', family: 'alur', description: 'Dari langkah ini akhir alur (langkah terakhir atau langkah "selesai") tidak bisa dicapai, misalnya putaran tanpa jalan keluar.', english: 'No end (the last step or a "selesai" step) can be reached from this step, e.g. a loop without a way out.' },
  { code: 'keputusan-tanpa-cabang', severity: 'error', family: 'alur', description: 'Keputusan dengan satu cabang saja (tanpa cabang "Tidak").', english: 'A decision has a single branch (no "Tidak").' },
  { code: 'keputusan-cabang-sama', severity: 'warning', family: 'alur', description: 'Dua cabang keputusan menuju langkah yang sama.', english: 'Two branches of a decision go to the same step.' },
  { code: 'alur-ke-diri-sendiri', severity: 'warning', family: 'alur', description: 'Cabang keputusan (atau "lanjut") yang kembali ke langkahnya sendiri: tidak ada yang berubah sebelum langkah itu diulang.', english: 'A decision branch (or a "lanjut") that leads back to its own step: nothing changes before the step is repeated.' },
  { code: 'penomoran-tidak-urut', severity: 'warning', family: 'alur', description: 'Nomor tercetak (langkah SOP, butir daftar Standar Pelayanan) melompat, berulang, mundur atau mulai lagi, atau baris SOP tanpa nomor di antara baris bernomor; nomor tetap ditampilkan seperti tercetak.', english: 'Printed numbers (SOP steps, items of a Standar Pelayanan list) skip, repeat, run backwards or start again, or an SOP row is unnumbered between numbered ones; they are still shown as printed.' },
  { code: 'syarat-tanpa-keputusan', severity: 'info', family: 'alur', description: 'Langkah yang dijalankan dengan syarat ("apabila diperlukan", "jika ada …") tanpa keputusan di bagan alir yang menggambarkan syarat itu.', english: 'A step done on a condition ("apabila diperlukan", "jika ada …") that no decision of the flowchart draws.' },
  { code: 'langkah-tanpa-pelaksana', severity: 'warning', family: 'pelaksana', description: 'Langkah tanpa pelaksana (tidak terbaca di sumber); bagan alir tidak menggambar simbolnya.', english: 'A step has no pelaksana (unreadable in the source); the flowchart draws no symbol for it.' },

  // Actors (validate/actors.ts)
  { code: 'pelaksana-tak-dipakai', severity: 'warning', family: 'pelaksana', description: 'Kolom pelaksana yang tidak dipakai langkah mana pun.', english: 'A declared actor column is used by no step.' },
  { code: 'pelaksana-ganda', severity: 'warning', family: 'pelaksana', description: 'Dua kolom pelaksana dengan nama yang sama.', english: 'Two actor columns have the same label.' },
  { code: 'peran-tanpa-kolom', severity: 'info', family: 'pelaksana', description: 'Teks langkah menyebut peran (Kadis, Masyarakat, Pemohon, …) sebagai pelaku, padahal peran itu tidak punya kolom pelaksana; penerima ("… kepada Kadis") tidak dihitung.', english: 'A step’s text names a role (Kadis, Masyarakat, Pemohon, …) as a doer and it has no actor column; a recipient ("… kepada Kadis") does not count.' },
  { code: 'pelaksana-berbeda', severity: 'warning', family: 'pelaksana', description: 'Teks langkah menyebut kolom pelaksana lain sebagai pelakunya (di awal kalimat, atau sesudah "oleh" dalam kalimat pasif; nama yang ditulis mirip ikut dihitung), tetapi simbol langkah ada di kolom lain. "… yang diberikan oleh pemohon" menyebut pemberi, bukan pelaku.', english: 'A step’s text names another actor column as its doer (at the start, or after "oleh" in a passive sentence; a near-spelling counts) while its symbol is in another column. "… yang diberikan oleh pemohon" names the giver, not the doer.' },
  { code: 'pelaksana-ditulis-lain', severity: 'info', family: 'pelaksana', description: 'Teks langkah menulis nama kolom pelaksana dengan ejaan lain ("Petugas pelayanan" untuk kolom "Petugas Layanan").', english: 'A step’s text spells an actor column’s name otherwise ("Petugas pelayanan" for the column "Petugas Layanan").' },
  { code: 'kolom-bukan-peran', severity: 'info', family: 'pelaksana', description: 'Kolom pelaksana menamai tempat, benda atau sistem (Aplikasi, Sistem, Website, Berkas, Sarana, Ruang …), bukan peran.', english: 'An actor column names a place, a thing or a system (application, website, file, facility, room …), not a role.' },

  // Identity (validate/identity.ts)
  { code: 'nomor-kosong', severity: 'warning', family: 'identitas', description: 'Nomor SOP kosong atau tanpa nomor urut ("061/ /DISKOPUKM"): belum diberi nomor.', english: 'The SOP number is empty or has a blank sequence: never assigned.' },
  { code: 'nomor-ganda', severity: 'error', family: 'identitas', description: 'Nomor yang sama dipakai lebih dari satu dokumen (spasi diabaikan).', english: 'The same number (spaces ignored) is used by more than one document.' },
  { code: 'tanggal-tidak-urut', severity: 'warning', family: 'identitas', description: 'Tanggal efektif atau tanggal revisi lebih awal dari tanggal pembuatan.', english: 'The effective or revision date is earlier than the date drafted.' },
  { code: 'nip-tidak-sah', severity: 'error', family: 'identitas', description: 'NIP bukan 18 angka, atau tanggal lahir / TMT di dalamnya tidak ada, atau jenis kelamin bukan 1/2.', english: 'The NIP is not 18 digits, or its embedded birth or appointment date is not real, or its sex digit is not 1/2.' },
  { code: 'tanggal-kosong', severity: 'warning', family: 'identitas', description: 'Tanggal pembuatan atau tanggal efektif (apa pun labelnya di naskah) kosong.', english: 'The date drafted or the effective date (whatever its printed label) is empty.' },
  { code: 'tanggal-tidak-ada', severity: 'warning', family: 'identitas', description: 'Tanggal yang tertulis di naskah tidak ada di kalender ("31-9-2023"); teksnya disimpan di tertulis:, tanggalnya dibiarkan kosong.', english: 'A printed date does not exist ("31-9-2023"); its text is kept in tertulis:, the typed date left empty.' },
  { code: 'tertulis-berbeda', severity: 'info', family: 'identitas', description: 'Teks yang tertulis di naskah (tertulis:) berbeda dari nilai yang diketik.', english: 'The printed text kept in tertulis: differs from the typed value.' },
  { code: 'nama-terpotong', severity: 'warning', family: 'identitas', description: 'Nama terpotong di satu tempat dan utuh di tempat lain (nama SOP di blok identitas, kolom pelaksana, kop).', english: 'A name is cut off in one place and whole in another (the title in the identity block, an actor column, the kop).' },
  { code: 'judul-ganda', severity: 'warning', family: 'identitas', description: 'Dua dokumen sejenis dengan judul yang sama (huruf besar-kecil, spasi dan awalan "SOP" diabaikan): keterkaitan menurut judul tidak menemukan keduanya.', english: 'Two documents of one kind share a title (case, spacing and an "SOP" prefix ignored): a keterkaitan by title finds neither.' },
  { code: 'disahkan-kosong', severity: 'warning', family: 'identitas', description: 'SOP bertanggal efektif tanpa "Disahkan oleh".', english: 'An SOP with an effective date has no "disahkan oleh" (signatory).' },

  // Cross-references (validate/references.ts)
  { code: 'rujukan-belum-tersedia', severity: 'warning', family: 'rujukan', description: 'Keterkaitan (menurut nomor atau judul) yang belum terbit di sini; sekali per nomor atau judul, dengan semua dokumen yang merujuknya.', english: 'A keterkaitan (by number or title) not published here; once per number or title, with every citing document.' },
  {
    code: 'rujukan-tidak-cocok', severity: 'warning', family: 'rujukan',
    description: 'Nomor dan judul keterkaitan (atau sop: <id>) menunjuk SOP yang berbeda; atau rujukan di teks langkah ("Lihat SOP …") ditulis lain daripada entri Keterkaitan yang diwakilinya.',
    english: 'A keterkaitan’s number and title (or its sop: id) name different SOPs; or a reference in a step’s text ("Lihat SOP …") is written otherwise than the keterkaitan entry it stands for.',
  },
  { code: 'rujukan-diri-sendiri', severity: 'warning', family: 'rujukan', description: 'Keterkaitan, atau rujukan di teks langkah, menunjuk SOP itu sendiri (judulnya ditulis lengkap pun: "STANDAR OPERASIONAL PROSEDUR …", titik di akhir).', english: 'A keterkaitan, or a reference in a step’s text, names the SOP itself (also by its title written out: "STANDAR OPERASIONAL PROSEDUR …", a final ".").' },
  { code: 'rujukan-tanpa-keterkaitan', severity: 'warning', family: 'rujukan', description: 'Teks langkah merujuk SOP ("Lihat SOP …", "sesuai SOP …") yang tidak tercantum di kotak Keterkaitan.', english: 'A step’s text cites an SOP ("Lihat SOP …", "sesuai SOP …") that the Keterkaitan box does not list.' },
  { code: 'rujukan-lingkup', severity: 'info', family: 'rujukan', description: 'Keterkaitan berjudul "Seluruh SOP di lingkungan …": itu lingkup, tulis sebagai lingkup:, bukan judul.', english: 'A keterkaitan titled "Seluruh SOP di lingkungan …" is a scope; write it as lingkup:, not judul:.' },

  // Boxes and step texts (validate/boxes.ts)
  { code: 'kotak-kosong', severity: 'warning', family: 'identitas', description: 'Salah satu dari enam kotak SOP (Dasar Hukum, Kualifikasi Pelaksana, Keterkaitan, Peralatan/Perlengkapan, Peringatan, Pencatatan dan Pendataan) kosong.', english: 'One of the six SOP boxes is empty.' },
  { code: 'butir-ganda', severity: 'warning', family: 'identitas', description: 'Butir yang sama ditulis dua kali dalam satu kotak SOP atau satu daftar Standar Pelayanan, atau peraturan yang sama disebut dua kali (dalam satu butir, atau di dua butir dengan tulisan lain).', english: 'The same item is written twice in one SOP box or Standar Pelayanan list, or the same regulation is cited twice (in one item, or in two items written differently).' },
  { code: 'butir-kosong', severity: 'warning', family: 'identitas', description: 'Butir judul tanpa isi di daftar Standar Pelayanan ("7. Administrasi" tanpa rincian, sementara butir setingkatnya berisi rincian).', english: 'A heading item with nothing under it in a Standar Pelayanan list, while the items beside it have items under them.' },
  { code: 'kalimat-terpotong', severity: 'warning', family: 'identitas', description: 'Kegiatan atau keterangan langkah berakhir di tengah kalimat ("… dan", "… yang", koma di akhir); atau butir kotak/daftar berakhir dengan ":" tanpa butir yang melanjutkannya.', english: 'A step’s kegiatan or keterangan ends mid-sentence ("… dan", "… yang", a trailing comma); or a box or list item ends in ":" and no item continues it.' },
  { code: 'salah-ketik', severity: 'warning', family: 'identitas', description: 'Salah ketik atau sisa ekstraksi di teks dokumen: garis miring terbalik, koma/titik koma/titik dua ganda, dua titik, spasi tepat di dalam kurung ("( bila perlu"), kata yang sama dua kali berturut-turut ("tentang tentang").', english: 'A slip of typing or extraction in a document’s text: a backslash, a doubled comma, semicolon or colon, two full stops, a space just inside a bracket, the same word twice in a row.' },
  { code: 'spasi-kata', severity: 'warning', family: 'identitas', description: 'Dua kata tanpa spasi ("TerkiniProvinsi") atau satu kata terpisah spasi ("rekomen dasi"), menurut kata-kata yang dipakai di seluruh dokumen.', english: 'Two words glued by a missing space ("TerkiniProvinsi") or a word split by a space ("rekomen dasi"), judged by the words of the whole corpus.' },
  { code: 'ejaan', severity: 'info', family: 'identitas', description: 'Kata yang hanya dipakai sekali dan berbeda satu huruf dari kata yang sering dipakai di dokumen-dokumen ini ("Kualias"/"kualitas"): mungkin salah ketik.', english: 'A word used once that is one letter from a word the corpus uses often ("Kualias"/"kualitas"): possibly a slip.' },

  // Status lifecycle (validate/lifecycle.ts)
  { code: 'rujukan-tidak-berlaku', severity: 'warning', family: 'status', description: 'Dokumen yang berlaku merujuk (keterkaitan atau sop[]) SOP yang sudah digantikan atau dicabut.', english: 'A document in force cites (keterkaitan or sop) an SOP that has been superseded or revoked.' },
  { code: 'pengganti-tidak-berlaku', severity: 'warning', family: 'status', description: 'Dokumen pengganti (digantikan_oleh) sendiri sudah digantikan atau dicabut.', english: 'The successor named by digantikan_oleh is itself superseded or revoked.' },
  { code: 'pengganti-berputar', severity: 'warning', family: 'status', description: 'Rantai digantikan_oleh kembali ke dokumen awalnya (A → B → A): tidak satu pun dokumen itu berlaku.', english: 'A chain of digantikan_oleh comes back to where it started (A → B → A): none of those documents is in force.' },
  { code: 'digantikan-tanpa-pengganti', severity: 'warning', family: 'status', description: 'Dokumen berstatus digantikan tanpa digantikan_oleh: pembaca tidak tahu penggantinya.', english: 'A superseded document does not say which document replaces it (no digantikan_oleh).' },

  { code: 'sp-komponen-kosong', severity: 'warning', family: 'identitas', description: 'Standar Pelayanan dengan komponen wajib (14 komponen Permenpan-RB 15/2014) yang kosong, disebut dengan labelnya; atau komponen pengaduan yang tercetak tanpa saluran pengaduan atau tanpa alur penanganannya.', english: 'A Standar Pelayanan leaves required components (the 14 of Permenpan-RB 15/2014) empty, named by their labels; or prints its complaint component without the channels or without the complaint flow.' },

  // Copy-paste (validate/copy-paste.ts)
  { code: 'salin-tempel', severity: 'info', family: 'salin-tempel', description: 'Kotak Peringatan, Pencatatan dan Pendataan, atau seluruh langkah sama persis di beberapa SOP; atau Persyaratan atau Prosedur sama persis di beberapa Standar Pelayanan untuk layanan lain: mungkin tersalin.', english: 'The Peringatan or Pencatatan box, or the whole list of steps, is identical in several SOPs; or the Persyaratan or procedure is identical in Standar Pelayanan of other services: possibly copied.' },

  // Monitoring and evaluation records (validate/monev.ts; their keys and file names: model/records.ts)
  { code: 'monev-sop-tidak-ada', severity: 'error', family: 'monev', description: 'Catatan pemantauan atau evaluasi di folder yang namanya bukan id SOP yang terbit (tidak ada, atau masih draf).', english: 'A monitoring or evaluation record sits in a folder that names no published SOP (none, or a draft).' },
  { code: 'monev-langkah-tidak-ada', severity: 'error', family: 'monev', description: 'Catatan pemantauan menilai langkah yang tidak ada di SOP-nya.', english: 'A monitoring record assesses a step the SOP does not have.' },
  { code: 'monev-tanggal-mendatang', severity: 'error', family: 'monev', description: 'Catatan pemantauan atau evaluasi bertanggal sesudah tanggal acuan (commit terbaru folder content/).', english: 'A monitoring or evaluation record is dated after the reference date (the newest commit of content/).' },
];

export const RULE_BY_CODE: ReadonlyMap<string, RuleInfo> = new Map(RULES.map((r) => [r.code, r]));

/** The rules as a Markdown table (README.md keeps a copy; a test compares them). */
export function rulesMarkdownTable(): string {
  const severity = { error: 'error (galat: build berhenti)', warning: 'warning (peringatan)', info: 'info' } as const;
  const cell = (t: string) => t.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [
    '| kode | tingkat | penjelasan | meaning |',
    '| --- | --- | --- | --- |',
    ...RULES.map((r) => `| \`${r.code}\` | ${severity[r.severity]} | ${cell(r.description)} | ${cell(r.english)} |`),
  ].join('\n');
}
