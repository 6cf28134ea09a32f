import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { modelToXml, sopToBpmn } from '../../src/domain/export/bpmn/export.ts';
import { bpmnModel, type BpmnModel, type Rect } from '../../src/domain/export/bpmn/layout.ts';
import { flowEdges } from '../../src/domain/flow/graph.ts';
import { readCorpus } from '../../src/node/read-corpus.ts';

const corpus = await readCorpus(process.cwd());
const seeds = [...corpus.sops.values()];
/** The flow fixtures: three-way decisions, jumps, parallel work, and the drawn forms of issue 24. */
const drawn = [...(await readCorpus('tests/fixtures/corpus-flow')).sops.values()];

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('BPMN 2.0 export', () => {
  it.each(seeds.map((doc) => [doc.slug, doc] as const))('%s reads back with the same lanes, tasks, gateways and flows', async (slug, doc) => {
    const sop = doc.data;
    const xml = await sopToBpmn(sop, slug);
    const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
    expect(warnings.map((w) => w.message)).toEqual([]);
    const process = rootElement.rootElements.find((e: ModdleElement) => e.$type === 'bpmn:Process');
    const collaboration = rootElement.rootElements.find((e: ModdleElement) => e.$type === 'bpmn:Collaboration');
    expect(collaboration.participants[0].processRef).toBe(process);

    // One lane per pelaksana, in column order.
    const lanes: ModdleElement[] = process.laneSets[0].lanes;
    expect(lanes.map((l) => l.name)).toEqual(sop.actors.map((a) => a.label));

    const byType = (type: string): ModdleElement[] => process.flowElements.filter((e: ModdleElement) => e.$type === type);
    const tasks = byType('bpmn:UserTask');
    expect(tasks.map((t) => t.name)).toEqual(sop.steps.map((s) => s.activity));
    expect(byType('bpmn:ExclusiveGateway').map((g) => g.name)).toEqual(sop.steps.filter((s) => s.decision).map((s) => s.decision!.question));
    expect(byType('bpmn:StartEvent')).toHaveLength(1);
    expect(byType('bpmn:EndEvent')).toHaveLength(1);
    // Each task sits in the lane of its (first) pelaksana.
    sop.steps.forEach((step, i) => {
      const lane = lanes.find((l) => l.flowNodeRef.includes(tasks[i]))!;
      expect(lane.name).toBe(sop.actors.find((a) => a.id === step.actorIds[0])!.label);
    });

    // The flows are the step graph's edges: step -> step, decisions through their gateway with the branch label.
    const stepOf = (e: ModdleElement) => (e.$type === 'bpmn:EndEvent' ? 'selesai' : e.$type === 'bpmn:StartEvent' ? 'mulai' : Number(/_(\d+)$/.exec(e.id!)![1]));
    const flows = byType('bpmn:SequenceFlow')
      .filter((f) => !(f.sourceRef.$type === 'bpmn:UserTask' && f.targetRef.$type === 'bpmn:ExclusiveGateway'))
      .map((f) => `${stepOf(f.sourceRef)} -> ${stepOf(f.targetRef)}${f.name ? ` [${f.name}]` : ''}`);
    const expected = [
      'mulai -> 1',
      ...flowEdges(sop.steps).map((e) => `${e.from} -> ${e.to}${e.label ? ` [${e.label}]` : ''}`),
      `${sop.steps.length} -> selesai`,
    ];
    expect(flows.sort()).toEqual(expected.sort());

    // Diagram interchange: every element drawn, nodes inside their lane and apart, flows inside the pool.
    const plane = rootElement.diagrams[0].plane;
    const drawn = new Map<ModdleElement, ModdleElement>(plane.planeElement.map((d: ModdleElement) => [d.bpmnElement, d]));
    for (const e of [...process.flowElements, ...lanes, collaboration.participants[0]]) expect(drawn.has(e), e.id).toBe(true);
    const pool: Rect = drawn.get(collaboration.participants[0])!.bounds;
    for (const e of [collaboration.participants[0], ...lanes]) expect(drawn.get(e)!.isHorizontal, e.id).toBe(true);
    for (const g of byType('bpmn:ExclusiveGateway')) expect(drawn.get(g)!.isMarkerVisible, g.id).toBe(true);
    const nodes = process.flowElements.filter((e: ModdleElement) => e.$type !== 'bpmn:SequenceFlow');
    for (const node of nodes) {
      const lane = lanes.find((l) => l.flowNodeRef.includes(node))!;
      expect(inside(drawn.get(node)!.bounds, drawn.get(lane)!.bounds), node.id).toBe(true);
      for (const other of nodes) if (other !== node) expect(overlap(drawn.get(node)!.bounds, drawn.get(other)!.bounds), `${node.id} ${other.id}`).toBe(false);
    }
    for (const f of byType('bpmn:SequenceFlow')) {
      const points: Array<{ x: number; y: number }> = drawn.get(f)!.waypoint;
      expect(points.length).toBeGreaterThanOrEqual(2);
      for (const p of points) expect(inside({ ...p, width: 0, height: 0 }, pool), f.id).toBe(true);
      // Orthogonal segments only.
      for (let i = 1; i < points.length; i++) expect(points[i]!.x === points[i - 1]!.x || points[i]!.y === points[i - 1]!.y).toBe(true);
    }
  });

  // export.ts writes the XML itself; bpmn-moddle, which reads and writes BPMN for bpmn.io, must read
  // it and write back the very same bytes: same elements, attributes, order, escaping and layout.
  const roundTrip = async (xml: string) => {
    const moddle = new BpmnModdle();
    const { rootElement, warnings } = await moddle.fromXML(xml);
    expect(warnings.map((w) => w.message)).toEqual([]);
    return (await moddle.toXML(rootElement, { format: true })).xml;
  };

  it.each(seeds.map((doc) => [doc.slug, doc] as const))('%s is written byte for byte as bpmn-moddle writes it', async (slug, doc) => {
    const xml = sopToBpmn(doc.data, slug);
    expect(await roundTrip(xml)).toBe(xml);
  });

  it('escapes names and notes as bpmn-moddle does, and writes a lane with no step', async () => {
    const doc = seeds.find((d) => d.data.steps.some((s) => s.decision))!;
    const model: BpmnModel = structuredClone(bpmnModel(doc.data, doc.slug));
    const hostile = 'Kepala "Bidang" & <Seksi>\nke-2 \'TU\'\n\r';
    model.pool.name = hostile;
    model.lanes[0]!.name = hostile;
    model.lanes.push({ id: `Lane_${model.lanes.length + 1}`, name: '', bounds: { x: 30, y: 900, width: 100, height: 100 } });
    const task = model.nodes.find((n) => n.kind === 'task')!;
    task.name = hostile;
    task.documentation = `Kelengkapan: ${hostile}`;
    model.flows.find((f) => f.name)!.name = hostile;
    const xml = modelToXml(model, 'a/b c');
    expect(xml).toContain('&#34;Bidang&#34; &#38; &#60;Seksi&#62;&#10;ke-2 &#39;TU&#39;');
    expect(xml).toContain('&lt;Seksi&gt;');
    expect(await roundTrip(xml)).toBe(xml);
  });

  it('routes no flow through a node it does not connect', () => {
    for (const doc of [...seeds, ...drawn]) {
      const model = bpmnModel(doc.data, doc.slug);
      const byId = new Map(model.nodes.map((n) => [n.id, n]));
      for (const flow of model.flows) {
        for (let i = 1; i < flow.waypoints.length; i++) {
          const [a, b] = [flow.waypoints[i - 1]!, flow.waypoints[i]!];
          const segment = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x) || 0.1, height: Math.abs(a.y - b.y) || 0.1 };
          for (const node of model.nodes) {
            if (node.id === flow.from || node.id === flow.to) continue;
            expect(overlap(segment, node.bounds), `${doc.slug} ${flow.id} crosses ${byId.get(node.id)!.id}`).toBe(false);
          }
        }
      }
    }
  });

  it('carries each step’s mutu baku as the task documentation', async () => {
    const doc = corpus.sops.get('penyiapan-bahan-materi-diklat')!;
    const model = bpmnModel(doc.data, doc.slug);
    const first = model.nodes.find((n) => n.step === 1 && n.kind === 'task')!;
    expect(first.documentation).toContain(`Waktu: ${doc.data.steps[0]!.timeText}`);
    const xml = await sopToBpmn(doc.data, doc.slug);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<bpmn:definitions /);
    expect(xml).toContain('<bpmn:laneSet id="LaneSet_1">');
  });

  it('draws a row’s own symbols and the arrows between them, labels on any arrow, and says a dashed line (issue 24)', async () => {
    const doc = drawn.find((d) => d.slug === 'penerbitan-persetujuan-bangunan-gedung')!;
    const xml = sopToBpmn(doc.data, doc.slug);
    expect(await roundTrip(xml)).toBe(xml);
    const model = bpmnModel(doc.data, doc.slug);
    const lane = (id: string) => model.lanes[model.nodes.find((n) => n.id === id)!.lane]!.name;
    // Row 6: the task and diamond of Verifikator, a diamond for Tim Teknis, a box for Kepala Bidang, each in its lane.
    expect(model.nodes.filter((n) => n.step === 6).map((n) => [n.id, n.kind, lane(n.id)])).toEqual([
      ['Task_6', 'task', 'Verifikator Berkas Administrasi'],
      ['Gateway_6', 'gateway', 'Verifikator Berkas Administrasi'],
      ['Gateway_6_2', 'gateway', 'Tim Profesi Ahli / Tim Teknis Lapangan'],
      ['Task_6_3', 'task', 'Kepala Bidang Perizinan Bangunan'],
    ]);
    const flows = (from: string) => model.flows.filter((f) => f.from === from).map((f) => [f.to, f.name ?? '', f.documentation ?? '']);
    expect(flows('Gateway_6')).toEqual([['Gateway_6_2', 'Perlu peninjauan lapangan', ''], ['Task_6_3', 'Tidak perlu peninjauan', '']]);
    expect(flows('Gateway_6_2')).toEqual([['Task_7', 'Memenuhi syarat teknis', ''], ['Task_5', 'Belum memenuhi syarat', 'garis putus-putus']]);
    expect(flows('Task_6_3')).toEqual([['Task_10', '', '']]);
    // A single labelled exit keeps its label; an unlabelled choice has none; a diamond without a question, no name.
    expect(flows('Task_3')).toEqual([['Task_4', 'Y', '']]);
    expect(flows('Gateway_10')).toEqual([['Task_11', '', ''], ['Task_9', '', 'garis putus-putus']]);
    expect(xml).toMatch(/<bpmn:exclusiveGateway id="Gateway_10">/);
    // The joint first row: a terminator with arrows to two boxes, each in its lane.
    expect(flows('Task_1')).toEqual([['Task_1_2', '', ''], ['Task_1_3', '', '']]);
    expect(flows('Task_1_2')).toEqual([['Task_2', '', '']]);
  });
});
