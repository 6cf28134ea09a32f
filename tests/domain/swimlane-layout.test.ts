import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { edgeId, flowEdges } from '../../src/domain/flow/graph.ts';
import { halfWidthAt } from '../../src/domain/flowchart/geometry.ts';
import type { SopData, Step } from '../../src/domain/model/schema/sop.ts';
import { drawSwimlane, layoutSwimlane, textWidth, wrapText, type NodeBox, type Point, type SwimlaneLayout } from '../../src/domain/swimlane/index.ts';
import { readCorpus } from '../../src/node/read-corpus.ts';
import { PROJECT } from '../build/run-build.ts';
import { corpusOf, sopWith, VALID_SOP } from '../fixtures/minimal.ts';

/** The swimlane laid out in TypeScript: exact geometry, checked here without a browser (and in Chromium by tests/browser/swimlane.test.ts). */

const EPS = 0.6;

function onOutline(node: NodeBox, [x, y]: Point): boolean {
  const dx = Math.abs(x - node.cx);
  const dy = Math.abs(y - node.cy);
  if (dy > node.height / 2 + EPS) return false;
  const half = halfWidthAt(node.shape, Math.min(dy, node.height / 2), node);
  if (Math.abs(dx - half) <= EPS) return true;
  // The flat top and bottom (a rectangle's, a stadium's straight part); a diamond's tips.
  return Math.abs(dy - node.height / 2) <= EPS && dx <= half + EPS;
}

function strictlyInside(node: NodeBox, [x, y]: Point): boolean {
  const dx = Math.abs(x - node.cx);
  const dy = Math.abs(y - node.cy);
  if (dy >= node.height / 2 - 1) return false;
  return dx < halfWidthAt(node.shape, dy, node) - 1;
}

const same = (p: Point, q: Point) => p[0] === q[0] && p[1] === q[1];

/** Points every 1 px along a polyline. */
function samples(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (let i = 1; i < points.length; i++) {
    const [[x0, y0], [x1, y1]] = [points[i - 1]!, points[i]!];
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0)));
    for (let k = 0; k <= steps; k++) out.push([x0 + ((x1 - x0) * k) / steps, y0 + ((y1 - y0) * k) / steps]);
  }
  return out;
}

function expectSound(layout: SwimlaneLayout, name: string) {
  const lines = [...layout.edges.map((e) => e.points), ...layout.joins.map((j) => j.points), ...layout.links.map((k) => k.points)];
  // Arrows inside a row: from one node of the step to another, orthogonal, through no node.
  for (const link of layout.links) {
    const id = `${name} ${link.step}-${link.step}-r${link.index}`;
    const row = layout.nodes.filter((n) => n.step === link.step);
    expect(row.some((n) => onOutline(n, link.points[0]!)), `${id} starts on a node of its row`).toBe(true);
    expect(row.some((n) => onOutline(n, link.points.at(-1)!)), `${id} ends on a node of its row`).toBe(true);
    for (let i = 1; i < link.points.length; i++) expect(link.points[i - 1]![0] === link.points[i]![0] || link.points[i - 1]![1] === link.points[i]![1], `${id} is orthogonal`).toBe(true);
    const inner = samples(link.points).slice(2, -2);
    for (const node of layout.nodes) expect(inner.some((p) => strictlyInside(node, p)), `${id} crosses step ${node.step}`).toBe(false);
  }
  // No two lines run on one another (a line may cross another, never follow it).
  const segments = lines.flatMap((points) => points.slice(1).map((p, i) => [points[i]!, p] as const));
  for (let i = 0; i < segments.length; i++)
    for (let j = i + 1; j < segments.length; j++) {
      const [[a0, a1], [b0, b1]] = [segments[i]!, segments[j]!];
      const vertical = (s: readonly [Point, Point]) => s[0][0] === s[1][0];
      const overlap = (p: number, q: number, r: number, t: number) => Math.min(Math.max(p, q), Math.max(r, t)) - Math.max(Math.min(p, q), Math.min(r, t));
      const runs = vertical([a0, a1]) && vertical([b0, b1]) ? a0[0] === b0[0] && overlap(a0[1], a1[1], b0[1], b1[1]) > 1 : a0[1] === a1[1] && b0[1] === b1[1] && a0[1] === b0[1] && overlap(a0[0], a1[0], b0[0], b1[0]) > 1;
      // Lines that end at one node may merge as they reach it.
      if (runs && !(same(a1, b1))) expect.fail(`${name}: two lines run on one another at ${JSON.stringify([a0, a1])}`);
    }
  for (const route of layout.edges) {
    const id = `${name} ${route.edge.from}→${route.edge.to}`;
    expect(onOutline(route.source, route.points[0]!), `${id} starts on its source`).toBe(true);
    expect(onOutline(route.target, route.points.at(-1)!), `${id} ends on its target`).toBe(true);
    expect(route.source.step).toBe(route.edge.from);
    expect(route.target.step).toBe(route.edge.to);
    for (let i = 1; i < route.points.length; i++) {
      const [[x0, y0], [x1, y1]] = [route.points[i - 1]!, route.points[i]!];
      expect(x0 === x1 || y0 === y1, `${id} is orthogonal`).toBe(true);
    }
    const inner = samples(route.points).slice(2, -2);
    for (const node of layout.nodes) expect(inner.some((p) => strictlyInside(node, p)), `${id} crosses step ${node.step}`).toBe(false);
  }
  for (const l of [...layout.edges.flatMap((r) => (r.label ? [r.label] : [])), ...layout.links.flatMap((k) => (k.label ? [k.label] : []))]) {
    const route = { edge: { from: l.text, to: '' } };
    const box = { x0: l.x, x1: l.x + l.width, y0: l.y - 11, y1: l.y + 2 };
    const hit = lines.some((points) => samples(points).some(([x, y]) => x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1));
    expect(hit, `${name} label ${l.text} of ${route.edge.from}→${route.edge.to} sits on a line`).toBe(false);
    for (const node of layout.nodes) expect(strictlyInside(node, [l.x, l.y]), `${name} label inside step ${node.step}`).toBe(false);
  }
  for (const node of layout.nodes) {
    expect(node.cx + node.width / 2).toBeLessThanOrEqual(layout.width);
    expect(node.cy + node.height / 2).toBeLessThanOrEqual(layout.height);
  }
}

