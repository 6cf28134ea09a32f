import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import type { SopData } from '../schema/sop.ts';
import { bpmnModel, type BpmnModel, type Point, type Rect } from './layout.ts';

/**
 * Writes an SOP as a BPMN 2.0 file (XML with diagram interchange) through bpmn-moddle, the
 * meta-model library of bpmn.io, so that bpmn.io, Camunda Modeler and other process tools open it
 * laid out as laid out in layout.ts.
 */

const TYPE = { start: 'bpmn:StartEvent', end: 'bpmn:EndEvent', task: 'bpmn:UserTask', gateway: 'bpmn:ExclusiveGateway' } as const;

export async function sopToBpmn(sop: SopData, slug: string): Promise<string> {
  return modelToXml(bpmnModel(sop, slug), slug);
}

/** One meta-model for every file: setting it up (registering the BPMN types) costs more than writing one SOP. */
let shared: BpmnModdle | undefined;

export async function modelToXml(model: BpmnModel, slug: string): Promise<string> {
  const moddle = (shared ??= new BpmnModdle());
  const bounds = (r: Rect) => moddle.create('dc:Bounds', { ...r });
  const point = (p: Point) => moddle.create('dc:Point', { ...p });

  const elements = new Map<string, ModdleElement>();
  for (const node of model.nodes) {
    const element = moddle.create(TYPE[node.kind], { id: node.id, name: node.name, incoming: [], outgoing: [] });
    if (node.documentation) element.documentation = [moddle.create('bpmn:Documentation', { text: node.documentation })];
    elements.set(node.id, element);
  }
  const flows = model.flows.map((f) => {
    const source = elements.get(f.from)!;
    const target = elements.get(f.to)!;
    const flow = moddle.create('bpmn:SequenceFlow', { id: f.id, sourceRef: source, targetRef: target, ...(f.name === undefined ? {} : { name: f.name }) });
    source.outgoing.push(flow);
    target.incoming.push(flow);
    return flow;
  });
  const lanes = model.lanes.map((lane, i) =>
    moddle.create('bpmn:Lane', { id: lane.id, name: lane.name, flowNodeRef: model.nodes.filter((n) => n.lane === i).map((n) => elements.get(n.id)!) }),
  );
  const process = moddle.create('bpmn:Process', {
    id: model.processId,
    name: model.pool.name,
    isExecutable: false,
    laneSets: [moddle.create('bpmn:LaneSet', { id: 'LaneSet_1', lanes })],
    flowElements: [...elements.values(), ...flows],
  });
  const participant = moddle.create('bpmn:Participant', { id: model.pool.id, name: model.pool.name, processRef: process });
  const collaboration = moddle.create('bpmn:Collaboration', { id: 'Collaboration_1', participants: [participant] });

  const shapes: ModdleElement[] = [
    moddle.create('bpmndi:BPMNShape', { id: `${model.pool.id}_di`, bpmnElement: participant, isHorizontal: true, bounds: bounds(model.pool.bounds) }),
    ...model.lanes.map((lane, i) => moddle.create('bpmndi:BPMNShape', { id: `${lane.id}_di`, bpmnElement: lanes[i], isHorizontal: true, bounds: bounds(lane.bounds) })),
    ...model.nodes.map((node) => {
      const attrs: Record<string, unknown> = { id: `${node.id}_di`, bpmnElement: elements.get(node.id), bounds: bounds(node.bounds) };
      // Events carry their name below them; a gateway its question above it, clear of the "Tidak"
      // branch that usually leaves it downwards to loop back.
      if (node.kind !== 'task') {
        const width = node.kind === 'gateway' ? 150 : 60;
        const height = node.kind === 'gateway' ? 40 : 14;
        const y = node.kind === 'gateway' ? node.bounds.y - height - 6 : node.bounds.y + node.bounds.height + 5;
        attrs.label = moddle.create('bpmndi:BPMNLabel', { bounds: bounds({ x: node.bounds.x + node.bounds.width / 2 - width / 2, y, width, height }) });
      }
      if (node.kind === 'gateway') attrs.isMarkerVisible = true;
      return moddle.create('bpmndi:BPMNShape', attrs);
    }),
    ...model.flows.map((f, i) =>
      moddle.create('bpmndi:BPMNEdge', {
        id: `${f.id}_di`,
        bpmnElement: flows[i],
        waypoint: f.waypoints.map(point),
        ...(f.labelBounds ? { label: moddle.create('bpmndi:BPMNLabel', { bounds: bounds(f.labelBounds) }) } : {}),
      }),
    ),
  ];
  const plane = moddle.create('bpmndi:BPMNPlane', { id: 'BPMNPlane_1', bpmnElement: collaboration, planeElement: shapes });
  const definitions = moddle.create('bpmn:Definitions', {
    id: `Definitions_${slug.replace(/[^A-Za-z0-9]/g, '_')}`,
    targetNamespace: 'http://bpmn.io/schema/bpmn',
    exporter: 'Portal SOP',
    exporterVersion: '1',
    rootElements: [collaboration, process],
    diagrams: [moddle.create('bpmndi:BPMNDiagram', { id: 'BPMNDiagram_1', plane })],
  });
  const { xml } = await moddle.toXML(definitions, { format: true });
  return xml;
}
