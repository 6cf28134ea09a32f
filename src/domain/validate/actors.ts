import type { Corpus } from '../corpus.ts';
import type { Finding } from '../findings.ts';
import { findingAt, normaliseText } from './place.ts';

/**
 * Rule 4, the actor columns. A step actor that is not a declared column is a schema error already.
 * Here: columns nobody uses, two columns with one label, and roles named in a step's text that have
 * no column (domain.md §4: "Kadis", "Masyarakat/Koperasi" — a defect of the document worth reporting).
 */

/** Outsiders: any of these words in a column label is a column for the applicant / the public. */
const APPLICANT_COLUMN = /\b(pemohon|tamu|pengunjung|masyarakat|pengguna layanan|koperasi|umkm)\b/i;

interface Role {
  /** How the role is named in a step's text (any of these). */
  mention: readonly RegExp[];
  /** A column label that stands for the role (any of these). */
  column: readonly RegExp[];
}

const same = (...patterns: RegExp[]): Role => ({ mention: patterns, column: patterns });

/**
 * Kept short and conservative: roles of domain.md §4 and the glossary, matched as whole words,
 * case-insensitively except "TU" (capitals only, never the "tu" of a word). "Koperasi" and "UMKM"
 * count only in a compound with a slash ("Masyarakat/Koperasi/UMKM"), never in "Dinas Koperasi
 * UKM". Generic words (pegawai, pimpinan, peserta) are left out: they name no column.
 */
export const ROLES: readonly Role[] = [
  same(/\b(?:kadis|kepala dinas)\b/i),
  same(/\b(?:kabid|kepala bidang)\b/i),
  { mention: [/\b(?:masyarakat|koperasi|umkm)(?:\s*\/\s*(?:masyarakat|koperasi|umkm))+\b/i, /\bmasyarakat\b/i], column: [APPLICANT_COLUMN] },
  { mention: [/\bpemohon\b/i], column: [APPLICANT_COLUMN] },
  { mention: [/\b(?:tamu|pengunjung)(?:\s*\/\s*(?:tamu|pengunjung))*\b/i], column: [APPLICANT_COLUMN] },
  same(/\beselon\b/i),
  same(/\bpetugas teknis\b/i),
  same(/\b(?:petugas pelayanan|front office)\b/i),
  same(/\bppid\b/i),
  same(/\bTU\b/, /\btata usaha\b/i),
  same(/\bketua tim\b/i),
  same(/\banggota tim\b/i),
  same(/\bpejabat level 1\b/i),
  same(/\bpejabat level 2\b/i),
];

const firstMatch = (patterns: readonly RegExp[], text: string): string | undefined => {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return m[0];
  }
  return undefined;
};

export function actorFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  for (const doc of corpus.sops.values()) {
    const { actors, steps } = doc.data;
    const used = new Set(steps.flatMap((s) => s.actorIds));
    const byLabel = new Map<string, number>();
    actors.forEach((actor, i) => {
      if (!used.has(actor.id))
        out.push(findingAt(doc, ['pelaksana', i, 'id'], 'pelaksana-tak-dipakai', `kolom pelaksana "${actor.label}" (${actor.id}) tidak dipakai langkah mana pun`));
      const key = normaliseText(actor.label);
      const first = byLabel.get(key);
      if (first === undefined) byLabel.set(key, i);
      else
        out.push(findingAt(doc, ['pelaksana', i, 'nama'], 'pelaksana-ganda',
          `kolom pelaksana "${actor.label}" (${actor.id}) bernama sama dengan kolom ke-${first + 1} (${actors[first]!.id}); pembaca tidak bisa membedakan keduanya`));
    });
    const labels = actors.map((a) => a.label);
    steps.forEach((step, i) => {
      const named = new Set<string>();
      for (const role of ROLES) {
        const text = firstMatch(role.mention, step.activity);
        if (text === undefined || labels.some((label) => firstMatch(role.column, label) !== undefined)) continue;
        if (named.has(text.toLowerCase())) continue;
        named.add(text.toLowerCase());
        out.push(findingAt(doc, ['langkah', i, 'kegiatan'], 'peran-tanpa-kolom',
          `langkah ${step.number} menyebut "${text}", tetapi tidak ada kolom pelaksana untuk peran itu (kolom: ${labels.join(', ')})`, { step: step.number }));
      }
    });
  }
  return out;
}
