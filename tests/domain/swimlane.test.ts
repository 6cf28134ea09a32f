import { describe, expect, it } from 'vitest';
import type { SopData, Step } from '../../src/domain/model/schema/sop.ts';
import { escapeLabel } from '../../src/domain/mermaid/index.ts';
import { shorten, stepLabel, swimlane, swimlaneSource, withoutActor } from '../../src/domain/swimlane/mermaid.ts';
import { readCorpus } from '../../src/node/read-corpus.ts';
import { corpusOf, VALID_SOP } from '../fixtures/minimal.ts';

type StepInput = Pick<Step, 'activity'> & { actors: string | string[]; decision?: { question: string; yes: number; no?: number } };

/** A model built directly: actors a, b, c unless given; steps numbered in order. */
function sop(steps: StepInput[], actors = ['a', 'b', 'c']): Pick<SopData, 'title' | 'actors' | 'steps'> {
  return {
    title: 'Contoh',
    actors: actors.map((id) => ({ id, label: `Pelaksana ${id.toUpperCase()}` })),
    steps: steps.map((s, i) => ({
      number: i + 1,
      printedNumber: String(i + 1),
      inferred: [],
      activity: s.activity,
      actorIds: typeof s.actors === 'string' ? [s.actors] : s.actors,
      inputs: '',
      timeText: '',
      output: '',
      notes: '',
      ...(s.decision
        ? {
            decision: {
              question: s.decision.question,
              branches: [
                { label: 'Ya', to: s.decision.yes, short: 'yes' as const },
                ...(s.decision.no !== undefined ? [{ label: 'Tidak', to: s.decision.no, short: 'no' as const }] : []),
              ],
            },
          }
        : {}),
    })),
  };
}

/**
 * Reads the generated source back: lanes with their node lines, and edges. A small parser for
 * exactly the syntax swimlane() writes, so the tests check the text mermaid receives.
 */
function readSource(source: string) {
  const lanes: Array<{ id: string; label: string; nodes: Array<{ id: string; shape: string; label: string }> }> = [];
  const edges: Array<{ from: string; arrow: string; to: string }> = [];
  for (const line of source.split('\n')) {
    let m: RegExpExecArray | null;
    if ((m = /^ {2}subgraph (\w+)\["(.*)"\]$/.exec(line))) lanes.push({ id: m[1]!, label: m[2]!, nodes: [] });
    else if ((m = /^ {4}(\w+)(\(\[|\[|\{)"(.*)"(\]\)|\]|\})$/.exec(line)))
      lanes.at(-1)!.nodes.push({ id: m[1]!, shape: { '([': 'terminator', '[': 'process', '{': 'decision' }[m[2]!]!, label: m[3]! });
    else if ((m = /^ {2}(\w+) (---|-->|-->\|Ya\||-->\|Tidak\|) (\w+)$/.exec(line))) edges.push({ from: m[1]!, arrow: m[2]!, to: m[3]! });
  }
  return { lanes, edges, nodes: lanes.flatMap((l) => l.nodes) };
}

