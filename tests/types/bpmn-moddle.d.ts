// bpmn-moddle ships types for its BPMN elements but none for its entry point: the part we use.
declare module 'bpmn-moddle' {
  export interface ModdleElement {
    $type: string;
    id?: string;
    name?: string;
    // Moddle elements are dynamic: properties follow the BPMN meta-model.
    [property: string]: any;
    get(name: string): any;
  }
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    create(type: string, attrs?: Record<string, unknown>): ModdleElement;
    toXML(element: ModdleElement, options?: { format?: boolean }): Promise<{ xml: string }>;
    fromXML(xml: string, typeName?: string): Promise<{ rootElement: ModdleElement; warnings: Array<{ message: string }>; elementsById: Record<string, ModdleElement> }>;
  }
}
