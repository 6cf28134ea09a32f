import { isAlias, isCollection, isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { Finding } from '../findings/index.ts';
import { excerpt } from '../text/index.ts';

/**
 * Frontmatter read with positions, so that a schema issue at zod's path ['langkah', 3, 'pelaksana']
 * (shown as `langkah 4 › pelaksana`) becomes `content/sop/x.mdx:41:18`. Pure: takes the file's text, never touches the disk.
 */

export type FieldPath = ReadonlyArray<PropertyKey>;

export interface Position {
  line: number;
  column: number;
}

/**
 * A parsed file as plain data (no functions, no YAML nodes), so that a reader can keep it between
 * builds (src/node/read-corpus.ts keeps it on disk) and a corpus of 5,000 files does not hold
 * every file's YAML tree in memory. `locate` answers where a field path sits.
 */
export interface ParsedSource {
  /** The frontmatter as plain data; undefined when the YAML itself is broken. */
  data: unknown;
  /** The MDX body after the closing `---`. */
  body: string;
  positions: SourcePositions;
  /** YAML syntax errors, already as findings. */
  syntaxFindings: Finding[];
}

/**
 * Where each value (and each map entry's key) starts in the YAML text, by path (pathKey), and
 * the offsets at which its lines start. Offsets, not lines and columns: one small integer a value.
 */
export interface SourcePositions {
  /** Lines before the YAML text in the file (the opening fence of an MDX file). */
  lineOffset: number;
  /** Offset of each line's start in the YAML text, as YAML's LineCounter counts them. */
  lineStarts: number[];
  values: Map<string, number>;
  keys: Map<string, number>;
}

/** A path segment as a table key: a map key written as text and a list index never collide. */
const segmentKey = (segment: PropertyKey) => (typeof segment === 'number' ? `n${segment}` : `s${String(segment)}`);
const childKey = (parent: string, segment: PropertyKey) => `${parent}\u0000${segmentKey(segment)}`;

/**
 * Where a field path sits in the file: its value, or with `key` the map entry's key; a path that
 * goes further than the file falls back to the nearest ancestor that exists.
 */
export function locate(source: ParsedSource, path: FieldPath, options?: { key?: boolean }): Position {
  const { values, keys } = source.positions;
  let offset = values.get('') ?? 0;
  let at = '';
  for (const [i, segment] of path.entries()) {
    const next = childKey(at, segment);
    if (options?.key && i === path.length - 1 && keys.has(next)) return positionAt(source.positions, keys.get(next)!);
    const found = values.get(next);
    if (found === undefined) break;
    offset = found;
    at = next;
  }
  return positionAt(source.positions, offset);
}

/** An offset as a 1-based line and column of the file (the arithmetic of YAML's LineCounter.linePos). */
function positionAt({ lineStarts, lineOffset }: SourcePositions, offset: number): Position {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lineStarts[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  if (lineStarts[low] === offset) return { line: low + 1 + lineOffset, column: 1 };
  if (low === 0) return { line: lineOffset, column: offset };
  return { line: low + lineOffset, column: offset - lineStarts[low - 1]! + 1 };
}

const NO_POSITIONS: SourcePositions = { lineOffset: 0, lineStarts: [0], values: new Map(), keys: new Map() };

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Windows editors (Notepad) start a UTF-8 file with a byte order mark; the frontmatter still starts the file. */
const BOM = '\ufeff';
const withoutBom = (text: string) => (text.startsWith(BOM) ? text.slice(1) : text);

/**
 * Deeper than this, a YAML value is refused: SOP frontmatter nests five or six levels and the
 * organisation tree two per level, while the YAML reader, the hidden-character scan and the schema
 * all recurse, and thousands of levels exhaust the stack.
 */
export const YAML_DEPTH_MAX = 64;

/**
 * The file with its frontmatter emptied and its line count kept: what a module compiled from an
 * MDX file needs when its data comes from the model (line numbers in MDX errors stay right).
 */
export function withoutFrontmatter(file: string): string {
  const text = withoutBom(file);
  const fence = FENCE.exec(text);
  if (!fence) return text;
  const lines = fence[0].split('\n').length - 1; // the closing fence's line ending included
  return `---\n---\n${'\n'.repeat(Math.max(0, lines - 2))}${text.slice(fence[0].length)}`;
}

/** Parses a YAML file (`.yaml`) or the frontmatter of an MDX/Markdown file. */
export function parseSource(file: string, fileText: string): ParsedSource {
  // A BOM shifts nothing but the first line's columns, which hold the fence.
  const text = withoutBom(fileText);
  const isYamlFile = /\.ya?ml$/.test(file);
  const fence = isYamlFile ? null : FENCE.exec(text);
  if (!isYamlFile && !fence) {
    return {
      data: undefined,
      body: text,
      positions: NO_POSITIONS,
      syntaxFindings: [
        { file, line: 1, column: 1, severity: 'error', code: 'frontmatter', message: 'berkas harus diawali frontmatter di antara dua baris "---"' },
      ],
    };
  }
  const yamlText = isYamlFile ? text : fence![1]!;
  const lineOffset = isYamlFile ? 0 : 1; // the opening fence is line 1
  const body = isYamlFile ? '' : text.slice(fence![0].length);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  const yamlFinding = (offset: number, message: string): Finding => ({
    file,
    ...toPosition(offset),
    severity: 'error',
    code: 'yaml',
    message: `YAML tidak terbaca: ${message}`,
  });
  // The shape is checked before anything walks the values: too deep a nesting, or an alias inside
  // the node it names (`&a [*a]`, a value that contains itself), would exhaust the stack of every
  // reader after this one. The YAML reader itself gives up on thousands of levels with one error
  // per level, where it happened to run out of stack: one finding at the limit says it all.
  const shape = shapeProblem(doc);
  const syntaxFindings: Finding[] = shape
    ? [yamlFinding(shape.offset, shape.message)]
    : doc.errors.map((e) => yamlFinding(e.code === 'MISSING_CHAR' ? (unclosedQuoteOffset(yamlText) ?? e.pos[0]) : e.pos[0], e.message.split('\n')[0]!));
  let data: unknown;
  if (!syntaxFindings.length) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // A "billion laughs" of aliases (or another value YAML refuses to expand): one line, no stack.
      const alias = firstAliasOffset(doc);
      syntaxFindings.push({
        file,
        ...toPosition(alias ?? 0),
        severity: 'error',
        code: 'yaml',
        message: `YAML tidak terbaca: alias (*nama) yang berlipat terlalu banyak; tulis isinya langsung${error instanceof Error && !/alias/i.test(error.message) ? ` (${error.message.split('\n')[0]})` : ''}`,
      });
    }
  }
  return { data, body, positions: positionsOf(doc, lineCounter, lineOffset), syntaxFindings };
}

