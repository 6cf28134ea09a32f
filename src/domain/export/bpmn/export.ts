import type { SopData } from '../../model/index.ts';
import { bpmnModel, type BpmnFlow, type BpmnModel, type BpmnNode, type Rect } from './layout.ts';
import { xmlSafe } from '../../text/index.ts';

/**
 * Writes an SOP as a BPMN 2.0 file (XML with diagram interchange), laid out as in layout.ts, so
 * that bpmn.io, Camunda Modeler and other process tools open it.
 *
 * The XML is written here directly, byte for byte as bpmn-moddle (the meta-model library of
 * bpmn.io) writes the same model: building the model through bpmn-moddle cost 3 ms per SOP, 6 s of
 * a 2,000-SOP build, for a fixed shape of file. tests/domain/bpmn.test.ts reads every file back
 * with bpmn-moddle and checks that writing it again gives the same bytes.
 */

const TAG = { start: 'bpmn:startEvent', end: 'bpmn:endEvent', task: 'bpmn:userTask', gateway: 'bpmn:exclusiveGateway' } as const;

const NAMESPACES =
  'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" ' +
  'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"';

export function sopToBpmn(sop: SopData, slug: string): string {
  return modelToXml(bpmnModel(sop, slug), slug);
}

/** bpmn-moddle's escaping: attribute values as numeric references, "\n" included; text as named ones. */
const ATTRIBUTE_ESCAPES: Record<string, string> = { '\n': '&#10;', '\n\r': '&#10;', '"': '&#34;', "'": '&#39;', '<': '&#60;', '>': '&#62;', '&': '&#38;' };
const attr = (value: string | number) => `"${xmlSafe(String(value)).replace(/<|>|'|"|&|\n\r|\n/g, (c) => ATTRIBUTE_ESCAPES[c]!)}"`;
const text = (value: string) => xmlSafe(value).replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!);

export function modelToXml(model: BpmnModel, slug: string): string {
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const line = (depth: number, s: string) => lines.push(`${'  '.repeat(depth)}${s}`);
  const bounds = (depth: number, r: Rect) => line(depth, `<dc:Bounds x=${attr(r.x)} y=${attr(r.y)} width=${attr(r.width)} height=${attr(r.height)} />`);
  const label = (depth: number, r: Rect) => {
    line(depth, '<bpmndi:BPMNLabel>');
    bounds(depth + 1, r);
    line(depth, '</bpmndi:BPMNLabel>');
  };
  // A gateway whose diamond prints no question has no name.
  const name = (s: string | undefined) => (s === undefined || s === '' ? '' : ` name=${attr(s)}`);

  line(0, `<bpmn:definitions ${NAMESPACES} id=${attr(`Definitions_${slug.replace(/[^A-Za-z0-9]/g, '_')}`)} targetNamespace="http://bpmn.io/schema/bpmn" exporter="Portal SOP" exporterVersion="1">`);
  line(1, '<bpmn:collaboration id="Collaboration_1">');
  line(2, `<bpmn:participant id=${attr(model.pool.id)}${name(model.pool.name)} processRef=${attr(model.processId)} />`);
  line(1, '</bpmn:collaboration>');

  line(1, `<bpmn:process id=${attr(model.processId)}${name(model.pool.name)} isExecutable="false">`);
  line(2, '<bpmn:laneSet id="LaneSet_1">');
  model.lanes.forEach((lane, i) => {
    const refs = model.nodes.filter((n) => n.lane === i);
    const open = `<bpmn:lane id=${attr(lane.id)}${name(lane.name)}`;
    if (refs.length === 0) line(3, `${open} />`);
    else {
      line(3, `${open}>`);
      for (const node of refs) line(4, `<bpmn:flowNodeRef>${text(node.id)}</bpmn:flowNodeRef>`);
      line(3, '</bpmn:lane>');
    }
  });
  line(2, '</bpmn:laneSet>');
  for (const node of model.nodes) flowNode(node);
  for (const f of model.flows) {
    const open = `<bpmn:sequenceFlow id=${attr(f.id)}${name(f.name)} sourceRef=${attr(f.from)} targetRef=${attr(f.to)}`;
    if (!f.documentation) line(2, `${open} />`);
    else {
      line(2, `${open}>`);
      line(3, `<bpmn:documentation>${text(f.documentation)}</bpmn:documentation>`);
      line(2, '</bpmn:sequenceFlow>');
    }
  }
  line(1, '</bpmn:process>');

  line(1, '<bpmndi:BPMNDiagram id="BPMNDiagram_1">');
  line(2, '<bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Collaboration_1">');
  shape(model.pool.id, model.pool.bounds, ' isHorizontal="true"');
  for (const lane of model.lanes) shape(lane.id, lane.bounds, ' isHorizontal="true"');
  for (const node of model.nodes) shape(node.id, node.bounds, node.kind === 'gateway' ? ' isMarkerVisible="true"' : '', nodeLabel(node));
  for (const f of model.flows) edge(f);
  line(2, '</bpmndi:BPMNPlane>');
  line(1, '</bpmndi:BPMNDiagram>');
  line(0, '</bpmn:definitions>');
  return `${lines.join('\n')}\n`;

  function flowNode(node: BpmnNode) {
    const incoming = model.flows.filter((f) => f.to === node.id);
    const outgoing = model.flows.filter((f) => f.from === node.id);
    const open = `<${TAG[node.kind]} id=${attr(node.id)}${name(node.name)}`;
    if (!node.documentation && incoming.length + outgoing.length === 0) {
      line(2, `${open} />`);
      return;
    }
    line(2, `${open}>`);
    if (node.documentation) line(3, `<bpmn:documentation>${text(node.documentation)}</bpmn:documentation>`);
    for (const f of incoming) line(3, `<bpmn:incoming>${text(f.id)}</bpmn:incoming>`);
    for (const f of outgoing) line(3, `<bpmn:outgoing>${text(f.id)}</bpmn:outgoing>`);
    line(2, `</${TAG[node.kind]}>`);
  }

  function shape(id: string, r: Rect, extra: string, labelBounds?: Rect) {
    line(3, `<bpmndi:BPMNShape id=${attr(`${id}_di`)} bpmnElement=${attr(id)}${extra}>`);
    bounds(4, r);
    if (labelBounds) label(4, labelBounds);
    line(3, '</bpmndi:BPMNShape>');
  }

  function edge(f: BpmnFlow) {
    line(3, `<bpmndi:BPMNEdge id=${attr(`${f.id}_di`)} bpmnElement=${attr(f.id)}>`);
    for (const p of f.waypoints) line(4, `<di:waypoint x=${attr(p.x)} y=${attr(p.y)} />`);
    if (f.labelBounds) label(4, f.labelBounds);
    line(3, '</bpmndi:BPMNEdge>');
  }
}

/**
 * Events carry their name below them; a gateway its question above it, clear of the "Tidak"
 * branch that usually leaves it downwards to loop back. Tasks show their name inside.
 */
function nodeLabel(node: BpmnNode): Rect | undefined {
  if (node.kind === 'task') return undefined;
  const width = node.kind === 'gateway' ? 150 : 60;
  const height = node.kind === 'gateway' ? 40 : 14;
  const y = node.kind === 'gateway' ? node.bounds.y - height - 6 : node.bounds.y + node.bounds.height + 5;
  return { x: node.bounds.x + node.bounds.width / 2 - width / 2, y, width, height };
}