describe('swimlane(): the model as mermaid swimlane-beta source', () => {
  const corpus = corpusOf({ 'content/sop/contoh.mdx': VALID_SOP });
  const data = corpus.sops.get('contoh')!.data;

  it('writes the whole fixture SOP as expected', () => {
    expect(swimlaneSource(data)).toBe(`---
config:
  swimlane:
    ignoreCrossLaneEdges: false
---
swimlane-beta TB
  accTitle: Diagram alir swimlane SOP Contoh Prosedur
  accDescr: 4 langkah dalam 2 jalur pelaksana (Ketua Tim Kerja, Anggota Tim Kerja). Teks lengkap setiap langkah ada di tabel langkah.
  subgraph P1["Ketua Tim Kerja"]
    L1(["1. Memerintahkan anggota tim"])
    L3{"3. Draf disetujui?"}
  end
  subgraph P2["Anggota Tim Kerja"]
    L2["2. Menyusun draf"]
    L3_2{"3. Draf disetujui?"}
    L4(["4. Mendokumentasikan"])
  end
  L3 --- L3_2
  L1 --> L2
  L2 --> L3
  L3_2 -->|Ya| L4
  L3_2 -->|Tidak| L2
`);
  });

  it('draws one lane per pelaksana, in the SOP column order, leaving out columns with no step', () => {
    const model = sop([{ activity: 'Satu', actors: 'c' }, { activity: 'Dua', actors: 'a' }, { activity: 'Tiga', actors: 'c' }], ['a', 'b', 'c']);
    const { lanes } = readSource(swimlaneSource(model));
    expect(lanes.map((l) => [l.id, l.label])).toEqual([
      ['P1', 'Pelaksana A'],
      ['P3', 'Pelaksana C'],
    ]);
    expect(swimlane(model).lanes.map((l) => l.actorId)).toEqual(['a', 'b', 'c']);
  });

  it('gives every step one node L<number> in its actor lane, with the shape of the flow graph', () => {
    const model = sop([
      { activity: 'Mulai', actors: 'a' },
      { activity: 'Proses', actors: 'b' },
      { activity: 'Periksa', actors: 'c', decision: { question: 'Benar?', yes: 4, no: 2 } },
      { activity: 'Selesai', actors: 'a' },
    ]);
    const { lanes, nodes } = readSource(swimlaneSource(model));
    expect(nodes.map((n) => [n.id, n.shape])).toEqual(
      expect.arrayContaining([
        ['L1', 'terminator'],
        ['L2', 'process'],
        ['L3', 'decision'],
        ['L4', 'terminator'],
      ]),
    );
    expect(nodes).toHaveLength(4);
    const laneOf = (id: string) => lanes.find((l) => l.nodes.some((n) => n.id === id))!.id;
    expect(['L1', 'L2', 'L3', 'L4'].map(laneOf)).toEqual(['P1', 'P2', 'P3', 'P1']);
  });

  it('a decision as first or last step stays a diamond', () => {
    const model = sop([
      { activity: 'Cek', actors: 'a', decision: { question: 'Ada?', yes: 2, no: 2 } },
      { activity: 'Cek lagi', actors: 'a', decision: { question: 'Lagi?', yes: 1 } },
    ]);
    expect(readSource(swimlaneSource(model)).nodes.map((n) => n.shape)).toEqual(['decision', 'decision']);
  });

  it('writes Ya/Tidak edges for every decision, loop-backs included, and plain arrows otherwise', () => {
    const model = sop([
      { activity: 'Siapkan', actors: 'a' },
      { activity: 'Susun', actors: 'b' },
      { activity: 'Periksa', actors: 'c', decision: { question: 'Lengkap?', yes: 4, no: 2 } },
      { activity: 'Setujui', actors: 'a', decision: { question: 'Setuju?', yes: 5, no: 4 } },
      { activity: 'Arsipkan', actors: 'b' },
    ]);
    expect(readSource(swimlaneSource(model)).edges).toEqual([
      { from: 'L1', arrow: '-->', to: 'L2' },
      { from: 'L2', arrow: '-->', to: 'L3' },
      { from: 'L3', arrow: '-->|Ya|', to: 'L4' },
      { from: 'L3', arrow: '-->|Tidak|', to: 'L2' },
      { from: 'L4', arrow: '-->|Ya|', to: 'L5' },
      { from: 'L4', arrow: '-->|Tidak|', to: 'L4' },
    ]);
    expect(swimlane(model).edges.filter((e) => e.loopBack).map((e) => [e.from, e.to])).toEqual([
      ['L3', 'L2'],
      ['L4', 'L4'],
    ]);
  });

  describe('a step with several pelaksana', () => {
    const model = sop([
      { activity: 'Ajukan', actors: 'a' },
      { activity: 'Terima bersama', actors: ['a', 'c', 'b'] },
      { activity: 'Tindak lanjut', actors: 'b' },
    ]);
    const { lanes, nodes, edges } = readSource(swimlaneSource(model));

    it('has one node per actor: L<n> in the first actor lane, L<n>_2, L<n>_3 in the others, same label and shape', () => {
      const step2 = nodes.filter((n) => /^L2(_\d+)?$/.test(n.id));
      expect(step2.map((n) => n.id)).toEqual(['L2', 'L2_3', 'L2_2']); // lane order P1, P2, P3
      expect(new Set(step2.map((n) => `${n.shape} ${n.label}`)).size).toBe(1);
      const laneOf = (id: string) => lanes.find((l) => l.nodes.some((n) => n.id === id))!.label;
      expect(['L2', 'L2_2', 'L2_3'].map(laneOf)).toEqual(['Pelaksana A', 'Pelaksana C', 'Pelaksana B']);
    });

    it('chains them with plain lines in the listed order; arrows arrive at L<n> and leave from the last', () => {
      expect(edges).toEqual([
        { from: 'L2', arrow: '---', to: 'L2_2' },
        { from: 'L2_2', arrow: '---', to: 'L2_3' },
        { from: 'L1', arrow: '-->', to: 'L2' },
        { from: 'L2_3', arrow: '-->', to: 'L3' },
      ]);
      const model2 = swimlane(model);
      expect(model2.lanes.flatMap((l) => l.nodes).filter((n) => n.main).map((n) => n.id)).toEqual(['L1', 'L2', 'L3']);
    });

    it('names an actor listed twice once', () => {
      const twice = sop([{ activity: 'Satu', actors: ['a', 'a'] }]);
      expect(readSource(swimlaneSource(twice)).nodes.map((n) => n.id)).toEqual(['L1']);
    });
  });

  it('is deterministic', () => {
    expect(swimlaneSource(data)).toBe(swimlaneSource(structuredClone(data)));
  });

  it('has accTitle and accDescr on one line each', () => {
    const model = sop([{ activity: 'Satu', actors: 'a' }]);
    model.title = 'Judul\ndua baris';
    const lines = swimlaneSource(model).split('\n');
    expect(lines).toContain('  accTitle: Diagram alir swimlane SOP Judul dua baris');
    expect(lines.filter((l) => l.startsWith('  accDescr: '))).toHaveLength(1);
  });
});