const LOOPS = `---
nomor: 061/ 100.2 /CONTOH
nama: Simpul dan putaran
unit: bidang-satu
pelaksana:
  - id: a
    nama: Pelaksana A
  - id: b
    nama: Pelaksana B
  - id: c
    nama: Pelaksana C
langkah:
  - id: mulai
    kegiatan: Pelaksana A dan Pelaksana C menerima berkas permohonan
    pelaksana: [a, c]
    waktu: 5 Menit
  - id: periksa
    kegiatan: Memeriksa kelengkapan
    pelaksana: b
    waktu: 5 Menit
    keputusan:
      pertanyaan: Berkas lengkap?
      tidak: mulai
  - kegiatan: Menilai isi
    pelaksana: c
    waktu: 5 Menit
    keputusan:
      pertanyaan: Perlu kajian?
      tidak: setuju
  - kegiatan: Mengkaji
    pelaksana: a
    waktu: 5 Menit
    keputusan:
      pertanyaan: Kajian selesai?
      tidak: periksa
  - id: setuju
    kegiatan: Menyetujui
    pelaksana: [b, a]
    waktu: 5 Menit
  - kegiatan: Mengarsipkan
    pelaksana: c
    waktu: 5 Menit
---
`;

describe('layoutSwimlane()', () => {
  it('every edge is orthogonal, leaves its source and ends on its target outline, crosses no node; labels sit off the lines', async () => {
    const corpus = corpusOf({ 'content/sop/contoh.mdx': VALID_SOP, 'content/sop/simpul.mdx': LOOPS });
    for (const doc of corpus.sops.values()) expectSound(layoutSwimlane(doc.data), doc.slug);
    const seeds = await readCorpus(PROJECT);
    for (const doc of seeds.sops.values()) expectSound(layoutSwimlane(doc.data), doc.slug);
    // Labelled three-way decisions, jumps and loops without a diamond, parallel targets, ends mid-table.
    const flow = await readCorpus(path.join(PROJECT, 'tests/fixtures/corpus-flow'));
    expect(flow.sops.size).toBeGreaterThan(0);
    for (const doc of flow.sops.values()) {
      const layout = layoutSwimlane(doc.data);
      expectSound(layout, doc.slug);
      expect(layout.edges.map((e) => e.edge), doc.slug).toEqual(expect.arrayContaining(flowEdges(doc.data.steps)));
      for (const e of layout.edges.filter((r) => r.edge.kind === 'branch')) expect(e.label?.text, `${doc.slug} ${e.edge.from}→${e.edge.to}`).toBe(e.edge.label);
    }
  });

  it('draws every flow edge once, a node per (step, actor), the lanes in column order', () => {
    const data = corpusOf({ 'content/sop/simpul.mdx': LOOPS }).sops.get('simpul')!.data;
    const layout = layoutSwimlane(data);
    expect(layout.lanes.map((l) => l.actorId)).toEqual(['a', 'b', 'c']);
    expect(layout.edges.map((e) => `${e.edge.from}-${e.edge.to}-${e.edge.kind}`).sort()).toEqual(flowEdges(data.steps).map((e) => `${e.from}-${e.to}-${e.kind}`).sort());
    expect(layout.nodes.filter((n) => n.step === 1).map((n) => [n.actorId, n.main])).toEqual([['a', true], ['c', false]]);
    // Step 5 lists b first: b's node is the main one, the line joins them left to right.
    expect(layout.nodes.filter((n) => n.step === 5).map((n) => [n.actorId, n.main])).toEqual([['a', false], ['b', true]]);
    expect(layout.joins.map((j) => j.step)).toEqual([1, 5]);
    // Loop-backs and the skip go through the gutter, right of the lanes; nested spans in inner lanes.
    const gutter = layout.edges.filter((e) => e.via === 'gutter');
    expect(gutter.map((e) => `${e.edge.from}-${e.edge.to}`).sort()).toEqual(['2-1', '3-5', '4-2']);
    const lanesRight = layout.lanes.at(-1)!.x + layout.lanes.at(-1)!.width;
    for (const e of gutter) expect(e.points[1]![0]).toBeGreaterThan(lanesRight);
  });

  it('rows follow the file order; a row holds one step', () => {
    const data = corpusOf({ 'content/sop/simpul.mdx': LOOPS }).sops.get('simpul')!.data;
    const layout = layoutSwimlane(data);
    const tops = data.steps.map((s) => Math.min(...layout.nodes.filter((n) => n.step === s.number).map((n) => n.cy - n.height / 2)));
    const bottoms = data.steps.map((s) => Math.max(...layout.nodes.filter((n) => n.step === s.number).map((n) => n.cy + n.height / 2)));
    for (let i = 1; i < tops.length; i++) expect(tops[i]).toBeGreaterThan(bottoms[i - 1]!);
  });

  it('gives a step without a known actor a lane of its own, rather than dropping it', () => {
    const base = corpusOf({ 'content/sop/contoh.mdx': VALID_SOP }).sops.get('contoh')!.data;
    const steps: Step[] = base.steps.map((s, i) => (i === 1 ? ({ ...s, actorIds: [] } as Step) : s));
    const layout = layoutSwimlane({ ...base, steps } as SopData, { unknownActorLabel: 'Tidak tertulis' });
    expect(layout.lanes.at(-1)).toMatchObject({ actorId: '', label: 'Tidak tertulis' });
    expect(layout.nodes.find((n) => n.step === 2)?.actorId).toBe('');
    expectSound(layout, 'unknown actor');
  });

  it('is deterministic', () => {
    const data = corpusOf({ 'content/sop/simpul.mdx': sopWith('Mengarsipkan', 'Mengarsipkan "berkas" <akhir> & selesai', LOOPS) }).sops.get('simpul')!.data;
    const a = drawSwimlane(data).svg;
    expect(drawSwimlane(data).svg).toBe(a);
    expect(a).toContain('&quot;berkas&quot; &lt;akhir&gt; &amp;');
  });
});

