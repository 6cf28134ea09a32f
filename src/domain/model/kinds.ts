import { ui } from '../../i18n/id.ts';
import type { Corpus, CorpusDocument } from './corpus.ts';
import { sopFrontmatterSchema } from './schema/sop.ts';
import { standarPelayananFrontmatterSchema } from './schema/standar-pelayanan.ts';

/** The two kinds of document: an SOP AP (Permenpan-RB 35/2012) and a Standar Pelayanan (Permenpan-RB 15/2014). */
export type DocumentKind = 'sop' | 'sp';

/**
 * What differs between the two kinds, in one table. Code that needs one of these values reads it
 * here rather than asking `kind === 'sop'`; code that reads one kind's own data (an SOP's steps, a
 * standard's components) still asks `doc.kind`, which is how TypeScript knows the data's type.
 */
export const KINDS = {
  sop: {
    /** As the site writes the kind: before a title, in a list, a badge, a banner, a message. */
    name: ui.kindSop,
    /** The spelled-out name a title may already start with ("Standar Operasional Prosedur …"): the name is not said twice. */
    longNames: ui.kindSopLong,
    /** The folder under content/, and the first part of a document's id, page address and open data (`jenis`). */
    collection: 'sop',
    /** Where the corpus keeps the published documents of the kind. */
    corpusKey: 'sops',
    schema: sopFrontmatterSchema,
    /** A flow of steps: flowchart table, swimlane, BPMN process, pelaksana. */
    hasSteps: true,
    /** The printed page (PDF): the flowchart table needs landscape. */
    orientation: 'landscape',
    /** What the document's time total is called: the SOP's estimate over its steps. */
    totalName: ui.totalTime,
  },
  sp: {
    name: ui.kindSp,
    longNames: [],
    collection: 'standar-pelayanan',
    corpusKey: 'standards',
    schema: standarPelayananFrontmatterSchema,
    hasSteps: false,
    orientation: 'portrait',
    /** The time promised to the public. */
    totalName: ui.totalTimePromised,
  },
} as const;

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['sop', 'sp'];

export type Collection = (typeof KINDS)[DocumentKind]['collection'];

/** The folders under content/ that hold documents, one per kind. */
export const DOCUMENT_FOLDERS: readonly Collection[] = DOCUMENT_KINDS.map((k) => KINDS[k].collection);

/** "standar-pelayanan" -> "sp"; undefined for a folder that holds no kind. */
export const kindOfCollection = (collection: string): DocumentKind | undefined => DOCUMENT_KINDS.find((k) => KINDS[k].collection === collection);

/** The published documents of a kind. */
export const documentsOf = (corpus: Pick<Corpus, 'sops' | 'standards'>, kind: DocumentKind): ReadonlyMap<string, CorpusDocument> => corpus[KINDS[kind].corpusKey];