describe('labels', () => {
  it.each([
    ['plain words', 'plain words'],
    ['Dokumen "lengkap"', 'Dokumen \u201clengkap\u201d'],
    ['Kata "tanpa penutup', 'Kata \u201dtanpa penutup'],
    ['[Draf] (revisi) {v2}', '[Draf] (revisi) {v2}'],
    ['Bahan/Materi; Surat | A --> B', 'Bahan/Materi; Surat | A --> B'],
    ['No. #5 & <b>tebal</b>', 'No. #5 & <b>tebal</b>'],
    ['Tanda #penting; di sini', 'Tanda \uff03penting; di sini'],
    ['kode `x`', "kode 'x'"],
    ['Baris\nbaru   dan  spasi', 'Baris baru dan spasi'],
  ])('escapeLabel(%j) = %j', (input, expected) => {
    expect(escapeLabel(input)).toBe(expected);
  });

  it('keeps every label inside its quotes, whatever the text', () => {
    const nasty = 'Periksa "berkas" [lengkap]; {revisi} (a/b) #1 <i>x</i> & `y` | z';
    const source = swimlaneSource(sop([{ activity: nasty, actors: 'a' }, { activity: 'x', actors: 'b', decision: { question: nasty, yes: 3, no: 1 } }]));
    const { nodes } = readSource(source);
    expect(nodes).toHaveLength(2);
    for (const n of nodes) expect(n.label).not.toMatch(/["`]|#\w+;/);
  });

  it.each([
    ['Menyusun draf', 'Menyusun draf'],
    ['Menerima surat masuk dari pemohon narasumber', 'Menerima surat masuk dari pemohon…'],
    ['Bahan bimbingan dan pendampingan di lapangan disetujui?', 'Bahan bimbingan dan pendampingan…?'],
    ['Mendokumentasikan.', 'Mendokumentasikan'],
    ['Sangatpanjangsekalitanpaspasiyangtidakadahabisnyaini', 'Sangatpanjangsekalitanpaspasiyangt…'],
  ])('shorten(%j) = %j', (input, expected) => {
    expect(shorten(input)).toBe(expected);
    expect(shorten(input).replace(/…\??$/, '').length).toBeLessThanOrEqual(34);
  });

  it.each([
    ['Petugas Teknis mencatat surat', ['PETUGAS TEKNIS'], 'Mencatat surat'],
    ['Eselon/ Fungsional khusus melakukan disposisi', ['ESELON/FUNGSIONAL KHUSUS'], 'Melakukan disposisi'],
    ['Pejabat Level 2 mengonsep kebutuhan', ['Pejabat Level 2 (Pimpinan Unit)'], 'Mengonsep kebutuhan'],
    ['Kadis memberikan persetujuan', ['Pejabat Level 1'], 'Kadis memberikan persetujuan'],
    ['Petugas Teknis', ['Petugas Teknis'], 'Petugas Teknis'],
    ['Petugasnya mencatat', ['Petugas'], 'Petugasnya mencatat'],
  ])('withoutActor(%j, %j) = %j', (activity, labels, expected) => {
    expect(withoutActor(activity, labels)).toBe(expected);
  });

  it('starts with the step number; a decision shows its question', () => {
    const [first, second] = sop([{ activity: 'Menyusun draf', actors: 'a' }, { activity: 'Meneliti', actors: 'a', decision: { question: 'Draf disetujui?', yes: 3 } }]).steps;
    expect(stepLabel(first!)).toBe('1. Menyusun draf');
    expect(stepLabel(second!)).toBe('2. Draf disetujui?');
  });
});

describe('the seed SOPs', async () => {
  const corpus = await readCorpus(process.cwd());
  for (const doc of corpus.sops.values()) {
    it(`${doc.slug}: one main node per step, every edge between declared nodes`, () => {
      const { nodes, edges } = readSource(swimlaneSource(doc.data));
      const main = nodes.filter((n) => /^L\d+$/.test(n.id)).map((n) => n.id);
      expect(main.sort()).toEqual(doc.data.steps.map((s) => `L${s.number}`).sort());
      const declared = new Set(nodes.map((n) => n.id));
      for (const e of edges) expect(declared.has(e.from) && declared.has(e.to)).toBe(true);
      const decisions = doc.data.steps.filter((s) => s.decision);
      const branches = decisions.flatMap((s) => s.decision!.branches);
      expect(edges.filter((e) => e.arrow === '-->|Ya|')).toHaveLength(branches.filter((b) => b.label === 'Ya').length);
      expect(edges.filter((e) => e.arrow === '-->|Tidak|')).toHaveLength(branches.filter((b) => b.label === 'Tidak').length);
    });
  }
});

describe('the notes beside the diagram', () => {
  it('explain joined symbols, arrows inside a row and dashed lines only where the SOP draws them', async () => {
    const { swimlaneNotes } = await import('../../src/domain/swimlane/index.ts');
    const plain = corpusOf({ 'content/sop/a.mdx': VALID_SOP }).sops.get('a')!.data;
    expect(swimlaneNotes(plain)).toEqual({ together: true, inRow: false, dashed: false });
    const flow = await readCorpus('tests/fixtures/corpus-flow');
    expect(swimlaneNotes(flow.sops.get('penerbitan-persetujuan-bangunan-gedung')!.data)).toEqual({ together: true, inRow: true, dashed: true });
    expect(swimlaneNotes(flow.sops.get('tindak-lanjut-hasil-audit')!.data)).toEqual({ together: false, inRow: false, dashed: false });
  });
});