describe('drawSwimlane(): the SVG', () => {
  const data = corpusOf({ 'content/sop/simpul.mdx': LOOPS }).sops.get('simpul')!.data;
  const { svg } = drawSwimlane(data);

  it('marks every node with its step and actor, every arrow and label with the steps it joins', () => {
    expect(svg.match(/<g class="node" data-step="\d+" data-actor="[a-z]+"/g)).toHaveLength(8);
    for (const e of flowEdges(data.steps)) expect(svg).toContain(`data-from="${e.from}" data-to="${e.to}" data-edge="${edgeId(e)}"`);
    expect(svg.match(/class="edgeLabel"/g)).toHaveLength(6);
    expect(svg).toContain('data-edge="1-1-shared"');
  });

  it('is named by its title and description, and keeps text as text', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="sl-title sl-desc"/);
    expect(svg).toContain('<title id="sl-title">Diagram alir swimlane SOP Simpul dan putaran</title>');
    expect(svg).not.toContain('foreignObject');
    expect(svg).toContain('>2. Berkas lengkap?</tspan>');
  });
});

describe('text without a browser', () => {
  it('wraps at spaces, and after "/" inside a long word', () => {
    const lines = wrapText('1. Masyarakat/Koperasi/UMKM Melakukan Konsultasi', 120, 12);
    expect(lines.join(' ').replace(/\/ /g, '/')).toBe('1. Masyarakat/Koperasi/UMKM Melakukan Konsultasi');
    expect(lines.some((l) => l.endsWith('/'))).toBe(true);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(120);
  });

  it('cuts a word longer than a line between characters, losing nothing', () => {
    const lines = wrapText('Pertanggungjawabannya', 60, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Pertanggungjawabannya');
  });

  it('measures wider text as wider, bold wider than regular', () => {
    expect(textWidth('Tidak', 11)).toBeGreaterThan(textWidth('Ya', 11));
    expect(textWidth('Tidak', 11, true)).toBeGreaterThan(textWidth('Tidak', 11));
  });
});