/**
 * Too deep a nesting, or an alias inside the node it refers to, with the offset where it is;
 * undefined when the tree is fine. Walks the parsed nodes without recursion.
 */
function shapeProblem(doc: Document): { offset: number; message: string } | undefined {
  const onPath = new Set<unknown>();
  const stack: Array<{ node: unknown; depth: number; leaving?: boolean }> = [{ node: doc.contents, depth: 1 }];
  while (stack.length) {
    const { node, depth, leaving } = stack.pop()!;
    if (leaving) {
      onPath.delete(node);
      continue;
    }
    if (isAlias(node)) {
      if (onPath.has(node.resolve(doc)))
        return {
          offset: rangeStart(node) ?? 0,
          message: `alias *${node.source} berada di dalam nilai yang dinamainya sendiri (&${node.source}), jadi nilainya tak berujung; tulis isinya langsung`,
        };
      continue;
    }
    if (!isCollection(node)) continue;
    if (depth > YAML_DEPTH_MAX)
      return {
        offset: rangeStart(node) ?? 0,
        message: `nilai bersarang lebih dari ${YAML_DEPTH_MAX} tingkat; frontmatter dan organisasi.yaml tidak memerlukan sedalam itu`,
      };
    onPath.add(node);
    stack.push({ node, depth, leaving: true });
    // Last item pushed first: the walk meets nodes in the order they are written.
    for (const item of [...node.items].reverse()) {
      if (isPair(item)) stack.push({ node: item.value, depth: depth + 1 }, { node: item.key, depth: depth + 1 });
      else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}

function firstAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias: (_, node) => {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/** YAML reports an unclosed quote where the file ends; the author needs the line where it opens. */
function unclosedQuoteOffset(text: string): number | undefined {
  let offset = 0;
  for (const line of text.split('\n')) {
    const code = line.replace(/\s#.*$/, '');
    if ((code.match(/(?<!\\)"/g) ?? []).length % 2 === 1) return offset + code.indexOf('"');
    offset += line.length + 1;
  }
  return undefined;
}

/**
 * Every path's offsets, in one walk without recursion, as the first matching entry would be found
 * walking down from the top: the first of duplicate keys wins, an alias is not followed, and a
 * value without a range takes its key's offset, else its parent's. Not deeper than a file may nest.
 */
function positionsOf(doc: Document, lineCounter: LineCounter, lineOffset: number): SourcePositions {
  const values = new Map<string, number>();
  const keys = new Map<string, number>();
  const top = rangeStart(doc.contents) ?? 0;
  values.set('', top);
  const stack: Array<{ node: unknown; at: string; offset: number; depth: number }> = [{ node: doc.contents, at: '', offset: top, depth: 1 }];
  while (stack.length) {
    const { node, at, offset, depth } = stack.pop()!;
    if (!isCollection(node) || depth > YAML_DEPTH_MAX) continue;
    const enter = (segment: PropertyKey, child: unknown, childOffset: number, keyOffset?: number) => {
      const key = childKey(at, segment);
      if (values.has(key)) return;
      values.set(key, childOffset);
      if (keyOffset !== undefined) keys.set(key, keyOffset);
      stack.push({ node: child, at: key, offset: childOffset, depth: depth + 1 });
    };
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const name = pair.key.value;
        if (typeof name !== 'string' && typeof name !== 'number') continue;
        enter(name, pair.value, rangeStart(pair.value) ?? rangeStart(pair.key) ?? offset, rangeStart(pair.key) ?? offset);
      }
    } else node.items.forEach((item, index) => enter(index, item, rangeStart(item) ?? offset));
  }
  return { lineOffset, lineStarts: [...lineCounter.lineStarts], values, keys };
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}

const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  array: 'daftar',
  object: 'isian bertingkat (kunci: nilai)',
  date: 'tanggal',
  boolean: 'ya/tidak (true/false)',
};

/**
 * A path as authors see it, list items counted from 1 as everywhere else (the fourth step is
 * "langkah 4", never zod's index 3): `langkah 4 › pelaksana`, `penanganan_pengaduan › saluran 1 › alamat`.
 */
export function formatPath(path: FieldPath): string {
  return path.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc} ${seg + 1}` : acc ? `${acc} › ${String(seg)}` : String(seg)), '');
}

function describeValue(input: unknown): string {
  if (input === undefined) return 'tidak ada';
  if (input === null) return 'kosong';
  if (Array.isArray(input)) return 'daftar';
  if (typeof input === 'object') return 'isian bertingkat';
  return typeof input === 'string' ? excerpt(input) : JSON.stringify(input);
}

/** The issue that explains a union failure best: the branch that got furthest. */
function unionCause(issue: z.core.$ZodIssueInvalidUnion): z.core.$ZodIssue | undefined {
  const branches = issue.errors.filter((b) => b.length > 0);
  const informative = branches.find((b) => b.every((i) => i.code !== 'invalid_type' || i.path.length > 0));
  return (informative ?? branches[0])?.[0];
}

/** One zod issue as a finding at the position of the offending value. */
export function issueToFinding(file: string, source: ParsedSource, issue: z.core.$ZodIssue, documentId?: string): Finding {
  let path: PropertyKey[] = [...issue.path];
  let message: string;
  let atKey = false;
  let cause: z.core.$ZodIssue = issue;
  if (issue.code === 'invalid_union') {
    const inner = unionCause(issue);
    if (inner) {
      cause = inner;
      path = [...path, ...inner.path];
    }
  }
  switch (cause.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[cause.expected] ?? cause.expected;
      message = cause.input === undefined ? `wajib diisi: ${expected}` : `harus ${expected}, bukan ${describeValue(cause.input)}`;
      break;
    }
    case 'unrecognized_keys':
      path = [...path, cause.keys[0]!];
      atKey = true;
      message = `kunci tidak dikenal: ${cause.keys
        .slice(0, 5)
        .map((k) => excerpt(k, 40))
        .join(', ')}${cause.keys.length > 5 ? `, … ${cause.keys.length - 5} lagi` : ''} (lihat rujukan frontmatter di README)`;
      break;
    case 'invalid_value':
      message = cause.message.startsWith('Invalid') ? `harus salah satu dari: ${cause.values.map((v) => JSON.stringify(v)).join(', ')}` : cause.message;
      break;
    case 'too_small':
      message = cause.message.startsWith('Too small') ? `terlalu sedikit: minimal ${cause.minimum}` : cause.message;
      break;
    default:
      message = cause.message;
  }
  const where = formatPath(path);
  return {
    file,
    ...locate(source, path, { key: atKey }),
    severity: 'error',
    code: 'schema',
    message: where ? `${where}: ${message}` : message,
    ...(documentId ? { documentId } : {}),
  };
}
